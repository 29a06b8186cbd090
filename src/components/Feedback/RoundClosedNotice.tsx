/** Says why a paragraph's thread is read-only: its consultation round closed (or has not opened). */
import React, { type ReactNode } from 'react';
import { translate } from '@docusaurus/Translate';
import '@site/src/client/codeTranslations/feedback';
import type { ParagraphRound } from '@site/src/shared/feedback';
import { formatDate } from '../Comments/labels';
import styles from './styles.module.css';

export default function RoundClosedNotice({ round }: { round: ParagraphRound }): ReactNode {
  const text =
    round.state === 'upcoming'
      ? translate(
          { id: 'feedback.round.opensOn', message: 'Commenting here opens on {date} ({round}).' },
          { date: formatDate(round.opensAt), round: round.roundName },
        )
      : translate(
          {
            id: 'feedback.round.closedOn',
            message:
              'Commenting here closed on {date} ({round}). The comments stay readable; no new comment or reply can be added.',
          },
          { date: formatDate(round.closesAt ?? round.opensAt), round: round.roundName },
        );
  return (
    <p className={styles.disposition} data-round-state={round.state}>
      {text}
    </p>
  );
}
