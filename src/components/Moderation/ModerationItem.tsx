/**
 * One comment in the moderation queue, with every field an editor needs to decide without opening
 * the page: the page title and the paragraph's text (from the build's block register), the comment
 * a reply answers, for an edit of a published comment the published text beside the edit, and the
 * language the comment was written in when it is not this page's.
 */
import React, { type ReactNode } from 'react';
import { translate } from '@docusaurus/Translate';
import '@site/src/client/codeTranslations/moderation';
import '@site/src/client/codeTranslations/comments';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import type { ModerationQueueItem } from '@site/src/shared/annotations';
import { FOCUS_AREAS, floorFocusOf } from '@site/src/shared/event';
import { DEFAULT_LOCALE, localeLabel } from '@site/src/shared/locales';
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
  annotation: ModerationQueueItem;
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
  const { context } = a;
  // Input from the floor is stored on the event's input page, which has no paragraphs of its own.
  const floor = floorFocusOf(a.target);
  const edit = a.pendingEdit;
  // Comments from every language's page share one queue: name a language other than this page's.
  const language = a.language ?? DEFAULT_LOCALE;
  const pageLanguage = useDocusaurusContext().i18n.currentLocale;
  return (
    <li className={styles.item}>
      <article aria-labelledby={headingId}>
        <div className={styles.itemHead}>
          {/* The label around the box is its target, 24 × 24 px or more (WCAG 2.5.8); the box keeps its size. */}
          <label className={styles.select}>
            <input
              type="checkbox"
              checked={selected}
              onChange={(e) => onSelect(e.target.checked)}
              aria-label={translate(
                { id: 'moderation.item.select', message: 'Select the comment by {name}' },
                { name: a.authorName },
              )}
            />
          </label>
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
          {language !== pageLanguage && (
            <span className="fw-badge">
              {translate(
                { id: 'comments.comment.language', message: 'Written in {language}' },
                { language: localeLabel(language) },
              )}
            </span>
          )}
          {edit && (
            <span className="fw-badge fw-badge--attention">
              {translate({ id: 'moderation.item.edit', message: 'Edit of a published comment' })}
            </span>
          )}
        </div>
        <dl className={styles.fields}>
          <dt>{translate({ id: 'moderation.field.where', message: 'Where' })}</dt>
          <dd>
            {isSafeUrl(link) ? <a href={link}>{context.pageTitle ?? link}</a> : link}
            {context.headings && context.headings.length > 0 && <> › {context.headings.join(' › ')}</>}
          </dd>
          <dt>{translate({ id: 'moderation.field.paragraph', message: 'Paragraph' })}</dt>
          <dd>
            {context.paragraphText ? (
              <blockquote dir="auto" className={styles.paragraph}>
                {context.paragraphText}
              </blockquote>
            ) : floor ? (
              translate(
                {
                  id: 'moderation.field.floorInput',
                  message: 'Input from the floor of the side event, on focus area ({letter}): {focus}.',
                },
                { letter: floor, focus: focusLabel(FOCUS_AREAS[floor]) },
              )
            ) : (
              translate(
                {
                  id: 'moderation.field.paragraphUnknown',
                  message: 'Paragraph {id} is not in the published site (it may have been changed or removed).',
                },
                { id: a.target.paragraphId },
              )
            )}
          </dd>
          {context.parent && (
            <>
              <dt>{translate({ id: 'moderation.field.inReplyTo', message: 'In reply to' })}</dt>
              <dd className={styles.parent}>
                <p className={styles.parentAuthor}>
                  <bdi>{context.parent.authorName}</bdi>
                  {context.parent.status !== 'approved' && <> ({statusLabel(context.parent.status)})</>}
                </p>
                <div dir="auto" className={styles.body}>
                  <SafeHtml html={context.parent.bodyHtml} />
                </div>
              </dd>
            </>
          )}
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
          {edit ? (
            <>
              <dt>{translate({ id: 'moderation.field.edit', message: 'Edit' })}</dt>
              <dd>
                <div className={styles.compare}>
                  <div>
                    <h4>{translate({ id: 'moderation.edit.before', message: 'Published version' })}</h4>
                    <div dir="auto" lang={language} className={styles.body}>
                      <SafeHtml html={a.bodyHtml} />
                    </div>
                    {a.proposedWording && <p className={styles.pre}>{a.proposedWording}</p>}
                  </div>
                  <div>
                    <h4>{translate({ id: 'moderation.edit.after', message: 'Edited version' })}</h4>
                    <div dir="auto" lang={language} className={styles.body}>
                      <SafeHtml html={edit.bodyHtml} />
                    </div>
                    {edit.proposedWording && <p className={styles.pre}>{edit.proposedWording}</p>}
                  </div>
                </div>
                <p className={styles.hint}>
                  {translate({
                    id: 'moderation.edit.explain',
                    message: 'Approve publishes the edit; Reject keeps the published version; Spam hides the comment.',
                  })}
                </p>
              </dd>
            </>
          ) : (
            <>
              <dt>{translate({ id: 'moderation.field.body', message: 'Comment' })}</dt>
              <dd dir="auto" lang={language} className={styles.body}>
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
            </>
          )}
        </dl>
        {a.disposition && <DispositionNote disposition={a.disposition} />}
        <div className={styles.actions}>
          {(Object.keys(DECISION_LABELS) as Decision[])
            .filter((decision) => decision !== a.status || edit !== undefined)
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
