/**
 * The moderation queue: comments of one status, decided singly or in bulk (checkboxes with
 * "select all"), with counts and a spoken summary of every decision. The number of comments
 * waiting for an editor (new ones and edits) is refreshed every COUNT_REFRESH_MS and whenever the
 * tab comes back into view, without reloading the page or the list being worked on. A decision
 * names the revision of each comment as shown, so a comment changed since is not decided unread:
 * the service refuses (409), and the list is reloaded to show what it says now.
 */
import React, { type ReactNode, useCallback, useEffect, useId, useRef, useState } from 'react';
import { translate } from '@docusaurus/Translate';
import '@site/src/client/codeTranslations/moderation';
import { LIMITS, MODERATION_STATUSES, type ModerationStatus } from '@site/src/shared/annotationFields';
import type { ModerationQueueItem } from '@site/src/shared/annotations';
import { ApiError } from '@site/src/client/comments/api';
import { awaitingCount, decide, listForModeration } from '@site/src/client/comments/moderationApi';
import { statusLabel } from '../Comments/labels';
import DispositionPanel from './DispositionPanel';
import ModerationItem, { DECISION_LABELS, type Decision } from './ModerationItem';
import styles from './styles.module.css';

interface Props {
  onUnauthorised: (message: string) => void;
  /** The signed-in editor's name, recorded with dispositions. */
  signedInAs?: string;
}

/** How often the waiting count is refreshed while the page is open. */
const COUNT_REFRESH_MS = 10_000;

function resultMessage(decision: Decision, count: number): string {
  const values = { count: String(count) };
  switch (decision) {
    case 'approved':
      return translate({ id: 'moderation.result.approved', message: 'Approved: {count}.' }, values);
    case 'rejected':
      return translate({ id: 'moderation.result.rejected', message: 'Rejected: {count}.' }, values);
    case 'spam':
      return translate({ id: 'moderation.result.spam', message: 'Marked as spam: {count}.' }, values);
  }
}

