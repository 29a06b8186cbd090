/**
 * The note at the top of every Framework page that tells readers they can link to and comment on
 * each paragraph, how to do it by keyboard, and where the page's whole discussion is. Rendered
 * statically (so it is there before any script runs); the "All discussion" button is handled by
 * src/client/comments/pageComments.ts.
 */
import React, { type ReactNode } from 'react';
import { translate } from '@docusaurus/Translate';
import { BLOCK } from '@site/src/shared/blocks';
import ControlIcon from '@site/src/components/Block/ControlIcon';
import styles from './PageIntro.module.css';

export default function PageIntro(): ReactNode {
  return (
    <aside
      className={`${styles.pageIntro} ${BLOCK.metaClassName}`}
      aria-label={translate({ id: 'comments.intro.label', message: 'Comments' })}>
      <p>
        <ControlIcon name="comment" />{' '}
        {translate({
          id: 'comments.intro.text',
          message:
            'You can comment on any paragraph: use the comment button after it, or select a passage. The link button copies a link to the paragraph.',
        })}{' '}
        <button type="button" className={`fw-link-button ${BLOCK.discussionButtonClassName}`}>
          {translate({ id: 'comments.intro.all', message: 'All discussion on this page' })}
        </button>
      </p>
      <p className={styles.keyboardHelp}>
        {translate({
          id: 'comments.intro.keyboard',
          message:
            'Keyboard: each paragraph has one Tab stop, its comment button; the Right and Left arrow keys move to its link button.',
        })}
      </p>
    </aside>
  );
}
