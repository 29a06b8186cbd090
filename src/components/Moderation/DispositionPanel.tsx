/**
 * Bulk dispositions on /moderate: one disposition, public response and optional release for the
 * selected comments (or a duplicate link to another comment), recorded with the editor's name:
 * the name they signed in with (the service records that one), so the form does not ask again.
 * Without it, the form asks, and remembers the answer for the tab (sessionStorage).
 */
import React, { type FormEvent, type ReactNode, useId, useState } from 'react';
import { translate } from '@docusaurus/Translate';
import '@site/src/client/codeTranslations/moderation';
import { ApiError } from '@site/src/client/comments/api';
import { recordDisposition } from '@site/src/client/feedback/api';
import { FEEDBACK_LIMITS, type DispositionValue } from '@site/src/shared/feedbackFields';
import type { ModeratedAnnotation } from '@site/src/shared/annotations';
import { dispositionKeys, dispositionLabel } from '../Feedback/labels';
import styles from '../Feedback/styles.module.css';
import { thrownMessage } from '@site/src/shared/thrownMessage';

const NAME_KEY = 'fw-moderator-name';
const storedName = () => {
  try {
    return window.sessionStorage.getItem(NAME_KEY) ?? '';
  } catch {
    return '';
  }
};

interface Props {
  /** The selected comments. */
  ids: string[];
  /** Every comment listed, for the "duplicate of" choice. */
  items: readonly ModeratedAnnotation[];
  onRecorded: (message: string) => void;
  onUnauthorised: (message: string) => void;
  /** The name of the signed-in editor, recorded with the decision. */
  signedInAs?: string;
}

export default function DispositionPanel({ ids, items, onRecorded, onUnauthorised, signedInAs }: Props): ReactNode {
  const id = useId();
  const [disposition, setDisposition] = useState<DispositionValue>('accepted');
  const [response, setResponse] = useState('');
  const [release, setRelease] = useState('');
  const [duplicateOf, setDuplicateOf] = useState('');
  const [name, setName] = useState(storedName);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy || ids.length === 0) return;
    setBusy(true);
    setError(null);
    try {
      if (!signedInAs) window.sessionStorage.setItem(NAME_KEY, name);
    } catch {
      // The name then lives only in this form.
    }
    const sentResponse = response;
    try {
      const answer = await recordDisposition({
        ids,
        disposition,
        response: sentResponse,
        decidedBy: signedInAs ?? name,
        ...(release.trim() ? { release: release.trim() } : {}),
        ...(disposition === 'duplicate' && duplicateOf ? { duplicateOf } : {}),
      });
      // Only what was sent is cleared: a response edited while it was on its way stays.
      setResponse((current) => (current === sentResponse ? '' : current));
      onRecorded(
        translate(
          { id: 'moderation.disposition.recorded', message: 'Disposition “{disposition}” recorded for {count}.' },
          { disposition: dispositionLabel(disposition), count: String(answer.updated.length) },
        ),
      );
    } catch (caught) {
      if (caught instanceof ApiError && caught.kind === 'unauthorised') {
        onUnauthorised(
          translate({
            id: 'moderation.error.token',
            message: 'The moderator token was not accepted. Please sign in again.',
          }),
        );
      } else setError(thrownMessage(caught));
    } finally {
      setBusy(false);
    }
  }

  // Readers see which comment one duplicates, so only a published one can be named (the service
  // refuses any other, 400): in the list of comments awaiting moderation there is none to offer.
  const others = items.filter(
    (item) => !ids.includes(item.id) && item.status === 'approved' && item.visibility === 'public',
  );
  return (
    <form className={styles.form} onSubmit={(event) => void submit(event)} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>
        {translate(
          { id: 'moderation.disposition.title', message: 'Record a disposition for the selected comments ({count})' },
          { count: String(ids.length) },
        )}
      </h3>
      <label>
        {translate({ id: 'moderation.disposition.value', message: 'Disposition' })}
        <select value={disposition} onChange={(e) => setDisposition(e.target.value as DispositionValue)}>
          {dispositionKeys.map((key) => (
            <option key={key} value={key}>
              {dispositionLabel(key)}
            </option>
          ))}
        </select>
      </label>
      {disposition === 'duplicate' && (
        <label>
          {translate({ id: 'moderation.disposition.duplicateOf', message: 'Duplicate of' })}
          <select value={duplicateOf} required onChange={(e) => setDuplicateOf(e.target.value)}>
            <option value="">{translate({ id: 'moderation.disposition.choose', message: 'Choose a comment' })}</option>
            {others.map((item) => (
              <option key={item.id} value={item.id}>
                {`${item.authorName}: ${item.body.slice(0, 60)}`}
              </option>
            ))}
          </select>
        </label>
      )}
      <label>
        {translate({ id: 'moderation.disposition.response', message: 'Public response' })}
        <textarea
          value={response}
          required
          maxLength={FEEDBACK_LIMITS.response}
          onChange={(e) => setResponse(e.target.value)}
        />
      </label>
      <label>
        {translate({ id: 'moderation.disposition.release', message: 'Handled in release (optional)' })}
        <input value={release} maxLength={FEEDBACK_LIMITS.release} onChange={(e) => setRelease(e.target.value)} />
      </label>
      {signedInAs ? (
        <p>
          {translate({ id: 'moderation.disposition.recordedAs', message: 'Recorded as {name}.' }, { name: signedInAs })}
        </p>
      ) : (
        <label>
          {translate({ id: 'moderation.disposition.name', message: 'Your name (recorded with the decision)' })}
          <input
            value={name}
            required
            maxLength={FEEDBACK_LIMITS.moderatorName}
            autoComplete="name"
            onChange={(e) => setName(e.target.value)}
          />
        </label>
      )}
      {error && (
        <p className={styles.error} role="alert">
          {error}
        </p>
      )}
      <div>
        <button type="submit" className="button button--primary" aria-disabled={busy || ids.length === 0}>
          {translate({ id: 'moderation.disposition.submit', message: 'Record disposition' })}
        </button>
      </div>
    </form>
  );
}
