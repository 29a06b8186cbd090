/**
 * The moderation page's application: sign-in with the moderator token, the queue, and the export.
 * Without a token nothing is requested and the page says what is needed.
 */
import React, { type ReactNode, useState } from 'react';
import { translate } from '@docusaurus/Translate';
import { ApiError } from '@site/src/client/comments/api';
import { downloadExport, storedToken, storeToken, type ExportFormat } from '@site/src/client/comments/moderationApi';
import Queue from './Queue';
import RoundsPanel from './RoundsPanel';
import SignIn from './SignIn';
import styles from './styles.module.css';

export default function ModerationApp(): ReactNode {
  const [token, setToken] = useState<string | null>(() => storedToken());
  const [message, setMessage] = useState<string | null>(null);
  const [exportError, setExportError] = useState<string | null>(null);

  const signIn = (value: string) => {
    storeToken(value);
    setMessage(null);
    setToken(value);
  };
  const signOut = (reason: string | null = null) => {
    storeToken(null);
    setMessage(reason);
    setToken(null);
  };

  async function exportAs(format: ExportFormat) {
    if (!token) return;
    setExportError(null);
    try {
      await downloadExport(token, format);
    } catch (caught) {
      if (caught instanceof ApiError && caught.kind === 'unauthorised')
        signOut(
          translate({
            id: 'moderation.error.token',
            message: 'The moderator token was not accepted. Please sign in again.',
          }),
        );
      else
        setExportError(
          translate({
            id: 'moderation.export.failed',
            message: 'The export could not be downloaded. Please try again.',
          }),
        );
    }
  }

  if (!token) {
    return (
      <>
        <p>
          {translate({
            id: 'moderation.intro.signedOut',
            message:
              'This page is for the Framework’s editors. Comments can only be moderated with the moderator token of the comment service.',
          })}
        </p>
        <SignIn onSignIn={signIn} message={message} />
      </>
    );
  }

  return (
    <>
      <div className={styles.toolbar}>
        <button type="button" className="button button--secondary button--sm" onClick={() => void exportAs('json')}>
          {translate({ id: 'moderation.export.json', message: 'Download export (JSON)' })}
        </button>
        <button type="button" className="button button--secondary button--sm" onClick={() => void exportAs('csv')}>
          {translate({ id: 'moderation.export.csv', message: 'Download export (CSV)' })}
        </button>
        <button type="button" className="button button--secondary button--sm" onClick={() => void exportAs('iso-xlsx')}>
          {translate({ id: 'moderation.export.isoXlsx', message: 'Download ISO/IEC commenting template (.xlsx)' })}
        </button>
        <button type="button" className="button button--secondary button--sm" onClick={() => void exportAs('iso-csv')}>
          {translate({ id: 'moderation.export.isoCsv', message: 'Download ISO/IEC commenting template (CSV)' })}
        </button>
        <button type="button" className="button button--secondary button--sm" onClick={() => void exportAs('w3c')}>
          {translate({ id: 'moderation.export.w3c', message: 'Download export (W3C Web Annotation)' })}
        </button>
        <button type="button" className="fw-link-button" onClick={() => signOut()}>
          {translate({ id: 'moderation.signOut', message: 'Sign out' })}
        </button>
      </div>
      {exportError && (
        <p className={styles.error} role="alert">
          {exportError}
        </p>
      )}
      <Queue token={token} onUnauthorised={signOut} />
      <RoundsPanel token={token} />
    </>
  );
}
