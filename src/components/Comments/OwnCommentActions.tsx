/**
 * Edit and delete on the reader's own comment. Editing starts from the Markdown the reader wrote
 * (kept in this browser); if this browser does not have it, from the comment's visible text. As in
 * the comment form, a text over the service's limit is let in, counted and refused, never cut.
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
import { storedLength } from '@site/src/client/comments/commentDraft';
import CharacterCount, { showsCount } from './CharacterCount';
import { errorMessages, tooLongMessage, type ShownText } from './errorMessage';
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
    const limited: [string, number][] = [
      [body, LIMITS.body],
      [proposed, LIMITS.proposedWording],
    ];
    const tooLong = limited.filter(([text, limit]) => storedLength(text) > limit);
    if (tooLong.length) {
      setError(tooLong.map(([, limit]) => ({ text: tooLongMessage(limit) })));
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
          aria-describedby={showsCount(storedLength(body), LIMITS.body) ? `${id}-body-count` : undefined}
          rows={5}
          // What is typed while the change is saved would be lost with the form: it waits.
          readOnly={busy}
          onChange={(e) => setBody(e.target.value)}
          required
        />
        <CharacterCount id={`${id}-body-count`} length={storedLength(body)} limit={LIMITS.body} />
        <label htmlFor={`${id}-proposed`}>
          {translate({ id: 'comments.field.proposedWording', message: 'Proposed wording' })}
        </label>
        <textarea
          id={`${id}-proposed`}
          value={proposed}
          aria-describedby={
            showsCount(storedLength(proposed), LIMITS.proposedWording) ? `${id}-proposed-count` : undefined
          }
          rows={3}
          readOnly={busy}
          onChange={(e) => setProposed(e.target.value)}
        />
        <CharacterCount id={`${id}-proposed-count`} length={storedLength(proposed)} limit={LIMITS.proposedWording} />
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
          {/* The editors' refusal stands: the service refuses edits of a rejected or spam comment
              (409 commentRefused), so no button offers one. Deleting stays the author's right. */}
          {annotation.status !== 'rejected' && annotation.status !== 'spam' && (
            <button ref={editButton} type="button" className="button button--secondary button--sm" onClick={onEdit}>
              {translate({ id: 'comments.edit.button', message: 'Edit' })}
            </button>
          )}
          <button type="button" className="button button--secondary button--sm" onClick={() => setConfirming(true)}>
            {translate({ id: 'comments.delete.button', message: 'Delete' })}
          </button>
        </>
      )}
      {errorLine}
    </div>
  );
}
