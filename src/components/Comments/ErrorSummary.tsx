/**
 * The form's error summary: a focusable alert (so it is announced and keyboard users land on it)
 * with one link per field error, which moves focus to that field.
 */
import React, { type ReactNode, type RefObject } from 'react';
import { translate } from '@docusaurus/Translate';
import '@site/src/client/codeTranslations/comments';
import type { ShownText } from './errorMessage';
import ShownMessage, { ShownMessages } from './ShownMessage';
import styles from './styles.module.css';

interface Props {
  summaryRef: RefObject<HTMLDivElement | null>;
  /** A message about the whole form (e.g. a rate limit), shown instead of the generic lead. */
  formError: readonly ShownText[] | null;
  /** Field errors in form order: [control id, message]. */
  errors: [string, ShownText][];
  /** What the reader can do about the form error, when it is more than correcting a field (reload the page). */
  action?: ReactNode;
}

/** The error summary at the top of a comment form. */
export default function ErrorSummary({ summaryRef, formError, errors, action }: Props): ReactNode {
  return (
    <div ref={summaryRef} className={styles.errorSummary} role="alert" tabIndex={-1}>
      <p>
        {formError ? (
          <ShownMessages shown={formError} />
        ) : (
          translate({ id: 'comments.form.fixErrors', message: 'Please correct the following:' })
        )}
      </p>
      {action}
      {errors.length > 0 && (
        <ul>
          {errors.map(([controlId, message]) => (
            <li key={controlId}>
              <a
                href={`#${controlId}`}
                onClick={(event) => {
                  event.preventDefault();
                  document.getElementById(controlId)?.focus();
                }}>
                <ShownMessage shown={message} />
              </a>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
