/**
 * A comment of the reader's that waits in the outbox (src/client/comments/outbox.ts): written
 * while the device was offline or the service did not answer. Listed in its thread, as the
 * reader's own, with its text as written and a "Waiting to be sent" badge, so the reader sees it
 * where it will appear; once the outbox has sent it, the store lists it as any own comment
 * (src/components/Comments/mount.tsx). Its text is the reader's Markdown, shown as plain text: the
 * service has not rendered it yet, and it is a React text node like every other field.
 */
import React, { type ReactNode } from 'react';
import { translate } from '@docusaurus/Translate';
import '@site/src/client/codeTranslations/comments';
import type { OutboxItem } from '@site/src/client/comments/outbox';
import { formatDate } from './labels';
import styles from './styles.module.css';

/** One waiting comment or reply. */
export default function WaitingComment({ item }: { item: OutboxItem }): ReactNode {
  const { body } = item;
  const quote = body.parentId ? undefined : body.target.quote?.exact;
  return (
    <article
      className={styles.comment}
      aria-label={translate({ id: 'comments.waiting.label', message: 'Your comment, waiting to be sent' })}>
      <header className={styles.meta}>
        <bdi className={styles.author}>{body.authorName}</bdi>
        <time dateTime={item.queuedAt}>{formatDate(item.queuedAt)}</time>
        <span className="fw-badge fw-badge--attention">
          {translate({ id: 'comments.waiting.badge', message: 'Waiting to be sent' })}
        </span>
      </header>
      {quote && (
        <blockquote className={styles.quote} dir="auto">
          {quote}
        </blockquote>
      )}
      <p className={styles.notSentText} dir="auto">
        {body.body}
      </p>
      {body.proposedWording && (
        <div className={styles.proposed}>
          <p className={styles.proposedLabel}>
            {translate({ id: 'comments.field.proposedWording.short', message: 'Proposed wording' })}
          </p>
          <p dir="auto" className={styles.proposedText}>
            {body.proposedWording}
          </p>
        </div>
      )}
    </article>
  );
}
