/**
 * The editors' decision on a comment, as readers, authors and editors see it: the disposition, the
 * public response, and where it was handled. Response text is plain text (rendered as text).
 */
import React, { type ReactNode } from 'react';
import { translate } from '@docusaurus/Translate';
import '@site/src/client/codeTranslations/feedback';
import type { PublicDisposition } from '@site/src/shared/disposition';
import { formatDate } from '../Comments/labels';
import { dispositionLabel } from './labels';
import styles from './styles.module.css';

export default function DispositionNote({ disposition }: { disposition: PublicDisposition }): ReactNode {
  return (
    <div className={styles.disposition} data-disposition={disposition.disposition}>
      <p className={styles.dispositionHead}>
        <strong>{translate({ id: 'feedback.response.heading', message: 'Editors’ response:' })}</strong>{' '}
        <span className={styles.badge}>{dispositionLabel(disposition.disposition)}</span>
        {disposition.release ? (
          <>
            {' '}
            {translate(
              { id: 'feedback.response.release', message: '(handled in {release})' },
              { release: disposition.release },
            )}
          </>
        ) : null}{' '}
        <time dateTime={disposition.decidedAt}>{formatDate(disposition.decidedAt)}</time>
      </p>
      <p dir="auto" className={styles.response}>
        {disposition.response}
      </p>
    </div>
  );
}
