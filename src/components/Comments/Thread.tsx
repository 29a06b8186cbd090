/**
 * A top-level comment with its replies and, when it is the panel's one open reply form, the reply
 * form. Only one form is open in the panel at a time (the panel decides which); after a reply is
 * sent the form closes and the confirmation takes its place, with focus. The reader's replies still
 * waiting in the outbox are listed after the thread's replies.
 */
import React, { type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { translate } from '@docusaurus/Translate';
import '@site/src/client/codeTranslations/comments';
import type { PlacedThread } from '@site/src/client/comments/anchoring/placement';
import { draftKeys } from '@site/src/client/comments/commentDraft';
import CommentForm from './CommentForm';
import type { OutboxItem } from '@site/src/client/comments/outbox';
import CommentView from './CommentView';
import WaitingComment from './WaitingComment';
import styles from './styles.module.css';

interface Props {
  thread: PlacedThread;
  own: ReadonlySet<string>;
  page: string;
  /** Replies are offered on threads placed on the page, not on comments on earlier wording. */
  canReply: boolean;
  /** This thread's reply form is the panel's open form. */
  replying?: boolean;
  /** Opens (true) or closes (false) this thread's reply form. */
  onReplying?: (open: boolean) => void;
  /** The comment a permalink points at: shown highlighted and focused. */
  focusId?: string;
  /** The reader's replies to this thread still waiting in the outbox. */
  waitingReplies?: readonly OutboxItem[];
}

/** One thread in the panel. */
export default function Thread({
  thread,
  own,
  page,
  canReply,
  replying = false,
  onReplying,
  focusId,
  waitingReplies = [],
}: Props): ReactNode {
  const formId = useId();
  const [sent, setSent] = useState<string | null>(null);
  const sentRef = useRef<HTMLParagraphElement>(null);
  const { root, replies, placement } = thread;
  // The service accepts replies to published, public comments only.
  const replyable = canReply && root.status === 'approved' && root.visibility === 'public' && onReplying;

  useEffect(() => {
    if (sent) sentRef.current?.focus();
  }, [sent]);

  return (
    <li className={styles.thread}>
      <CommentView
        annotation={root}
        own={own.has(root.id)}
        showQuote
        placement={placement}
        page={page}
        focused={focusId === root.id}
      />
      {replies.length + waitingReplies.length > 0 && (
        <ol className={styles.replies} aria-label={translate({ id: 'comments.thread.replies', message: 'Replies' })}>
          {replies.map((reply) => (
            <li key={reply.id}>
              <CommentView annotation={reply} own={own.has(reply.id)} page={page} focused={focusId === reply.id} />
            </li>
          ))}
          {waitingReplies.map((item) => (
            <li key={item.key}>
              <WaitingComment item={item} />
            </li>
          ))}
        </ol>
      )}
      {sent && !replying && (
        <p ref={sentRef} className={styles.sent} role="status" tabIndex={-1}>
          {sent}
        </p>
      )}
      {replyable && (
        <>
          <button
            type="button"
            className="fw-link-button"
            aria-expanded={replying}
            aria-controls={formId}
            onClick={() => {
              setSent(null);
              onReplying(!replying);
            }}>
            {replying
              ? translate({ id: 'comments.thread.cancelReply', message: 'Cancel reply' })
              : translate({ id: 'comments.thread.reply', message: 'Reply to {name}' }, { name: root.authorName })}
          </button>
          <div id={formId} hidden={!replying}>
            {replying && (
              <CommentForm
                target={root.target}
                parent={root}
                draftKey={draftKeys.reply(page, root.target.paragraphId, root.id)}
                submitLabel={translate({ id: 'comments.form.sendReply', message: 'Send reply' })}
                onSent={(message) => {
                  setSent(message);
                  onReplying(false);
                }}
              />
            )}
          </div>
        </>
      )}
    </li>
  );
}
