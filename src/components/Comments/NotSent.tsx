/**
 * "Comments not sent": comments the reader wrote without a connection that the service refused
 * once the connection returned (the paragraph was reworded meanwhile, the feedback round closed…).
 * The outbox keeps them with the refusal (src/client/comments/outbox.ts); without this section the
 * reader would never learn of it. On their own page each is shown with the reason in the page's
 * language and the text as written, and the reader writes it again in the form (text, details and
 * choices filled in) or discards it; every other page with comments links to it. Nothing leaves
 * the outbox but by one of those two choices.
 */
import React, { type ReactNode, useRef } from 'react';
import { translate } from '@docusaurus/Translate';
import '@site/src/client/codeTranslations/comments';
import { commentButtonOf } from '@site/src/client/comments/commentButton';
import { draftFromBody, draftKeys, saveDraft } from '@site/src/client/comments/commentDraft';
import { openPanel, pageBlocks } from '@site/src/client/comments/commentStore';
import { refusalError, withdrawComment, type OutboxItem } from '@site/src/client/comments/outbox';
import { errorMessages } from './errorMessage';
import { ShownMessages } from './ShownMessage';
import styles from './styles.module.css';

interface Props {
  page: string;
  /** Every refused comment in the outbox, oldest first (each with `refused` set). */
  items: readonly OutboxItem[];
}

const sitePath = (path: string) => path.startsWith('/') && !path.startsWith('//');

export default function NotSent({ page, items }: Props): ReactNode {
  const here = items.filter((item) => item.body.target.page === page);
  const elsewhere = items.filter((item) => item.body.target.page !== page);
  const headingRef = useRef<HTMLHeadingElement>(null);
  // After a discard the item's buttons are gone: focus stays in the section, on its heading.
  const discard = (key: string) => {
    withdrawComment(key);
    headingRef.current?.focus();
  };
  return (
    <section className={styles.notSent} aria-labelledby="fw-not-sent">
      <h2 id="fw-not-sent" ref={headingRef} tabIndex={-1}>
        {translate({ id: 'comments.notSent.title', message: 'Comments not sent' })}
      </h2>
      <p>
        {translate({
          id: 'comments.notSent.intro',
          message:
            'You wrote these comments without a connection. When it returned, the comment service did not accept them, for the reason given. Their text is kept in this browser until you write them again or discard them.',
        })}
      </p>
      {here.length > 0 && (
        <ol className={styles.threads}>
          {here.map((item) => (
            <NotSentItem key={item.key} page={page} item={item} onDiscard={() => discard(item.key)} />
          ))}
        </ol>
      )}
      {elsewhere.length > 0 && (
        <>
          <p>{translate({ id: 'comments.notSent.elsewhere', message: 'On other pages:' })}</p>
          <ul>
            {elsewhere.map(({ key, body, pageTitle }) => (
              <li key={key}>
                {/* A path of this site only: the outbox is the browser's storage, not the service's word. */}
                {sitePath(body.target.page) ? (
                  <a href={`${body.target.page}#${encodeURIComponent(body.target.paragraphId)}`}>
                    {pageTitle ?? body.target.page}
                  </a>
                ) : (
                  (pageTitle ?? body.target.page)
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function NotSentItem({ page, item, onDiscard }: { page: string; item: OutboxItem; onDiscard: () => void }): ReactNode {
  const { body } = item;
  const { paragraphId, quote } = body.target;
  const onPage = pageBlocks().has(paragraphId);
  const reason = item.refused ? errorMessages(refusalError(item.refused)) : [];
  const writeAgain = () => {
    const key = body.parentId
      ? draftKeys.reply(page, paragraphId, body.parentId)
      : draftKeys.paragraph(page, paragraphId);
    saveDraft(key, draftFromBody(body));
    withdrawComment(item.key);
    // The panel returns focus to the paragraph's comment button when it closes.
    openPanel({ paragraphId, passage: null, passageTooLong: false, invoker: commentButtonOf(paragraphId) });
  };
  return (
    <li className={styles.thread}>
      <p className={styles.note}>
        <strong>{translate({ id: 'comments.notSent.reason', message: 'Not accepted:' })}</strong>{' '}
        <ShownMessages shown={reason} />
      </p>
      <p className={styles.note}>
        {onPage ? (
          <a href={`#${paragraphId}`}>
            {body.parentId
              ? translate({ id: 'comments.notSent.replyOn', message: 'A reply in a thread on this paragraph' })
              : translate({ id: 'comments.notSent.commentOn', message: 'A comment on this paragraph' })}
          </a>
        ) : (
          translate({
            id: 'comments.notSent.paragraphGone',
            message: 'The paragraph it was written on has changed or been removed; copy the text to keep it.',
          })
        )}
      </p>
      {quote && <blockquote className={styles.notSentQuote}>{quote.exact}</blockquote>}
      <p className={styles.notSentText}>{body.body}</p>
      <div className={styles.actions}>
        {onPage && (
          <button type="button" className="button button--primary button--sm" onClick={writeAgain}>
            {translate({ id: 'comments.notSent.writeAgain', message: 'Write it again' })}
          </button>
        )}
        <button type="button" className="button button--secondary button--sm" onClick={onDiscard}>
          {translate({ id: 'comments.notSent.discard', message: 'Discard' })}
        </button>
      </div>
    </li>
  );
}
