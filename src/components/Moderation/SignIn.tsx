/**
 * Moderator sign-in: the moderator token and the name recorded on this moderator's decisions.
 * The token is sent once; the service keeps the session in an HTTP-only cookie (moderationApi.ts).
 */
import React, { type FormEvent, type ReactNode, useId, useState } from 'react';
import { translate } from '@docusaurus/Translate';
import '@site/src/client/codeTranslations/moderation';
import { LIMITS } from '@site/src/shared/annotationFields';
import styles from './styles.module.css';

export default function SignIn({
  onSignIn,
  message,
  busy,
}: {
  onSignIn: (token: string, name: string) => void;
  message: string | null;
  busy: boolean;
}): ReactNode {
  const id = useId();
  const [token, setToken] = useState('');
  const [name, setName] = useState('');
  const [errors, setErrors] = useState<{ token?: string; name?: string }>({});
  function submit(event: FormEvent) {
    event.preventDefault();
    const next = {
      ...(name.trim()
        ? {}
        : { name: translate({ id: 'moderation.signIn.nameRequired', message: 'Enter your name.' }) }),
      ...(token.trim()
        ? {}
        : { token: translate({ id: 'moderation.signIn.required', message: 'Enter the moderator token.' }) }),
    };
    setErrors(next);
    if (next.name || next.token) return;
    onSignIn(token.trim(), name.trim());
  }
  const describedBy = (field: 'name' | 'token') =>
    [`${id}-${field}-hint`, errors[field] && `${id}-${field}-error`].filter(Boolean).join(' ');
  return (
    <form className={styles.signIn} onSubmit={submit} noValidate>
      <h2>{translate({ id: 'moderation.signIn.title', message: 'Sign in' })}</h2>
      {message && (
        <p className={styles.error} role="alert">
          {message}
        </p>
      )}
      <label htmlFor={`${id}-name`}>{translate({ id: 'moderation.signIn.name', message: 'Your name' })}</label>
      <p id={`${id}-name-hint`} className={styles.hint}>
        {translate({
          id: 'moderation.signIn.nameHint',
          message: 'Recorded with your moderation decisions, so other editors know who decided.',
        })}
      </p>
      <input
        id={`${id}-name`}
        type="text"
        autoComplete="name"
        maxLength={LIMITS.moderatorName}
        value={name}
        aria-describedby={describedBy('name')}
        aria-invalid={errors.name ? true : undefined}
        onChange={(e) => setName(e.target.value)}
      />
      {errors.name && (
        <p id={`${id}-name-error`} className={styles.error}>
          {errors.name}
        </p>
      )}
      <label htmlFor={`${id}-token`}>{translate({ id: 'moderation.signIn.label', message: 'Moderator token' })}</label>
      <p id={`${id}-token-hint`} className={styles.hint}>
        {translate({
          id: 'moderation.signIn.hint',
          message:
            'The MODERATOR_TOKEN of the comment service. You stay signed in, in every tab, until you sign out or close the browser.',
        })}
      </p>
      <input
        id={`${id}-token`}
        type="password"
        autoComplete="current-password"
        value={token}
        aria-describedby={describedBy('token')}
        aria-invalid={errors.token ? true : undefined}
        onChange={(e) => setToken(e.target.value)}
      />
      {errors.token && (
        <p id={`${id}-token-error`} className={styles.error}>
          {errors.token}
        </p>
      )}
      <button type="submit" className="button button--primary" aria-disabled={busy}>
        {translate({ id: 'moderation.signIn.submit', message: 'Sign in' })}
      </button>
    </form>
  );
}
