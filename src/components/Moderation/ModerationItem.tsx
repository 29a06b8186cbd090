/** One comment in the moderation queue, with every field an editor needs to decide. */
import React, { type ReactNode } from 'react';
import { translate } from '@docusaurus/Translate';
import type { ModeratedAnnotation } from '@site/src/shared/annotations';
import { isSafeUrl } from '@site/src/client/comments/sanitize';
import SafeHtml from '../Comments/SafeHtml';
import {
  commentTypeLabel,
  focusLabel,
  formatDate,
  stakeholderLabel,
  statusLabel,
  visibilityLabel,
} from '../Comments/labels';
import DispositionNote from '../Feedback/DispositionNote';
import styles from './styles.module.css';

export type Decision = 'approved' | 'rejected' | 'spam';

interface Props {
  annotation: ModeratedAnnotation;
  selected: boolean;
  busy: boolean;
  onSelect: (selected: boolean) => void;
  onDecide: (decision: Decision) => void;
}

export const DECISION_LABELS: Record<Decision, () => string> = {
  approved: () => translate({ id: 'moderation.action.approve', message: 'Approve' }),
  rejected: () => translate({ id: 'moderation.action.reject', message: 'Reject' }),
  spam: () => translate({ id: 'moderation.action.spam', message: 'Spam' }),
};

export default function ModerationItem({ annotation: a, selected, busy, onSelect, onDecide }: Props): ReactNode {
  const headingId = `moderation-${a.id}`;
  const link = `${a.target.page}#${a.target.paragraphId}`;
  return (
    <li className={styles.item}>
      <article aria-labelledby={headingId}>
        <div className={styles.itemHead}>
          <input
            type="checkbox"
            checked={selected}
            onChange={(e) => onSelect(e.target.checked)}
            aria-label={translate(
              { id: 'moderation.item.select', message: 'Select the comment by {name}' },
              { name: a.authorName },
            )}
          />
          <h3 id={headingId}>
            {translate({ id: 'moderation.item.by', message: 'Comment by' })} <bdi>{a.authorName}</bdi>
          </h3>
          <span className="fw-badge">{statusLabel(a.status)}</span>
          {a.visibility === 'editors' && (
            <span className="fw-badge fw-badge--attention">{visibilityLabel('editors')}</span>
          )}
          {a.parentId && (
            <span className="fw-badge">{translate({ id: 'moderation.item.reply', message: 'Reply' })}</span>
          )}
        </div>
        <dl className={styles.fields}>
          <dt>{translate({ id: 'moderation.field.where', message: 'Where' })}</dt>
          <dd>{isSafeUrl(link) ? <a href={link}>{link}</a> : link}</dd>
          {a.target.quote && (
            <>
              <dt>{translate({ id: 'moderation.field.quote', message: 'Quoted passage' })}</dt>
              <dd>
                <blockquote dir="auto">{a.target.quote.exact}</blockquote>
              </dd>
            </>
          )}
          <dt>{translate({ id: 'moderation.field.author', message: 'Author' })}</dt>
          <dd>
            <bdi>{a.authorName}</bdi>, {stakeholderLabel(a.stakeholder)}
            {a.organisation ? (
              <>
                , <bdi>{a.organisation}</bdi>
              </>
            ) : null}
            {a.country ? (
              <>
                , <bdi>{a.country}</bdi>
              </>
            ) : null}
          </dd>
          <dt>{translate({ id: 'moderation.field.focusType', message: 'Focus and type' })}</dt>
          <dd>
            {focusLabel(a.focus)}; {commentTypeLabel(a.commentType)}
          </dd>
          <dt>{translate({ id: 'moderation.field.date', message: 'Written' })}</dt>
          <dd>
            <time dateTime={a.createdAt}>{formatDate(a.createdAt)}</time>
          </dd>
          <dt>{translate({ id: 'moderation.field.body', message: 'Comment' })}</dt>
          <dd dir="auto" className={styles.body}>
            <SafeHtml html={a.bodyHtml} />
          </dd>
          {a.proposedWording && (
            <>
              <dt>{translate({ id: 'comments.field.proposedWording', message: 'Proposed wording' })}</dt>
              <dd dir="auto" className={styles.pre}>
                {a.proposedWording}
              </dd>
            </>
          )}
        </dl>
        {a.disposition && <DispositionNote disposition={a.disposition} />}
        <div className={styles.actions}>
          {(Object.keys(DECISION_LABELS) as Decision[])
            .filter((decision) => decision !== a.status)
            .map((decision) => (
              <button
                key={decision}
                type="button"
                className={`button button--sm ${decision === 'approved' ? 'button--primary' : 'button--secondary'}`}
                aria-disabled={busy}
                aria-describedby={headingId}
                onClick={() => !busy && onDecide(decision)}>
                {DECISION_LABELS[decision]()}
              </button>
            ))}
        </div>
      </article>
    </li>
  );
}
