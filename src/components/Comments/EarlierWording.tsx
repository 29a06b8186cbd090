/**
 * "Comments on earlier wording": comments whose paragraph is gone or whose quote can no longer be
 * placed in it. They are listed at the end of the page with the passage they quoted, never
 * dropped and never attached to other text.
 */
import React, { type ReactNode } from 'react';
import { translate } from '@docusaurus/Translate';
import '@site/src/client/codeTranslations/comments';
import type { PlacedThread } from '@site/src/client/comments/anchoring/placement';
import CommentView from './CommentView';
import styles from './styles.module.css';

interface Props {
  threads: PlacedThread[];
  own: ReadonlySet<string>;
  exists: (paragraphId: string) => boolean;
}

/** The list of comments that can no longer be placed on the page's current text. */
export default function EarlierWording({ threads, own, exists }: Props): ReactNode {
  return (
    <section className={styles.earlier} aria-labelledby="fw-earlier-wording">
      <h2 id="fw-earlier-wording">
        {translate({ id: 'comments.earlier.title', message: 'Comments on earlier wording' })}
      </h2>
      <p>
        {translate({
          id: 'comments.earlier.intro',
          message:
            'These comments were written on text that has since been changed, so they cannot be shown next to it. They are kept here with the passage they quoted.',
        })}
      </p>
      <ol className={styles.threads}>
        {threads.map(({ root, replies }) => (
          <li key={root.id} className={styles.thread}>
            <p className={styles.note}>
              {exists(root.target.paragraphId) ? (
                <>
                  {translate({ id: 'comments.earlier.quoteGone', message: 'The quoted passage is no longer in' })}{' '}
                  <a href={`#${root.target.paragraphId}`}>
                    {translate({ id: 'comments.earlier.itsParagraph', message: 'its paragraph' })}
                  </a>
                  .
                </>
              ) : (
                translate({
                  id: 'comments.earlier.paragraphGone',
                  message: 'The paragraph this comment was written on has changed or been removed.',
                })
              )}
            </p>
            {!root.target.quote && (
              <p className={styles.note}>
                {translate({
                  id: 'comments.earlier.wholeParagraph',
                  message: 'This comment was about a whole paragraph.',
                })}
              </p>
            )}
            <CommentView annotation={root} own={own.has(root.id)} showQuote />
            {replies.length > 0 && (
              <ol className={styles.replies}>
                {replies.map((reply) => (
                  <li key={reply.id}>
                    <CommentView annotation={reply} own={own.has(reply.id)} />
                  </li>
                ))}
              </ol>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
