/** The home page notice: the official text is not reproduced here yet, and where it lives. */
import React, { type ReactNode } from 'react';
import Link from '@docusaurus/Link';
import Translate from '@docusaurus/Translate';
import '@site/src/client/codeTranslations/home';
import styles from './styles.module.css';

const UN_DESA_VOICE =
  'https://desapublications.un.org/un-desa-voice/more-from-undesa/december-2025/collaborative-citizen-data-moves-vision-implementation';
const SESSION_55 = 'https://unstats.un.org/UNSDWebsite/statcom/55';

export default function OfficialTextNotice(): ReactNode {
  return (
    <aside className={styles.notice} aria-labelledby="official-text-notice">
      <p id="official-text-notice" className={styles.noticeTitle}>
        <Translate id="home.officialText.title">The official text is not reproduced here yet</Translate>
      </p>
      <p>
        <Translate
          id="home.officialText.body"
          values={{
            pending: (
              <em>
                <Translate id="fw.provenance.pending.label">Official text pending</Translate>
              </em>
            ),
            article: (
              <a href={UN_DESA_VOICE} rel="noopener noreferrer" lang="en" dir="ltr">
                “The Collaborative on Citizen Data moves from vision to implementation”
              </a>
            ),
            session: (
              <a href={SESSION_55} rel="noopener noreferrer">
                <Translate id="home.officialText.sessionLink">
                  page of the Statistical Commission’s 55th session
                </Translate>
              </a>
            ),
          }}>
          {
            'The pages of this site are summaries in our own words, built from public sources. Where the Framework’s own wording is needed and not yet available, a page says so with the label {pending}. For official information, start with the UN DESA Voice article {article} (December 2025) and the {session}.'
          }
        </Translate>{' '}
        <Link to="/docs/background/how-to-read-our-labels">
          <Translate id="home.find.labels.link">How to read our labels</Translate>
        </Link>
        .
      </p>
    </aside>
  );
}
