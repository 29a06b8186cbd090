/**
 * The moderation page's application: sign-in (token and name, once per browser session, kept in
 * an HTTP-only cookie), the queue, the count of comments waiting, the export, and sign-out.
 * Without a session nothing but the sign-in is shown.
 */
import React, { type ReactNode, useCallback, useEffect, useRef, useState } from 'react';
import { translate } from '@docusaurus/Translate';
import '@site/src/client/codeTranslations/moderation';
import { ApiError } from '@site/src/client/comments/api';
import {
  currentSession,
  downloadExport,
  signIn as startSession,
  signOut as endSession,
  type ExportFormat,
} from '@site/src/client/comments/moderationApi';
import Queue from './Queue';
import RoundsPanel from './RoundsPanel';
import SignIn from './SignIn';
import styles from './styles.module.css';

type Session = { state: 'checking' } | { state: 'signed-out' } | { state: 'signed-in'; name: string };

const tokenRefused = () =>
  translate({ id: 'moderation.error.token', message: 'The moderator token was not accepted. Please sign in again.' });

export default function ModerationApp(): ReactNode {
  const [session, setSession] = useState<Session>({ state: 'checking' });
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [exportError, setExportError] = useState<string | null>(null);
  // Signing in replaces the form, and signing out the queue, under the keyboard focus: it is taken
  // to what replaced them (not on the page's first load, where the reader has not acted yet).
  const moved = useRef(false);
  const app = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!moved.current || session.state === 'checking') return;
    moved.current = false;
    app.current?.querySelector<HTMLElement>(session.state === 'signed-in' ? '[data-signed-in]' : 'input')?.focus();
  }, [session.state]);

  useEffect(() => {
    currentSession().then(
      (found) => setSession(found ? { state: 'signed-in', name: found.name } : { state: 'signed-out' }),
      () => {
        setMessage(translate({ id: 'moderation.error.network', message: 'The comment service cannot be reached.' }));
        setSession({ state: 'signed-out' });
      },
    );
  }, []);

  async function signIn(token: string, name: string) {
    setBusy(true);
    try {
      const started = await startSession(token, name);
      setMessage(null);
      moved.current = true;
      setSession({ state: 'signed-in', name: started.name });
    } catch (caught) {
      if (caught instanceof ApiError && caught.kind === 'unauthorised') setMessage(tokenRefused());
      else if (caught instanceof ApiError && caught.kind !== 'network') setMessage(caught.message);
      else setMessage(translate({ id: 'moderation.error.network', message: 'The comment service cannot be reached.' }));
    } finally {
      setBusy(false);
    }
  }

  const signedOut = useCallback((reason: string | null) => {
    moved.current = true;
    setMessage(reason);
    setSession({ state: 'signed-out' });
  }, []);

  async function signOut() {
    try {
      await endSession();
    } catch {
      // The cookie may already be gone; the page signs out either way.
    }
    signedOut(translate({ id: 'moderation.signedOut', message: 'You are signed out.' }));
  }

  async function exportAs(format: ExportFormat) {
    setExportError(null);
    try {
      await downloadExport(format);
    } catch (caught) {
      if (caught instanceof ApiError && caught.kind === 'unauthorised') signedOut(tokenRefused());
      else
        setExportError(
          translate({
            id: 'moderation.export.failed',
            message: 'The export could not be downloaded. Please try again.',
          }),
        );
    }
  }

  if (session.state === 'checking') {
    return <p role="status">{translate({ id: 'moderation.checking', message: 'Checking your sign-in…' })}</p>;
  }

  if (session.state === 'signed-out') {
    return (
      <div ref={app}>
        <p>
          {translate({
            id: 'moderation.intro.signedOut',
            message:
              'This page is for the Framework’s editors. Comments can only be moderated with the moderator token of the comment service.',
          })}
        </p>
        <SignIn onSignIn={(token, name) => void signIn(token, name)} message={message} busy={busy} />
      </div>
    );
  }

  return (
    <div ref={app}>
      <div className={styles.toolbar}>
        <p className={styles.signedIn} data-signed-in tabIndex={-1}>
          {translate({ id: 'moderation.signedInAs', message: 'Signed in as {name}.' }, { name: session.name })}
        </p>
        <button type="button" className="fw-link-button" onClick={() => void signOut()}>
          {translate({ id: 'moderation.signOut', message: 'Sign out' })}
        </button>
      </div>
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
      </div>
      {exportError && (
        <p className={styles.error} role="alert">
          {exportError}
        </p>
      )}
      <Queue onUnauthorised={signedOut} signedInAs={session.name} />
      <RoundsPanel />
    </div>
  );
}
