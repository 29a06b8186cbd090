/**
 * The event kit for the side event of 26 February 2024: what it set out to do, its three focus
 * areas (each with a QR code that leads to giving input on it, and a slide-ready image), the
 * agenda and the panel groups, and links to the live pages. Facts from the event's concept note
 * (summarised in the blog write-up linked at the top); the wording is ours.
 */
import React, { type ReactNode } from 'react';
import Link from '@docusaurus/Link';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { useAllDocsData } from '@docusaurus/plugin-content-docs/client';
import Translate, { translate } from '@docusaurus/Translate';
import '@site/src/client/codeTranslations/event';
import QrCode from '@site/src/components/Qr';
import { useLocalePath } from '@site/src/components/useLocalePath';
import { handoutFor } from '@site/src/shared/handout';
import { siteRootOf } from '@site/src/shared/locales';
import {
  EVENT_GAME_PATH,
  EVENT_INPUT_PATH,
  EVENT_PRESENTER_PATH,
  EVENT_SOURCE,
  FOCUS_LETTERS,
} from '@site/src/shared/event';
import { focusLabel } from './labels';
import styles from './styles.module.css';

export const EVENT_WRITE_UP = '/blog/2024/02/26/side-event-from-insights-to-action';
export const FOCUS_AREAS_PAGE = '/docs/side-event-focus-areas';

/** The agenda, in our words (static translate() calls so the strings can be extracted). */
function agenda(): { time: string; item: string }[] {
  return [
    { time: '18:15–18:30', item: translate({ id: 'event.kit.agenda.reception', message: 'Reception' }) },
    { time: '18:30–18:40', item: translate({ id: 'event.kit.agenda.opening', message: 'Opening and welcome' }) },
    {
      time: '18:40–18:50',
      item: translate({
        id: 'event.kit.agenda.presentation',
        message: 'The draft Framework and its implementation roadmap, presented',
      }),
    },
    {
      time: '18:50–19:30',
      item: translate({
        id: 'event.kit.agenda.panel',
        message:
          'Panel of NSO and CSO representatives: their experience of producing and using citizen data, how to build trust and work together, their feedback on the Framework, and ideas for putting it into action',
      }),
    },
    {
      time: '19:30–19:45',
      item: translate({ id: 'event.kit.agenda.game', message: 'The game, and input from the floor' }),
    },
    { time: '19:45–19:50', item: translate({ id: 'event.kit.agenda.closing', message: 'Closing remarks' }) },
  ];
}

/** True when the build has a docs page at `path` (the focus-areas page comes from the content work). */
function useHasDoc(path: string): boolean {
  return Object.values(useAllDocsData()).some((plugin) =>
    plugin.versions.some((version) => version.docs.some((doc) => doc.path === path)),
  );
}

