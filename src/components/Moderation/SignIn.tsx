/** Moderator sign-in: the token goes to sessionStorage only (see moderationApi.ts). */
import React, { type FormEvent, type ReactNode, useId, useState } from 'react';
import { translate } from '@docusaurus/Translate';
import styles from './styles.module.css';

export default function SignIn({
  onSignIn,
  message,
}: {
  onSignIn: (token: string) => void;
  message: string | null;
}): ReactNode {
  const id = useId();
  const [token, setToken] = useState('');
  const [error, setError] = useState<string | null>(null);
  function submit(event: FormEvent) {
    event.preventDefault();
    if (!token.trim()) {
      setError(translate({ id: 'moderation.signIn.required', message: 'Enter the moderator token.' }));
      return;
    }
    onSignIn(token.trim());
  }
  const describedBy = [`${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ');
  return (
    <form className={styles.signIn} onSubmit={submit} noValidate>
      <h2>{translate({ id: 'moderation.signIn.title', message: 'Sign in' })}</h2>
      {message && (
        <p className={styles.error} role="alert">
          {message}
        </p>
      )}
      <label htmlFor={`${id}-token`}>{translate({ id: 'moderation.signIn.label', message: 'Moderator token' })}</label>
      <p id={`${id}-hint`} className={styles.hint}>
        {translate({
          id: 'moderation.signIn.hint',
          message: 'The MODERATOR_TOKEN of the comment service. It is kept in this tab only and never put in a link.',
        })}
      </p>
      <input
        id={`${id}-token`}
        type="password"
        autoComplete="current-password"
        value={token}
        aria-describedby={describedBy}
        aria-invalid={error ? true : undefined}
        onChange={(e) => setToken(e.target.value)}
      />
      {error && (
        <p id={`${id}-error`} className={styles.error}>
          {error}
        </p>
      )}
      <button type="submit" className="button button--primary">
        {translate({ id: 'moderation.signIn.submit', message: 'Sign in' })}
      </button>
    </form>
  );
}
