/**
 * The presenter view, for the projector: large type, a QR code to join, the count of input
 * received, approved input appearing live (server-sent events, no reloads), and the game's
 * anonymous tally for the card being played, with its answer revealed on demand.
 */
import React, { useState, type ReactNode } from 'react';
import Link from '@docusaurus/Link';
import Translate, { translate } from '@docusaurus/Translate';
import '@site/src/client/codeTranslations/event';
import QrCode from '@site/src/components/Qr';
import { useLocalePath } from '@site/src/components/useLocalePath';
import { EVENT_INPUT_PATH, FOCUS_LETTERS, GAME_ANSWERS, type EventState } from '@site/src/shared/event';
import { DEFINITION_ELEMENTS, decidingLink, GAME_CARDS } from '@site/src/shared/game/cards';
import { useEventStream } from './api';
import { answerLabel, focusLabel } from './labels';
import styles from './styles.module.css';

/** The newest approved items of each focus area shown at once. */
const PER_FOCUS = 4;

function Tally({ state }: { state: EventState | undefined }): ReactNode {
  const [index, setIndex] = useState(0);
  const [revealed, setRevealed] = useState(false);
  const card = GAME_CARDS[index]!;
  const counts = state?.tally[card.id] ?? { yes: 0, no: 0, 'cannot-tell': 0 };
  const total = counts.yes + counts.no + counts['cannot-tell'];
  const go = (step: number) => {
    setIndex((index + step + GAME_CARDS.length) % GAME_CARDS.length);
    setRevealed(false);
  };
  return (
    <section aria-labelledby="presenter-game" className={styles.presenterGame}>
      <h2 id="presenter-game">
        <Translate id="event.presenter.game" values={{ n: index + 1, total: GAME_CARDS.length }}>
          {'Is it citizen data? Card {n} of {total}'}
        </Translate>
      </h2>
      <p className={styles.cardTitle}>{card.title}</p>
      <ul className={styles.tally} aria-live="polite">
        {GAME_ANSWERS.map((answer) => (
          <li key={answer}>
            <span>{answerLabel(answer)}</span>
            <meter min={0} max={Math.max(total, 1)} value={counts[answer]} aria-label={answerLabel(answer)} />
            <strong>{counts[answer]}</strong>
          </li>
        ))}
      </ul>
      <div className={styles.buttons}>
        <button type="button" className="button button--secondary" onClick={() => go(-1)}>
          <Translate id="event.presenter.previous">Previous card</Translate>
        </button>
        <button
          type="button"
          className="button button--primary"
          onClick={() => setRevealed(!revealed)}
          aria-expanded={revealed}>
          {revealed
            ? translate({ id: 'event.presenter.hide', message: 'Hide the answer' })
            : translate({ id: 'event.presenter.reveal', message: 'Reveal the answer' })}
        </button>
        <button type="button" className="button button--secondary" onClick={() => go(1)}>
          <Translate id="event.presenter.next">Next card</Translate>
        </button>
      </div>
      {revealed && (
        <p className={styles.answer}>
          <strong>{answerLabel(card.verdict)}.</strong> {card.explanation}{' '}
          <Link to={decidingLink(card)}>{DEFINITION_ELEMENTS[card.decidedBy].label}</Link>
        </p>
      )}
    </section>
  );
}

export default function Presenter(): ReactNode {
  const { state, status } = useEventStream();
  // The code opens the input page in the language the projector shows.
  const inputPath = useLocalePath(EVENT_INPUT_PATH);
  return (
    <div className={styles.presenter}>
      <div className={styles.presenterTop}>
        <QrCode
          path={inputPath}
          purpose={translate({ id: 'event.presenter.qrPurpose', message: 'sending input from your phone' })}
          size={220}
          large
        />
        <p className={styles.count} aria-live="polite">
          <Translate id="event.presenter.received" values={{ n: <strong>{state?.received ?? 0}</strong> }}>
            {'{n} received'}
          </Translate>
          <span className={styles.status}>
            {status === 'live'
              ? translate({ id: 'event.presenter.live', message: 'Live' })
              : status === 'connecting'
                ? translate({ id: 'event.presenter.connecting', message: 'Connecting…' })
                : translate({ id: 'event.presenter.reconnecting', message: 'Reconnecting…' })}
          </span>
        </p>
      </div>
      <div className={styles.presenterColumns}>
        {FOCUS_LETTERS.map((letter) => {
          const items = (state?.approved ?? [])
            .filter((item) => item.focus === letter)
            .slice(-PER_FOCUS)
            .reverse();
          return (
            <section key={letter} aria-labelledby={`presenter-focus-${letter}`} className={styles.presenterColumn}>
              <h2 id={`presenter-focus-${letter}`}>{focusLabel(letter)}</h2>
              {items.length === 0 ? (
                <p className={styles.empty}>
                  <Translate id="event.presenter.none">Nothing approved yet.</Translate>
                </p>
              ) : (
                <ul aria-live="polite" className={styles.items}>
                  {items.map((item) => (
                    <li key={item.id} data-floor-id={item.id}>
                      <q>{item.text}</q> <span className={styles.byline}>— {item.name}</span>
                    </li>
                  ))}
                </ul>
              )}
            </section>
          );
        })}
      </div>
      <Tally state={state} />
    </div>
  );
}
