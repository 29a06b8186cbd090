/**
 * The background timeline: an ordered list of dated events, each with its confidence and its
 * sources. An ordered list keeps the chronology for screen readers; the line and dots are CSS.
 * Each event's description is an addressable block (permalink and comments, id = the event id);
 * the date, notes and source links around it are supporting material, not blocks.
 */
import React, { type ReactNode } from 'react';
import Translate, { translate } from '@docusaurus/Translate';
import Link from '@docusaurus/Link';
import { SOURCES_BY_ID } from '@site/src/data/sources';
import { BLOCK } from '@site/src/shared/blocks';
import Block from '@site/src/components/Block';
import { CONFIDENCE_LABELS, TIMELINE_EVENTS, type Confidence, type TimelineEvent } from './events';

/** A confidence badge in the reader's language (English wording: CONFIDENCE_LABELS). */
function confidenceLabel(confidence: Confidence): { label: string; explanation: string } {
  switch (confidence) {
    case 'verified':
      return {
        label: translate({ id: 'timeline.confidence.verified', message: 'Verified' }),
        explanation: translate({
          id: 'timeline.confidence.verified.explanation',
          message: 'Stated in the cited source.',
        }),
      };
    case 'partly-verified':
      return {
        label: translate({ id: 'timeline.confidence.partlyVerified', message: 'Partly verified' }),
        explanation: translate({
          id: 'timeline.confidence.partlyVerified.explanation',
          message: 'The source is second-hand, restates the Framework in other words, or stops mid-sentence.',
        }),
      };
    case 'unverified':
      return {
        label: translate({ id: 'timeline.confidence.unverified', message: 'Unverified' }),
        explanation: translate({
          id: 'timeline.confidence.unverified.explanation',
          message: 'Known from one weak or uncorroborated source, or partly inferred by us.',
        }),
      };
    default:
      return CONFIDENCE_LABELS[confidence];
  }
}
import { SourcePublisher, SourceTitle } from '@site/src/components/SourceList';
import styles from './styles.module.css';

const BADGE_CLASS: Record<TimelineEvent['confidence'], string | undefined> = {
  verified: styles.verified,
  'partly-verified': styles.partlyVerified,
  unverified: styles.unverified,
};

/** Inline links to the given sources, each labelled with its title and publisher. */
function SourceLinks({ ids }: { ids: readonly string[] }): ReactNode {
  return (
    <ul className={styles.sources}>
      {ids.map((id) => {
        const source = SOURCES_BY_ID.get(id);
        if (!source) return null;
        return (
          <li key={id}>
            <SourceTitle source={source} />{' '}
            <span className={styles.publisher}>
              (<SourcePublisher source={source} />)
            </span>
          </li>
        );
      })}
    </ul>
  );
}

function EventItem({ event }: { event: TimelineEvent }): ReactNode {
  const confidence = confidenceLabel(event.confidence);
  return (
    <li className={`${styles.event} ${BLOCK.metaClassName}`}>
      <p className={styles.date}>
        {event.dateInferred ? <span>{event.dateLabel}</span> : <time dateTime={event.date}>{event.dateLabel}</time>}
      </p>
      <h3 className={styles.title}>{event.title}</h3>
      <Block id={event.id}>
        <span
          className={`${BLOCK.labelClassName} ${styles.badge} ${BADGE_CLASS[event.confidence] ?? ''}`}
          title={confidence.explanation}>
          {confidence.label}
          <span className="sr-only">: {confidence.explanation}</span>
        </span>{' '}
        {event.description}
      </Block>
      {event.note && (
        <p className={styles.note}>
          <strong>
            <Translate id="timeline.note">Note:</Translate>
          </strong>{' '}
          {event.note}
        </p>
      )}
      {event.noteSources && event.noteSources.length > 0 && (
        <div className={styles.sourceBlock}>
          <span>
            <Translate id="timeline.noteSources">Sources of the note:</Translate>
          </span>
          <SourceLinks ids={event.noteSources} />
        </div>
      )}
      <div className={styles.sourceBlock}>
        <span>
          <Translate id="timeline.sources">Sources:</Translate>
        </span>
        <SourceLinks ids={event.sources} />
      </div>
      {event.more && (
        <p className={styles.more}>
          <Link to={event.more.to}>{event.more.label}</Link>
        </p>
      )}
    </li>
  );
}

/** Renders every event of {@link TIMELINE_EVENTS} in date order. */
export default function Timeline(): ReactNode {
  return (
    <ol
      className={styles.timeline}
      aria-label={translate({
        id: 'timeline.label',
        message: 'Timeline of the Copenhagen Framework, 2022 to 2026',
      })}>
      {TIMELINE_EVENTS.map((event) => (
        <EventItem key={event.id} event={event} />
      ))}
    </ol>
  );
}
