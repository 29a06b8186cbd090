/**
 * A labelled form control with its required marker, hint and error message, wired for assistive
 * technology: the hint and the error are in the control's aria-describedby, and aria-invalid is
 * set while the error shows. A field with a size limit shows its character count near the limit
 * (CharacterCount.tsx), also in its description.
 */
import React, { type ReactNode } from 'react';
import { translate } from '@docusaurus/Translate';
import '@site/src/client/codeTranslations/comments';
import type { ShownText } from './errorMessage';
import CharacterCount, { showsCount } from './CharacterCount';
import ShownMessage from './ShownMessage';
import styles from './styles.module.css';

/** The props a Field hands to its control (id and ARIA wiring). */
export interface ControlProps {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: true;
  required?: boolean;
}

interface Props {
  id: string;
  label: string;
  required?: boolean;
  hint?: string;
  error?: ShownText;
  /** The text's length and the service's limit, for a limited text field. */
  count?: { length: number; limit: number };
  children: (control: ControlProps) => ReactNode;
}

/** The visible "(required)" marker next to a label. */
export function RequiredMarker(): ReactNode {
  return <span className={styles.required}>{translate({ id: 'comments.form.required', message: '(required)' })}</span>;
}

/** A labelled control with hint and error. */
export default function Field({ id, label, required, hint, error, count, children }: Props): ReactNode {
  const counted = count && showsCount(count.length, count.limit);
  const describedBy = [hint && `${id}-hint`, counted && `${id}-count`, error && `${id}-error`]
    .filter(Boolean)
    .join(' ');
  return (
    <div className={styles.field}>
      <label htmlFor={id}>
        {label} {required && <RequiredMarker />}
      </label>
      {hint && (
        <p id={`${id}-hint`} className={styles.hint}>
          {hint}
        </p>
      )}
      {children({
        id,
        ...(describedBy ? { 'aria-describedby': describedBy } : {}),
        ...(error ? { 'aria-invalid': true as const } : {}),
        ...(required ? { required: true } : {}),
      })}
      {count && <CharacterCount id={`${id}-count`} length={count.length} limit={count.limit} />}
      {error && (
        <p id={`${id}-error`} className={styles.fieldError}>
          <ShownMessage shown={error} />
        </p>
      )}
    </div>
  );
}
