/** A top-level comment with its replies and a reply form behind a toggle. */
import React, { type ReactNode, useId, useState } from 'react';
import { translate } from '@docusaurus/Translate';
import type { PlacedThread } from '@site/src/client/comments/anchoring/placement';
import CommentForm from './CommentForm';
import CommentView from './CommentView';
import styles from './styles.module.css';

interface Props {
  thread: PlacedThread;
  own: ReadonlySet<string>;
  page: string;
  /** Replies are offered on threads placed on the page, not on comments on earlier wording. */
  canReply: boolean;
}

/** One thread in the panel. */
export default function Thread({ thread, own, page, canReply }: Props): ReactNode {
  const [replying, setReplying] = useState(false);
  const formId = useId();
  const { root, replies, placement } = thread;
  // The service accepts replies to published, public comments only.
  const replyable = canReply && root.status === 'approved' && root.visibility === 'public';
  return (
    <li className={styles.thread}>
      <CommentView annotation={root} own={own.has(root.id)} showQuote placement={placement} />
      {replies.length > 0 && (
        <ol className={styles.replies} aria-label={translate({ id: 'comments.thread.replies', message: 'Replies' })}>
          {replies.map((reply) => (
            <li key={reply.id}>
              <CommentView annotation={reply} own={own.has(reply.id)} />
            </li>
          ))}
        </ol>
      )}
      {replyable && (
        <>
          <button
            type="button"
            className="fw-link-button"
            aria-expanded={replying}
            aria-controls={formId}
            onClick={() => setReplying((value) => !value)}>
            {replying
              ? translate({ id: 'comments.thread.cancelReply', message: 'Cancel reply' })
              : translate({ id: 'comments.thread.reply', message: 'Reply to {name}' }, { name: root.authorName })}
          </button>
          <div id={formId} hidden={!replying}>
            {replying && (
              <CommentForm
                target={root.target}
                parent={root}
                draftKey={`${page}#${root.target.paragraphId}>${root.id}`}
                submitLabel={translate({ id: 'comments.form.sendReply', message: 'Send reply' })}
              />
            )}
          </div>
        </>
      )}
    </li>
  );
}
