/**
 * Consultation rounds on /moderate: the rounds with their state, a button to close an open one
 * now, and a form to open a round on the whole Framework, a page, or a section of a page.
 */
import React, { type FormEvent, type ReactNode, useCallback, useEffect, useId, useRef, useState } from 'react';
import { translate } from '@docusaurus/Translate';
import '@site/src/client/codeTranslations/moderation';
import { request } from '@site/src/client/comments/api';
import type { Round, RoundsResponse } from '@site/src/shared/feedback';
import { FEEDBACK_LIMITS } from '@site/src/shared/feedbackFields';
import { formatDate } from '../Comments/labels';
import { roundStateLabel } from '../Feedback/labels';
import styles from '../Feedback/styles.module.css';
import { thrownMessage } from '@site/src/shared/thrownMessage';

export default function RoundsPanel(): ReactNode {
  const id = useId();
  const [rounds, setRounds] = useState<Round[] | null>(null);
  const [name, setName] = useState('');
  const [page, setPage] = useState('');
  const [section, setSection] = useState('');
  const [closesAt, setClosesAt] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  // Where the focus goes when the button that had it goes away ("Close now" on a round now closed).
  const status = useRef<HTMLParagraphElement>(null);

  const load = useCallback(async () => {
    setRounds((await request<RoundsResponse>('/api/rounds')).rounds);
  }, []);
  useEffect(() => {
    load().catch((caught: unknown) => setError(String(caught instanceof Error ? caught.message : caught)));
  }, [load]);

  // One change at a time: a double click on "Open round" would open two rounds, and on "Close
  // now" would report the second request's refusal after the first had closed it.
  const busy = useRef(false);
  async function run(work: () => Promise<unknown>, done: string, then?: () => void) {
    if (busy.current) return;
    busy.current = true;
    setError(null);
    try {
      await work();
      setMessage(done);
      then?.();
      await load();
    } catch (caught) {
      setError(thrownMessage(caught));
    } finally {
      busy.current = false;
    }
  }

  function open(event: FormEvent) {
    event.preventDefault();
    const json = {
      name,
      ...(page ? { page } : {}),
      ...(section ? { section } : {}),
      ...(closesAt ? { closesAt: new Date(closesAt).toISOString() } : {}),
    };
    void run(
      () => request('/api/moderation/rounds', { method: 'POST', json }),
      translate({ id: 'moderation.rounds.opened', message: 'Round “{name}” opened.' }, { name }),
      // Opened: the form is ready for the next round (a field edited meanwhile keeps its new value).
      () => {
        const clearIfSent = (sent: string) => (current: string) => (current === sent ? '' : current);
        setName(clearIfSent(name));
        setPage(clearIfSent(page));
        setSection(clearIfSent(section));
        setClosesAt(clearIfSent(closesAt));
      },
    );
  }

  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{translate({ id: 'moderation.rounds.title', message: 'Consultation rounds' })}</h2>
      <p role="status" ref={status} tabIndex={-1}>
        {message}
      </p>
      {error && (
        <p className={styles.error} role="alert">
          {error}
        </p>
      )}
      {rounds && rounds.length === 0 && (
        <p>{translate({ id: 'moderation.rounds.none', message: 'No rounds yet: commenting is open everywhere.' })}</p>
      )}
      {rounds && rounds.length > 0 && (
        <ul>
          {rounds.map((round) => (
            <li key={round.id}>
              <strong>{round.name}</strong> ({roundStateLabel(round.state)}):{' '}
              {round.page ?? translate({ id: 'moderation.rounds.everywhere', message: 'the whole Framework' })}
              {round.section ? ` › ${round.section}` : ''}, {formatDate(round.opensAt)}
              {round.closesAt ? ` – ${formatDate(round.closesAt)}` : ''}{' '}
              {round.state === 'open' && (
                <button
                  type="button"
                  className="button button--secondary button--sm"
                  onClick={() =>
                    void run(
                      () =>
                        request(`/api/moderation/rounds/${round.id}`, {
                          method: 'PATCH',
                          json: { close: true },
                        }),
                      translate(
                        { id: 'moderation.rounds.closed', message: 'Round “{name}” closed.' },
                        { name: round.name },
                      ),
                      // The button goes with the open round: the editor goes on from the message.
                      () => status.current?.focus(),
                    )
                  }>
                  {translate({ id: 'moderation.rounds.close', message: 'Close now: {name}' }, { name: round.name })}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <form className={styles.form} onSubmit={open}>
        <h3>{translate({ id: 'moderation.rounds.new', message: 'Open a round' })}</h3>
        <label>
          {translate({ id: 'moderation.rounds.name', message: 'Name (e.g. “Global consultation on the draft”)' })}
          <input
            value={name}
            required
            maxLength={FEEDBACK_LIMITS.roundName}
            onChange={(e) => setName(e.target.value)}
          />
        </label>
        <label>
          {translate({ id: 'moderation.rounds.page', message: 'Page path (empty: the whole Framework)' })}
          <input value={page} pattern="/[A-Za-z0-9/._~\-]*" onChange={(e) => setPage(e.target.value)} />
        </label>
        <label>
          {translate({ id: 'moderation.rounds.section', message: 'Section heading (empty: the whole page)' })}
          <input value={section} maxLength={FEEDBACK_LIMITS.section} onChange={(e) => setSection(e.target.value)} />
        </label>
        <label>
          {translate({ id: 'moderation.rounds.closes', message: 'Closes at (optional)' })}
          <input type="datetime-local" value={closesAt} onChange={(e) => setClosesAt(e.target.value)} />
        </label>
        <div>
          <button type="submit" className="button button--primary">
            {translate({ id: 'moderation.rounds.open', message: 'Open round' })}
          </button>
        </div>
      </form>
    </section>
  );
}