export default function Queue({ onUnauthorised, signedInAs }: Props): ReactNode {
  const id = useId();
  const [status, setStatus] = useState<ModerationStatus>('pending');
  const [items, setItems] = useState<ModerationQueueItem[] | null>(null);
  const [awaiting, setAwaiting] = useState<number | null>(null);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ text: string; count: number } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const statusRef = useRef<HTMLParagraphElement>(null);

  const fail = useCallback(
    (caught: unknown) => {
      if (caught instanceof ApiError && caught.kind === 'unauthorised') {
        onUnauthorised(
          translate({
            id: 'moderation.error.token',
            message: 'The moderator token was not accepted. Please sign in again.',
          }),
        );
        return;
      }
      setError(
        caught instanceof ApiError && caught.kind === 'network'
          ? translate({ id: 'moderation.error.network', message: 'The comment service cannot be reached.' })
          : String(caught instanceof Error ? caught.message : caught),
      );
    },
    [onUnauthorised],
  );

  // Only the latest list request may fill the list. Without this, the first status's list
  // could arrive after the list of a status chosen since (or after a refresh) and replace it, so
  // that the heading said "Not published" over the comments awaiting moderation.
  const loading = useRef<AbortController | null>(null);
  const load = useCallback(async () => {
    loading.current?.abort();
    const request = new AbortController();
    loading.current = request;
    setError(null);
    setItems(null);
    setSelected(new Set());
    try {
      const found = await listForModeration(status, request.signal);
      if (!request.signal.aborted) setItems(found);
    } catch (caught) {
      if (!request.signal.aborted) fail(caught);
    }
  }, [status, fail]);

  useEffect(() => {
    void load();
    return () => loading.current?.abort();
  }, [load]);

  const refreshCount = useCallback(async () => {
    try {
      setAwaiting(await awaitingCount());
    } catch (caught) {
      if (caught instanceof ApiError && caught.kind === 'unauthorised') fail(caught);
      // Otherwise keep the last count; the next refresh tries again.
    }
  }, [fail]);

  useEffect(() => {
    void refreshCount();
    const timer = window.setInterval(() => void refreshCount(), COUNT_REFRESH_MS);
    const onVisible = () => document.visibilityState === 'visible' && void refreshCount();
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      window.clearInterval(timer);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [refreshCount]);

  // The decided items (and the button just pressed) are gone: focus moves to the result.
  useEffect(() => {
    if (result) statusRef.current?.focus();
  }, [result]);

  async function apply(decision: Decision, ids: string[]) {
    if (!ids.length || busy) return;
    setBusy(true);
    setError(null);
    // Each comment goes with the revision shown here: the service decides nothing that changed since.
    const revisions = new Map(items?.map((item) => [item.id, item.revision]) ?? []);
    const decided = ids.flatMap((itemId) => {
      const revision = revisions.get(itemId);
      return revision === undefined ? [] : [{ id: itemId, revision }];
    });
    try {
      // The service takes at most LIMITS.bulkModeration comments per decision.
      const answer = { updated: [] as string[], notFound: [] as string[], editRejected: [] as string[] };
      for (let start = 0; start < decided.length; start += LIMITS.bulkModeration) {
        const part = await decide({ items: decided.slice(start, start + LIMITS.bulkModeration), status: decision });
        answer.updated.push(...part.updated);
        answer.notFound.push(...part.notFound);
        answer.editRejected.push(...part.editRejected);
      }
      const changed = new Set(answer.updated);
      setItems((current) => current?.filter((item) => !changed.has(item.id)) ?? null);
      setSelected((current) => new Set([...current].filter((itemId) => !changed.has(itemId))));
      const missing = answer.notFound.length
        ? ` ${translate({ id: 'moderation.result.notFound', message: 'No longer found: {count}.' }, { count: String(answer.notFound.length) })}`
        : '';
      // Otherwise an editor who rejected an edit would believe the published comment went with it.
      const editsOnly = answer.editRejected.length
        ? ` ${translate(
            {
              id: 'moderation.result.editRejected',
              message:
                'Of these, {count} were edits of published comments: the edit is rejected and the published text stays. To take such a comment down, show the comments that are “Published” and reject it there.',
            },
            { count: String(answer.editRejected.length) },
          )}`
        : '';
      void refreshCount();
      setResult((previous) => ({
        text: resultMessage(decision, answer.updated.length) + missing + editsOnly,
        count: (previous?.count ?? 0) + 1,
      }));
    } catch (caught) {
      if (caught instanceof ApiError && caught.status === 409) {
        // An author edited, or another editor decided, after this list was loaded: what the editor
        // read is not what they would decide on. Show what the comments say now, and say why.
        await load();
        void refreshCount();
        setError(
          translate({
            id: 'moderation.error.changed',
            message:
              'A comment changed after you read it (its author edited it, or another editor decided on it), so your decision was not applied to it. The list now shows the comments as they are: read them again, then decide.',
          }),
        );
      } else fail(caught);
    } finally {
      setBusy(false);
    }
  }

  const count = items?.length ?? 0;
  const allSelected = count > 0 && selected.size === count;
  const toggle = (itemId: string, on: boolean) =>
    setSelected((current) => {
      const next = new Set(current);
      if (on) next.add(itemId);
      else next.delete(itemId);
      return next;
    });

  return (
    <section aria-labelledby={`${id}-title`}>
      <p className={styles.awaiting} aria-live="polite">
        {awaiting === null
          ? ''
          : translate(
              { id: 'moderation.awaiting', message: 'Waiting for an editor: {count}' },
              { count: String(awaiting) },
            )}
      </p>
      <div className={styles.toolbar}>
        <label htmlFor={`${id}-status`}>
          {translate({ id: 'moderation.filter', message: 'Show comments that are' })}
        </label>
        <select id={`${id}-status`} value={status} onChange={(e) => setStatus(e.target.value as ModerationStatus)}>
          {MODERATION_STATUSES.map((value) => (
            <option key={value} value={value}>
              {statusLabel(value)}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="button button--secondary button--sm"
          onClick={() => {
            void load();
            void refreshCount();
          }}>
          {translate({ id: 'moderation.refresh', message: 'Refresh' })}
        </button>
      </div>
      <h2 id={`${id}-title`}>
        {statusLabel(status)} ({items ? count : '…'})
      </h2>
      <p ref={statusRef} className={styles.status} role="status" tabIndex={-1}>
        {result?.text}
      </p>
      {error && (
        <p className={styles.error} role="alert">
          {error}
        </p>
      )}
      {items === null && !error && <p>{translate({ id: 'moderation.loading', message: 'Loading…' })}</p>}
      {items && count === 0 && <p>{translate({ id: 'moderation.empty', message: 'Nothing to show here.' })}</p>}
      {items && count > 0 && (
        <>
          <div className={styles.bulk}>
            <label>
              <input
                type="checkbox"
                checked={allSelected}
                onChange={(e) => setSelected(e.target.checked ? new Set(items.map((item) => item.id)) : new Set())}
              />{' '}
              {translate({ id: 'moderation.selectAll', message: 'Select all ({count})' }, { count: String(count) })}
            </label>
            {(Object.keys(DECISION_LABELS) as Decision[])
              .filter((decision) => decision !== status)
              .map((decision) => (
                <button
                  key={decision}
                  type="button"
                  className="button button--secondary button--sm"
                  aria-disabled={selected.size === 0 || busy}
                  onClick={() => void apply(decision, [...selected])}>
                  {translate(
                    { id: 'moderation.bulk', message: '{action} selected ({count})' },
                    { action: DECISION_LABELS[decision](), count: String(selected.size) },
                  )}
                </button>
              ))}
          </div>
          <DispositionPanel
            ids={[...selected]}
            items={items}
            onUnauthorised={onUnauthorised}
            signedInAs={signedInAs}
            onRecorded={(text) => {
              void load();
              setResult((previous) => ({ text, count: (previous?.count ?? 0) + 1 }));
            }}
          />
          <ol className={styles.list}>
            {items.map((item) => (
              <ModerationItem
                key={item.id}
                annotation={item}
                selected={selected.has(item.id)}
                busy={busy}
                onSelect={(on) => toggle(item.id, on)}
                onDecide={(decision) => void apply(decision, [item.id])}
              />
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
