/**
 * The page's whole published discussion in one view (`#discussion`, or the "All discussion on
 * this page" button), as Hypothesis lists a page's annotations: every thread grouped under the
 * paragraph it is about, in page order, with that paragraph's text and a button that opens the
 * paragraph's own panel to reply or comment. Comments on earlier wording come last. A modal
 * <dialog> like the panel: focus goes to its heading and returns to the opener on close.
 */
import React, { type ReactNode, useEffect, useRef } from 'react';
import { translate } from '@docusaurus/Translate';
import '@site/src/client/codeTranslations/comments';
import { readBlockText } from '@site/src/client/comments/anchoring/blockText';
import type { PlacedThread } from '@site/src/client/comments/anchoring/placement';
import {
  closeDiscussion,
  commentCount,
  openPanel,
  pageBlocks,
  type CommentsState,
} from '@site/src/client/comments/commentStore';
import Thread from './Thread';
import CloseIcon from './CloseIcon';
import styles from './styles.module.css';
import { commentButtonOf } from '@site/src/client/comments/commentButton';

interface Props {
  state: CommentsState;
  invoker: HTMLElement | null;
  /** A comment permalink pointed at a comment that is not published (or no longer). */
  missingComment?: string;
}

/** Threads grouped by paragraph id, in the order the paragraphs appear on the page. */
function byParagraph(threads: readonly PlacedThread[], order: readonly string[]): [string, PlacedThread[]][] {
  const groups = new Map<string, PlacedThread[]>();
  for (const thread of threads) {
    if (thread.placement.kind === 'orphan') continue;
    const list = groups.get(thread.placement.paragraphId) ?? [];
    list.push(thread);
    groups.set(thread.placement.paragraphId, list);
  }
  return order.filter((id) => groups.has(id)).map((id) => [id, groups.get(id)!]);
}

export default function Discussion({ state, invoker, missingComment }: Props): ReactNode {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const page = state.page ?? '';
  const blocks = pageBlocks();
  const groups = byParagraph(state.threads, [...blocks.keys()]);
  const orphans = state.threads.filter((t) => t.placement.kind === 'orphan');
  const total = commentCount(state.threads);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return undefined;
    if (!dialog.open) dialog.showModal();
    headingRef.current?.focus();
    const onClose = () => {
      closeDiscussion();
      if (invoker?.isConnected) invoker.focus();
    };
    dialog.addEventListener('close', onClose);
    return () => dialog.removeEventListener('close', onClose);
  }, [invoker]);

  function openParagraph(paragraphId: string) {
    const button = commentButtonOf(paragraphId);
    openPanel({ paragraphId, passage: null, passageTooLong: false, invoker: button ?? invoker });
  }

  return (
    <dialog ref={dialogRef} className={styles.panel} aria-labelledby="fw-discussion-title">
      <header className={styles.panelHeader}>
        <h2 id="fw-discussion-title" ref={headingRef} tabIndex={-1}>
          {translate(
            { id: 'comments.discussion.title', message: 'Discussion on this page ({count})' },
            { count: String(total) },
          )}
        </h2>
        <button
          type="button"
          className={styles.close}
          aria-label={translate({ id: 'comments.discussion.close', message: 'Close the discussion' })}
          onClick={() => dialogRef.current?.close()}>
          <CloseIcon />
        </button>
      </header>
      {missingComment && (
        <p className={styles.notice} role="alert">
          {translate({
            id: 'comments.discussion.missingComment',
            message:
              'The comment this link points to is not published on this page (it may await moderation or have been removed). Here is everything that is.',
          })}
        </p>
      )}
      {state.status === 'loading' && (
        <p role="status">{translate({ id: 'comments.panel.loading', message: 'Loading comments…' })}</p>
      )}
      {state.status === 'unavailable' && (
        <p role="alert" className={styles.notice}>
          {translate({ id: 'comments.panel.unavailable', message: 'Comments are not available right now.' })}
        </p>
      )}
      {state.status === 'ready' && total === 0 && (
        <p>
          {translate({
            id: 'comments.discussion.none',
            message: 'No published comments on this page yet. Use the comment button after any paragraph to start.',
          })}
        </p>
      )}
      {groups.map(([paragraphId, threads]) => {
        const block = blocks.get(paragraphId);
        return (
          <section key={paragraphId} className={styles.discussionGroup} aria-label={paragraphId}>
            <blockquote className={styles.excerpt} dir="auto">
              {block ? readBlockText(block).text : paragraphId}
            </blockquote>
            <ol className={styles.threads}>
              {threads.map((thread) => (
                <Thread key={thread.root.id} thread={thread} own={state.own} page={page} canReply={false} />
              ))}
            </ol>
            <button
              type="button"
              className="button button--secondary button--sm"
              onClick={() => openParagraph(paragraphId)}>
              {translate({ id: 'comments.discussion.open', message: 'Reply or comment on this paragraph' })}
            </button>
          </section>
        );
      })}
      {orphans.length > 0 && (
        <section aria-labelledby="fw-discussion-earlier">
          <h3 id="fw-discussion-earlier">
            {translate({ id: 'comments.earlier.title', message: 'Comments on earlier wording' })}
          </h3>
          <ol className={styles.threads}>
            {orphans.map((thread) => (
              <Thread key={thread.root.id} thread={thread} own={state.own} page={page} canReply={false} />
            ))}
          </ol>
        </section>
      )}
    </dialog>
  );
}
