/**
 * Edit and delete on the reader's own comment. Editing starts from the Markdown the reader wrote
 * (kept in this browser); if this browser does not have it, from the comment's visible text.
 */
import React, { type FormEvent, type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { translate } from '@docusaurus/Translate';
import '@site/src/client/codeTranslations/comments';
import { LIMITS } from '@site/src/shared/annotationFields';
import type { PublicAnnotation } from '@site/src/shared/annotations';
import { ApiError } from '@site/src/client/comments/api';
import { announce } from '@site/src/client/announce';
import { removeOwnAnnotation, updateOwnAnnotation } from '@site/src/client/comments/commentStore';
import { deleteOwnComment, editOwnComment } from '@site/src/client/comments/ownActions';
import { ownComment } from '@site/src/client/comments/ownComments';
import { errorMessages, type ShownText } from './errorMessage';
import { ShownMessages } from './ShownMessage';
import styles from './styles.module.css';

interface Props {
  annotation: PublicAnnotation;
  editing: boolean;
  onEdit?: () => void;
  onDone?: () => void;
  /** The buttons replace the edit form just closed: the Edit button takes the focus. */
  returnFocus?: boolean;
}

function visibleText(html: string): string {
  return new DOMParser().parseFromString(html, 'text/html').body.textContent?.trim() ?? '';
}

/** Edit / delete buttons, or the edit form, for one of the reader's own comments. */
export default function OwnCommentActions({ annotation, editing, onEdit, onDone, returnFocus }: Props): ReactNode {
  const id = useId();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ShownText[] | null>(null);
  const source = ownComment(annotation.id);
  const [body, setBody] = useState(() => source?.body ?? visibleText(annotation.bodyHtml));
  const [proposed, setProposed] = useState(() => source?.proposedWording ?? annotation.proposedWording ?? '');

  // Saved or cancelled, the edit form goes with the focus in it: focus returns to the Edit button.
  const editButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (returnFocus) editButton.current?.focus();
  }, [returnFocus]);
  const fail = (caught: unknown) =>
    setError(caught instanceof ApiError ? errorMessages(caught) : [{ text: String(caught) }]);

  async function save(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    if (!body.trim()) {
      setError([{ text: translate({ id: 'comments.error.bodyRequired', message: 'Write your comment.' }) }]);
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const updated = await editOwnComment(annotation.id, { body: body.trim(), proposedWording: proposed.trim() });
      updateOwnAnnotation(updated);
      announce(translate({ id: 'comments.edit.saved', message: 'Your changes were saved.' }));
      onDone?.();
    } catch (caught) {
      fail(caught);
    } finally {
      setBusy(false);
    }
  }

  async function remove() {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      await deleteOwnComment(annotation.id);
      removeOwnAnnotation(annotation.id);
      announce(translate({ id: 'comments.delete.done', message: 'Your comment was deleted.' }));
    } catch (caught) {
      if (caught instanceof ApiError && caught.kind === 'not-found') removeOwnAnnotation(annotation.id);
      else fail(caught);
    } finally {
      setBusy(false);
    }
  }

  const errorLine = error && (
    <p className={styles.fieldError} role="alert">
      <ShownMessages shown={error} />
    </p>
  );

  if (editing) {
    return (
      <form className={styles.editForm} onSubmit={(event) => void save(event)} noValidate aria-busy={busy}>
        <label htmlFor={`${id}-body`}>{translate({ id: 'comments.field.body', message: 'Your comment' })}</label>
        <textarea
          id={`${id}-body`}
          value={body}
          maxLength={LIMITS.body}
          rows={5}
          // What is typed while the change is saved would be lost with the form: it waits.
          readOnly={busy}
          onChange={(e) => setBody(e.target.value)}
          required
        />
        <label htmlFor={`${id}-proposed`}>
          {translate({ id: 'comments.field.proposedWording', message: 'Proposed wording' })}
        </label>
        <textarea
          id={`${id}-proposed`}
          value={proposed}
          maxLength={LIMITS.proposedWording}
          rows={3}
          readOnly={busy}
          onChange={(e) => setProposed(e.target.value)}
        />
        {errorLine}
        <div className={styles.actions}>
          <button type="submit" className="button button--primary button--sm" aria-disabled={busy}>
            {translate({ id: 'comments.edit.save', message: 'Save changes' })}
          </button>
          <button type="button" className="button button--secondary button--sm" onClick={onDone}>
            {translate({ id: 'comments.edit.cancel', message: 'Cancel' })}
          </button>
        </div>
      </form>
    );
  }

  return (
    <div className={styles.actions}>
      {confirming ? (
        <>
          <span>{translate({ id: 'comments.delete.confirm', message: 'Delete this comment?' })}</span>
          <button
            type="button"
            className="button button--danger button--sm"
            aria-disabled={busy}
            onClick={() => void remove()}>
            {translate({ id: 'comments.delete.yes', message: 'Yes, delete' })}
          </button>
          <button type="button" className="button button--secondary button--sm" onClick={() => setConfirming(false)}>
            {translate({ id: 'comments.delete.no', message: 'Keep it' })}
          </button>
        </>
      ) : (
        <>
          <button ref={editButton} type="button" className="button button--secondary button--sm" onClick={onEdit}>
            {translate({ id: 'comments.edit.button', message: 'Edit' })}
          </button>
          <button type="button" className="button button--secondary button--sm" onClick={() => setConfirming(true)}>
            {translate({ id: 'comments.delete.button', message: 'Delete' })}
          </button>
        </>
      )}
      {errorLine}
    </div>
  );
}
