/**
 * The comment panel of one paragraph: a modal <dialog> (the browser traps focus, Esc closes it
 * and the page behind is inert), titled by its heading, which takes focus on opening. Closing, by
 * any route, returns focus to the button that opened it.
 *
 * The paragraph is shown whole at the top (the panel covers the page beside it on small screens).
 * One form is open at a time: the new-comment form, or one thread's reply form. The count in the
 * heading is the count on the paragraph's button: comments including replies.
 *
 * The reader's comments on this paragraph still waiting in the outbox (written offline, or while the
 * service did not answer) are listed in their threads as waiting to be sent, also when the panel
 * could not load the published comments (offline); they are not in the count until sent.
 *
 * A selected passage is the new comment's target until that comment is sent (or kept for later),
 * or until the reader removes it with "Comment on the whole paragraph instead": the next comment
 * from the same panel is about the whole paragraph unless the reader selects a passage again. A
 * selection is one act of pointing, as in Google Docs or Hypothesis, where a note consumes it;
 * before, a second comment was silently attached to the first one's passage.
 */
import React, { type ReactNode, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { translate } from '@docusaurus/Translate';
import '@site/src/client/codeTranslations/comments';
import { textHash } from '@site/src/shared/paragraphId';
import type { Target } from '@site/src/shared/annotations';
import { readBlockText } from '@site/src/client/comments/anchoring/blockText';
import {
  closePanel,
  commentCount,
  pageBlocks,
  retryPage,
  type CommentsState,
  type PanelState,
} from '@site/src/client/comments/commentStore';
import CommentForm from './CommentForm';
import RoundClosedNotice from '../Feedback/RoundClosedNotice';
import { useParagraphRound } from '../Feedback/useParagraphRound';
import Thread from './Thread';
import { errorMessage } from './errorMessage';
import ShownMessage from './ShownMessage';
import CloseIcon from './CloseIcon';
import styles from './styles.module.css';
import { commentButtonOf } from '@site/src/client/comments/commentButton';
import { draftKeys } from '@site/src/client/comments/commentDraft';
import { queuedComments, subscribeOutbox, type OutboxItem } from '@site/src/client/comments/outbox';
import WaitingComment from './WaitingComment';

const NOTHING_QUEUED: OutboxItem[] = [];

function restoreFocus(panel: PanelState): void {
  const fallback = commentButtonOf(panel.paragraphId);
  (panel.invoker?.isConnected ? panel.invoker : fallback)?.focus();
}

/** The comment panel of the paragraph in `panel`. */
export default function Panel({ state, panel }: { state: CommentsState; panel: PanelState }): ReactNode {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [replyingTo, setReplyingTo] = useState<string | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const newHeadingRef = useRef<HTMLHeadingElement>(null);
  // The passage the next comment is about (null: the whole paragraph); see the header.
  const [passage, setPassage] = useState(panel.passage);
  const [passageTooLong, setPassageTooLong] = useState(panel.passageTooLong);
  const wholeParagraph = () => {
    setPassage(null);
    setPassageTooLong(false);
  };
  const page = state.page ?? '';
  const block = pageBlocks().get(panel.paragraphId);
  const round = useParagraphRound(page, panel.paragraphId);
  const closed = round !== undefined && round.state !== 'open';
  const text = block ? readBlockText(block).text : '';
  const threads = state.threads.filter(
    (t) => t.placement.kind !== 'orphan' && t.placement.paragraphId === panel.paragraphId,
  );
  const target: Target = {
    page,
    paragraphId: panel.paragraphId,
    paragraphHash: textHash(text),
    ...(passage ? { quote: passage.quote, position: passage.position } : {}),
  };
  const draftKey = draftKeys.paragraph(page, panel.paragraphId, passage?.position);
  const queued = useSyncExternalStore(subscribeOutbox, queuedComments, () => NOTHING_QUEUED);
  const waiting = queued.filter(
    (item) => !item.refused && item.body.target.page === page && item.body.target.paragraphId === panel.paragraphId,
  );
  // A reply waits in its thread; one whose thread is not listed here (not loaded: offline) is listed on its own.
  const listedRoots = new Set(threads.map((t) => t.root.id));
  const waitingInThread = (rootId: string) => waiting.filter((item) => item.body.parentId === rootId);
  const waitingAlone = waiting.filter((item) => !item.body.parentId || !listedRoots.has(item.body.parentId));

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return undefined;
    if (!dialog.open) dialog.showModal();
    // A comment permalink lands on its comment; otherwise the heading takes focus.
    const linked = panel.focusCommentId ? document.getElementById(`comment-${panel.focusCommentId}`) : null;
    if (linked) {
      linked.scrollIntoView({ block: 'center' });
      linked.focus();
    } else headingRef.current?.focus();
    const onClose = () => {
      closePanel();
      restoreFocus(panel);
    };
    dialog.addEventListener('close', onClose);
    return () => dialog.removeEventListener('close', onClose);
  }, [panel]);

  const count = commentCount(threads);
  return (
    <dialog ref={dialogRef} className={styles.panel} aria-labelledby="fw-comments-title">
      <header className={styles.panelHeader}>
        <h2 id="fw-comments-title" ref={headingRef} tabIndex={-1}>
          {translate({ id: 'comments.panel.title', message: 'Comments on this paragraph' })}
        </h2>
        <button
          type="button"
          className={styles.close}
          aria-label={translate({ id: 'comments.panel.close', message: 'Close comments' })}
          onClick={() => dialogRef.current?.close()}>
          <CloseIcon />
        </button>
      </header>
      <blockquote className={styles.excerpt} dir="auto">
        {text}
      </blockquote>

      {state.status === 'loading' && (
        <p role="status">{translate({ id: 'comments.panel.loading', message: 'Loading comments…' })}</p>
      )}
      {state.status === 'unavailable' && state.error && (
        <div className={styles.notice} role="alert">
          <p>
            {state.error.kind === 'network'
              ? translate({
                  id: 'comments.panel.unreachable',
                  message:
                    'Comments are not available right now: the comment service cannot be reached. Please try again later.',
                })
              : [
                  translate({ id: 'comments.panel.unavailable', message: 'Comments are not available right now.' }),
                  ' ',
                  <ShownMessage key="reason" shown={errorMessage(state.error)} />,
                ]}
          </p>
          <button type="button" className="button button--secondary button--sm" onClick={() => void retryPage()}>
            {translate({ id: 'comments.panel.retry', message: 'Try again' })}
          </button>
        </div>
      )}

      {(state.status === 'ready' || waiting.length > 0) && (
        <section aria-labelledby="fw-comments-threads">
          <h3 id="fw-comments-threads">
            {translate({ id: 'comments.panel.threads', message: 'Comments ({count})' }, { count: String(count) })}
          </h3>
          {threads.length || waiting.length ? (
            <ol className={styles.threads}>
              {threads.map((thread) => (
                <Thread
                  key={thread.root.id}
                  thread={thread}
                  own={state.own}
                  page={page}
                  canReply={!closed}
                  replying={replyingTo === thread.root.id}
                  onReplying={(open) => setReplyingTo(open ? thread.root.id : null)}
                  focusId={panel.focusCommentId}
                  waitingReplies={waitingInThread(thread.root.id)}
                />
              ))}
              {waitingAlone.map((item) => (
                <li key={item.key} className={styles.thread}>
                  <WaitingComment item={item} />
                </li>
              ))}
            </ol>
          ) : (
            <p>{translate({ id: 'comments.panel.none', message: 'No comments on this paragraph yet.' })}</p>
          )}
        </section>
      )}
      {closed && round ? (
        <RoundClosedNotice round={round} />
      ) : (
        // Unreachable (offline): the reader can still write; the form keeps the comment in the outbox.
        (state.status === 'ready' || (state.status === 'unavailable' && state.error?.kind === 'network')) && (
          <section aria-labelledby="fw-comments-new">
            <h3 id="fw-comments-new" ref={newHeadingRef} tabIndex={-1}>
              {passage
                ? translate({ id: 'comments.panel.newOnPassage', message: 'Comment on the selected passage' })
                : translate({ id: 'comments.panel.new', message: 'Comment on this paragraph' })}
            </h3>
            {passage && (
              <>
                <blockquote className={styles.quote} dir="auto">
                  {passage.quote.exact}
                </blockquote>
                <button
                  type="button"
                  className="fw-link-button"
                  onClick={() => {
                    wholeParagraph();
                    // The button goes with the passage: focus moves to the heading, which now says so.
                    newHeadingRef.current?.focus();
                  }}>
                  {translate({
                    id: 'comments.panel.wholeParagraphInstead',
                    message: 'Comment on the whole paragraph instead',
                  })}
                </button>
              </>
            )}
            {passageTooLong && (
              <p className={styles.note}>
                {translate({
                  id: 'comments.panel.passageTooLong',
                  message: 'The selection is too long to quote, so this comment will be about the whole paragraph.',
                })}
              </p>
            )}
            {replyingTo ? (
              <button type="button" className="fw-link-button" onClick={() => setReplyingTo(null)}>
                {translate({ id: 'comments.panel.newInstead', message: 'Write a new comment instead of a reply' })}
              </button>
            ) : (
              <CommentForm
                // One form whatever its target: removing the passage keeps what the reader wrote.
                key={draftKeys.paragraph(page, panel.paragraphId)}
                target={target}
                draftKey={draftKey}
                onStored={wholeParagraph}
                submitLabel={translate({ id: 'comments.form.send', message: 'Send comment' })}
              />
            )}
          </section>
        )
      )}
    </dialog>
  );
}