export default function EventKit(): ReactNode {
  const hasFocusPage = useHasDoc(FOCUS_AREAS_PAGE);
  // The handout in the kit's language where its build writes one, else the English one.
  const { siteConfig, i18n } = useDocusaurusContext();
  const handout = handoutFor(
    i18n.currentLocale,
    siteRootOf(siteConfig.baseUrl, i18n.currentLocale, i18n.defaultLocale),
  );
  // The codes open the input page in the language the kit is shown in.
  const inputPath = useLocalePath(EVENT_INPUT_PATH);
  return (
    <>
      <p className={styles.lead}>
        <Translate
          id="event.kit.lead"
          values={{
            writeUp: (
              <Link to={EVENT_WRITE_UP}>
                <Translate id="event.kit.writeUp">our write-up of its concept note</Translate>
              </Link>
            ),
            session: (
              <Link href={EVENT_SOURCE.sessionUrl}>
                <Translate id="event.kit.session">55th session of the UN Statistical Commission</Translate>
              </Link>
            ),
          }}>
          {
            'The side event “From Insights to Action: Shaping the Future of Citizen Data” was set for Monday 26 February 2024, 18:15 to 19:50 (EST), at the Ford Foundation in New York, on the eve of the {session}. This kit rests on the event’s concept note, summarised in {writeUp}; we found no other source that mentions the event.'
          }
        </Translate>
      </p>

      <nav aria-labelledby="event-live-pages" className={styles.liveLinks}>
        <h2 id="event-live-pages">
          <Translate id="event.kit.live">During the event</Translate>
        </h2>
        <ul>
          <li>
            <Link to={EVENT_INPUT_PATH}>
              <Translate id="event.kit.inputLink">Send input from the floor (for attendees’ phones)</Translate>
            </Link>
          </li>
          <li>
            <Link to={EVENT_PRESENTER_PATH}>
              <Translate id="event.kit.presenterLink">Presenter view (for the projector)</Translate>
            </Link>
          </li>
          <li>
            <Link to={EVENT_GAME_PATH}>
              <Translate id="event.kit.gameLink">The game: “Is it citizen data?”</Translate>
            </Link>
          </li>
          <li>
            <a href={handout.path} hrefLang={handout.locale} download>
              <Translate id="event.kit.handout">“Framework at a glance” handout (PDF, one page)</Translate>
            </a>
          </li>
        </ul>
      </nav>

      <h2 id="objectives">
        <Translate id="event.kit.objectives">What the event set out to do</Translate>
      </h2>
      <ul>
        <li>
          <Translate id="event.kit.objective.exchange">
            Let people who produce and use citizen data swap experience of data that make a difference, above all for
            marginalised populations.
          </Translate>
        </li>
        <li>
          <Translate id="event.kit.objective.feedback">Hear what participants think of the draft Framework.</Translate>
        </li>
        <li>
          <Translate id="event.kit.objective.roadmap">
            Talk through the strategic roadmap for implementing it.
          </Translate>
        </li>
      </ul>

      <h2 id="focus-areas">
        <Translate id="event.kit.focusAreas">The three focus areas</Translate>
      </h2>
      <p>
        <Translate id="event.kit.focusIntro">
          Each code below opens the input page with its focus area chosen. Project the slide image, or print the SVG.
        </Translate>
      </p>
      <ol className={styles.focusList}>
        {FOCUS_LETTERS.map((letter) => (
          <li key={letter} className={styles.focusItem}>
            <h3 id={`kit-focus-${letter}`}>{focusLabel(letter)}</h3>
            {hasFocusPage && (
              <p>
                <Link to={`${FOCUS_AREAS_PAGE}#focus-${letter}`}>
                  <Translate id="event.kit.aboutFocus" values={{ letter }}>
                    {'Background on focus area ({letter})'}
                  </Translate>
                </Link>
              </p>
            )}
            <QrCode
              path={`${inputPath}?focus=${letter}`}
              purpose={translate(
                { id: 'event.kit.qrPurpose', message: 'giving input on focus area ({letter})' },
                { letter },
              )}
              size={176}
            />
          </li>
        ))}
      </ol>

      <h2 id="agenda">
        <Translate id="event.kit.agenda">Agenda (EST)</Translate>
      </h2>
      <div className={styles.tableWrap}>
        <table>
          <thead>
            <tr>
              <th scope="col">
                <Translate id="event.kit.time">Time</Translate>
              </th>
              <th scope="col">
                <Translate id="event.kit.item">Item</Translate>
              </th>
            </tr>
          </thead>
          <tbody>
            {agenda().map((row) => (
              <tr key={row.time}>
                <td className={styles.time}>{row.time}</td>
                <td>{row.item}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <h2 id="panel">
        <Translate id="event.kit.panel">Panel groups</Translate>
      </h2>
      <ul>
        <li>
          <Translate id="event.kit.panel.cso">
            Civil-society organisations: organisations of persons with disabilities, and LGBTQI+ groups
          </Translate>
        </li>
        <li>
          <Translate id="event.kit.panel.nso">National statistical offices (NSOs)</Translate>
        </li>
        <li>
          <Translate id="event.kit.panel.citizenScience">The citizen-science community</Translate>
        </li>
      </ul>
    </>
  );
}
