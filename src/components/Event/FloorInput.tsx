/**
 * Input from the floor, on an attendee's phone: choose a focus area (preselected by the QR code's
 * `?focus=`), type a line or two, send. No account; an editor approves input before it reaches
 * the projector, as with comments.
 */
import React, { useEffect, useId, useState, type FormEvent, type ReactNode } from 'react';
import Translate, { translate } from '@docusaurus/Translate';
import '@site/src/client/codeTranslations/event';
import { FLOOR_LIMITS, FOCUS_LETTERS, type FocusLetter } from '@site/src/shared/event';
import { ApiError } from '@site/src/client/comments/api';
import { errorMessages, type ShownText } from '@site/src/components/Comments/errorMessage';
import { ShownMessages } from '@site/src/components/Comments/ShownMessage';
import { fetchEventState, sendFloorInput } from './api';
import { focusLabel } from './labels';
import styles from './styles.module.css';

type Outcome = { kind: 'sent'; status: string } | { kind: 'error'; message: ShownText[] } | undefined;

function focusFromQuery(): FocusLetter | undefined {
  const value = new URLSearchParams(window.location.search).get('focus');
  return FOCUS_LETTERS.find((letter) => letter === value);
}

export default function FloorInput(): ReactNode {
  const [focus, setFocus] = useState<FocusLetter | undefined>();
  const [text, setText] = useState('');
  const [name, setName] = useState('');
  const [sending, setSending] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>();
  const [focusError, setFocusError] = useState(false);
  const textId = useId();
  const nameId = useId();
  const countId = useId();

  useEffect(() => {
    setFocus(focusFromQuery());
    // The first API call hands this phone its device token (room-sized rate limits).
    void fetchEventState();
  }, []);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (!focus) {
      setFocusError(true);
      document.querySelector<HTMLInputElement>('input[name="focus"]')?.focus();
      return;
    }
    if (sending) return;
    if (text.trim() === '') {
      document.getElementById(textId)?.focus();
      return;
    }
    setSending(true);
    setOutcome(undefined);
    const sent = text;
    try {
      const result = await sendFloorInput({ focus, text: sent, name: name.trim() || undefined });
      setOutcome({ kind: 'sent', status: result.status });
      // Only what was sent is cleared: words typed while it was on its way (slow venue Wi-Fi) stay.
      setText((current) => (current === sent ? '' : current));
    } catch (error) {
      const message =
        error instanceof ApiError && error.kind !== 'network'
          ? errorMessages(error)
          : [
              {
                text: translate({
                  id: 'event.input.offline',
                  message: 'Could not reach the site. Check your connection and send again; your text is kept.',
                }),
              },
            ];
      setOutcome({ kind: 'error', message });
    } finally {
      setSending(false);
    }
  }

  return (
    <form className={styles.form} onSubmit={onSubmit} noValidate>
      <fieldset aria-describedby={focusError ? 'focus-error' : undefined}>
        <legend>
          <Translate id="event.input.focusLegend">Which focus area is your input about?</Translate>
        </legend>
        {focusError && (
          <p id="focus-error" className={styles.error}>
            <Translate id="event.input.focusMissing">Choose a focus area.</Translate>
          </p>
        )}
        {FOCUS_LETTERS.map((letter) => (
          <label key={letter} className={styles.choice}>
            <input
              type="radio"
              name="focus"
              value={letter}
              checked={focus === letter}
              onChange={() => {
                setFocus(letter);
                setFocusError(false);
              }}
            />
            <span>{focusLabel(letter)}</span>
          </label>
        ))}
      </fieldset>
      <div className={styles.field}>
        <label htmlFor={textId}>
          <Translate id="event.input.text">Your input</Translate>
        </label>
        <textarea
          id={textId}
          value={text}
          required
          rows={4}
          maxLength={FLOOR_LIMITS.text}
          aria-describedby={countId}
          onChange={(event) => setText(event.target.value)}
        />
        <span id={countId} className={styles.hint}>
          <Translate id="event.input.count" values={{ used: text.length, max: FLOOR_LIMITS.text }}>
            {'{used} of {max} characters'}
          </Translate>
        </span>
      </div>
      <div className={styles.field}>
        <label htmlFor={nameId}>
          <Translate id="event.input.name">Your name or organisation (optional, shown on the screen)</Translate>
        </label>
        <input
          id={nameId}
          type="text"
          value={name}
          maxLength={FLOOR_LIMITS.name}
          autoComplete="organization"
          onChange={(event) => setName(event.target.value)}
        />
      </div>
      {/* aria-disabled, not disabled: a disabled button drops the keyboard focus to the page's body,
          as it did the moment a sent input was cleared. */}
      <button type="submit" className="button button--primary button--lg" aria-disabled={sending || text.trim() === ''}>
        {sending
          ? translate({ id: 'event.input.sending', message: 'Sending…' })
          : translate({ id: 'event.input.send', message: 'Send' })}
      </button>
      <div role="status" aria-live="polite" className={styles.outcome}>
        {outcome?.kind === 'sent' &&
          (outcome.status === 'approved'
            ? translate({ id: 'event.input.shown', message: 'Thank you: your input is on the screen.' })
            : translate({
                id: 'event.input.pending',
                message: 'Thank you: your input will appear on the screen once an editor has approved it.',
              }))}
      </div>
      {outcome?.kind === 'error' && (
        <p role="alert" className={styles.error}>
          <ShownMessages shown={outcome.message} />
        </p>
      )}
    </form>
  );
}
