/** The home page notice: the official text is not reproduced here yet, and where it lives. */
import React, { type ReactNode } from 'react';
import Link from '@docusaurus/Link';
import styles from './styles.module.css';

const UN_DESA_VOICE =
  'https://desapublications.un.org/un-desa-voice/more-from-undesa/december-2025/collaborative-citizen-data-moves-vision-implementation';
const SESSION_55 = 'https://unstats.un.org/UNSDWebsite/statcom/55';

export default function OfficialTextNotice(): ReactNode {
  return (
    <aside className={styles.notice} aria-labelledby="official-text-notice">
      <p id="official-text-notice" className={styles.noticeTitle}>
        The official text is not reproduced here yet
      </p>
      <p>
        The pages of this site are summaries in our own words, built from public sources. Where the Framework’s own
        wording is needed and not yet available, a page says so with the label <em>Official text pending</em>. For
        official information, start with the UN DESA Voice article{' '}
        <a href={UN_DESA_VOICE} rel="noopener noreferrer">
          “The Collaborative on Citizen Data moves from vision to implementation”
        </a>{' '}
        (December 2025) and the{' '}
        <a href={SESSION_55} rel="noopener noreferrer">
          page of the Statistical Commission’s 55th session
        </a>
        . <Link to="/docs/background/how-to-read-our-labels">How to read our labels</Link>.
      </p>
    </aside>
  );
}
