/**
 * The new-comment and reply form, with labels, required markers, hints and the service's size
 * limits (no `maxlength`: a longer text is let in, counted near and over the limit, and refused
 * with its field's error; nothing typed or pasted is cut). A new comment asks for the text, who is writing (remembered on this device after the
 * first comment, with a visible "forget my details" control) and the kind of comment; the side
 * event's focus areas are optional. A reply asks only for its text (and a name, the first time):
 * it inherits the thread's fields. What the reader types is saved as a draft after every change,
 * so an error, a rate limit or closing the panel loses nothing. Errors (ours and the service's
 * per-field ones) appear next to their fields and in a summary that takes focus.
 *
 * A comment the service does not answer is kept in the outbox (outbox.ts) with the idempotency key
 * the form sent it with, so the outbox's send cannot store it a second time. The form says why it
 * was kept (the device is offline, or the service cannot be reached) and, once the outbox has sent
 * it, says what an online send says instead; meanwhile the panel lists it as waiting to be sent.
 */
import React, { type FormEvent, type ReactNode, useEffect, useId, useRef, useState, useSyncExternalStore } from 'react';
import { translate } from '@docusaurus/Translate';
import '@site/src/client/codeTranslations/comments';
import { LIMITS } from '@site/src/shared/annotationFields';
import type {
  CreateAnnotationBody,
  CreatedAnnotationResponse,
  PublicAnnotation,
  Target,
} from '@site/src/shared/annotations';
import { ApiError, request } from '@site/src/client/comments/api';
import { announce } from '@site/src/client/announce';
import { addOwnAnnotation } from '@site/src/client/comments/commentStore';
import {
  enqueueComment,
  IDEMPOTENCY_HEADER,
  queuedComments,
  sentFromOutbox,
  subscribeOutbox,
  type OutboxItem,
} from '@site/src/client/comments/outbox';
import {
  carryDraft,
  clearDraft,
  forgetProfile,
  hasProfile,
  loadDraft,
  missingFields,
  rememberProfile,
  saveDraft,
  storedLength,
  takeCarriedDraft,
  TEXT_LIMITS,
  toCreateBody,
  tooLongFields,
  type CommentDraft,
  type DraftField,
} from '@site/src/client/comments/commentDraft';
import ErrorSummary from './ErrorSummary';
import Field, { RequiredMarker } from './Field';
import {
  asksForReload,
  errorMessages,
  fieldMessage,
  requiredMessage,
  tooLongMessage,
  type ShownText,
} from './errorMessage';
import ShownMessage from './ShownMessage';
import {
  commentTypeKeys,
  commentTypeLabel,
  focusKeys,
  focusLabel,
  stakeholderKeys,
  stakeholderLabel,
  visibilityKeys,
} from './labels';
import styles from './styles.module.css';
import { localeOfHtmlLang } from '@site/src/shared/locales';

interface Props {
  target: Target;
  /** Set for a reply. */
  parent?: PublicAnnotation;
  /** Where the draft is kept (page + paragraph + passage or parent). */
  draftKey: string;
  submitLabel: string;
  /** Called with the confirmation message once the comment is stored (a reply form is then closed). */
  onSent?: (message: string) => void;
  /** Called once the comment is stored or kept for later: the panel's next comment is about the whole paragraph. */
  onStored?: () => void;
}

type Errors = Partial<Record<DraftField, ShownText>>;

/** The fields in the order the form shows them: the error summary lists its errors in this order. */
const FIELD_ORDER: DraftField[] = [
  'body',
  'proposedWording',
  'authorName',
  'stakeholder',
  'organisation',
  'country',
  'commentType',
  'focus',
  'visibility',
];

/** Puts a comment in the offline outbox under `key`; false if this browser cannot store it (then the form keeps it). */
function keepForLater(body: CreateAnnotationBody, key: string): boolean {
  try {
    enqueueComment(body, new Date(), key);
    return true;
  } catch {
    return false;
  }
}

/** What the form says once the service has stored a comment, by its status. */
function sentMessage(status: CreatedAnnotationResponse['status']): string {
  return status === 'approved'
    ? translate({ id: 'comments.sent.published', message: 'Thank you. Your comment is published.' })
    : translate({
        id: 'comments.sent.pending',
        message:
          'Thank you. Your comment is awaiting moderation: it is listed above with that label, and others will see it once an editor approves it.',
      });
}

/** Why a comment was kept for later: the device is offline, or it is online and the service did not answer. */
function keptMessage(): string {
  return navigator.onLine === false
    ? translate({
        id: 'comments.sent.offline',
        message: 'You are offline. Your comment is saved in this browser and will be sent when the connection returns.',
      })
    : translate({
        id: 'comments.sent.unreachable',
        message:
          'The comment service cannot be reached at the moment. Your comment is saved in this browser and will be sent as soon as the service answers.',
      });
}

const NOTHING_QUEUED: OutboxItem[] = [];

/** A new-comment form, or a reply form when `parent` is set. */
export default function CommentForm({ target, parent, draftKey, submitLabel, onSent, onStored }: Props): ReactNode {
  const id = useId();
  const fieldId = (field: DraftField) => `${id}-${field}`;
  const defaults = parent ? { focus: parent.focus, visibility: parent.visibility } : {};
  const [draft, setDraft] = useState<CommentDraft>(() => {
    // A draft carried over a reload (the paragraph was reworded) goes to the new comment it was written as.
    const carried = parent ? null : takeCarriedDraft(target.page);
    if (carried) saveDraft(draftKey, carried);
    return carried ?? loadDraft(draftKey, defaults);
  });
  const [remembered, setRemembered] = useState(() => hasProfile());
  // A reply by a reader whose details are remembered asks for nothing but the text.
  const [showIdentity, setShowIdentity] = useState(() => !parent || !hasProfile());
  const [focusName, setFocusName] = useState(false);
  const [errors, setErrors] = useState<Errors>({});
  const [formError, setFormError] = useState<ShownText[] | null>(null);
  /** The service's answer asks the reader to reload the page: the summary offers a button that does. */
  const [reloadAsked, setReloadAsked] = useState(false);
  const [sent, setSent] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  /** The idempotency key of the comment this form left in the outbox, until the outbox has sent it. */
  const [queuedKey, setQueuedKey] = useState<string | null>(null);
  const queued = useSyncExternalStore(subscribeOutbox, queuedComments, () => NOTHING_QUEUED);
  const summaryRef = useRef<HTMLDivElement>(null);
  const sentRef = useRef<HTMLParagraphElement>(null);
  const showSummary = Boolean(formError) || Object.keys(errors).length > 0;

  useEffect(() => {
    if (showSummary) summaryRef.current?.focus();
  }, [showSummary, errors, formError]);

  // After sending, the confirmation takes focus, so the reader (and the screen) is not left at the
  // bottom of an emptied form; the new comment is listed above it. Not from a reader still writing
  // (startAfresh kept their draft): it is announced to them instead.
  const focusSent = useRef(true);
  useEffect(() => {
    if (sent && focusSent.current) sentRef.current?.focus();
  }, [sent]);

  // Leaving (reload, closing the tab) while the comment is on its way could store it without this
  // browser learning its edit key, and invite sending it twice: the browser asks first.
  useEffect(() => {
    if (!busy) return undefined;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [busy]);

  // The outbox sent (or the service refused) the comment this form kept: the message says so, and the
  // details the outbox remembered for the next comment show as remembered.
  useEffect(() => {
    if (!queuedKey) return;
    const item = queued.find((other) => other.key === queuedKey);
    if (item && !item.refused) return;
    setQueuedKey(null);
    const created = sentFromOutbox(queuedKey);
    if (created) {
      setRemembered(hasProfile());
      setSent(sentMessage(created.status));
    } else if (item?.refused) {
      setSent(
        translate({
          id: 'comments.outbox.refused',
          message:
            'A comment you wrote offline was not accepted. It is listed, with the reason, under "Comments not sent" at the top of the page.',
        }),
      );
    }
  }, [queued, queuedKey]);

  useEffect(() => {
    if (!focusName) return;
    document.getElementById(fieldId('authorName'))?.focus();
    setFocusName(false);
  }, [focusName]); // eslint-disable-line react-hooks/exhaustive-deps

  // The draft as the reader has it now, read when an answer comes back (after an await); set with
  // every setDraft below.
  const latestDraft = useRef(draft);

  // The target changed under the form (the passage was removed): the draft moves to its new key.
  const draftKeyWas = useRef(draftKey);
  useEffect(() => {
    if (draftKeyWas.current === draftKey) return;
    clearDraft(draftKeyWas.current);
    saveDraft(draftKey, latestDraft.current);
    draftKeyWas.current = draftKey;
  }, [draftKey]);

  /**
   * Once the comment is sent (or kept for later), the form starts afresh, unless the reader went on
   * writing while it was on its way (slow connection): then what they added is kept as the draft,
   * without the text already sent, and focus stays where they are writing.
   */
  function startAfresh(sentDraft: CommentDraft) {
    const now = latestDraft.current;
    focusSent.current = now.body === sentDraft.body && now.proposedWording === sentDraft.proposedWording;
    if (focusSent.current) {
      clearDraft(draftKey);
      const fresh = loadDraft(draftKey, defaults);
      latestDraft.current = fresh;
      setDraft(fresh);
      return;
    }
    const added = (field: 'body' | 'proposedWording') =>
      now[field].startsWith(sentDraft[field]) ? now[field].slice(sentDraft[field].length).trimStart() : now[field];
    const next = { ...now, body: added('body'), proposedWording: added('proposedWording') };
    latestDraft.current = next;
    setDraft(next);
    saveDraft(draftKey, next);
  }

  function change(field: DraftField, value: string) {
    const next = { ...draft, [field]: value } as CommentDraft;
    latestDraft.current = next;
    setDraft(next);
    saveDraft(draftKey, next);
    if (errors[field]) setErrors(({ [field]: _removed, ...rest }) => rest);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setSent(null);
    setReloadAsked(false);
    const missing = missingFields(draft, Boolean(parent));
    const tooLong = tooLongFields(draft, Boolean(parent));
    if (missing.length || tooLong.length) {
      setFormError(null);
      setErrors({
        ...Object.fromEntries(tooLong.map((field) => [field, { text: tooLongMessage(TEXT_LIMITS[field]) }])),
        ...Object.fromEntries(missing.map((field) => [field, { text: requiredMessage(field) }])),
      });
      return;
    }
    setBusy(true);
    setQueuedKey(null);
    const sentDraft = draft;
    const body = toCreateBody(sentDraft, target, parent?.id, localeOfHtmlLang(document.documentElement.lang));
    // The same key goes with the outbox's retries if this attempt gets no answer (it may have arrived).
    const key = crypto.randomUUID();
    try {
      const created = await request<CreatedAnnotationResponse>('/api/annotations', {
        method: 'POST',
        json: body,
        headers: { [IDEMPOTENCY_HEADER]: key },
      });
      addOwnAnnotation(created, { page: body.target.page, body: body.body, proposedWording: body.proposedWording });
      rememberProfile(draft);
      setRemembered(true);
      startAfresh(sentDraft);
      setErrors({});
      setFormError(null);
      const message = sentMessage(created.status);
      announce(message);
      onStored?.();
      if (onSent) onSent(message);
      else setSent(message);
    } catch (caught) {
      const error = caught instanceof ApiError ? caught : new ApiError('server', String(caught));
      if (error.kind === 'network' && keepForLater(body, key)) {
        startAfresh(sentDraft);
        setErrors({});
        setFormError(null);
        setQueuedKey(key);
        const message = keptMessage();
        setSent(message);
        onStored?.();
        announce(message);
        return;
      }
      const known = new Set<string>(FIELD_ORDER);
      setErrors(
        Object.fromEntries(error.fields.filter((f) => known.has(f.field)).map((f) => [f.field, fieldMessage(f)])),
      );
      setFormError(
        errorMessages(
          error,
          error.fields.filter((f) => !known.has(f.field)),
        ),
      );
      setReloadAsked(asksForReload(error));
    } finally {
      setBusy(false);
    }
  }

  const text = (
    field: 'authorName' | 'organisation' | 'country',
    label: string,
    limit: number,
    required = false,
    hint?: string,
  ) => (
    <Field
      id={fieldId(field)}
      label={label}
      required={required}
      hint={hint}
      error={errors[field]}
      count={{ length: storedLength(draft[field]), limit }}>
      {(control) => (
        <input
          {...control}
          type="text"
          value={draft[field]}
          autoComplete={field === 'authorName' ? 'name' : field === 'organisation' ? 'organization' : 'country-name'}
          onChange={(e) => change(field, e.target.value)}
        />
      )}
    </Field>
  );

  const select = <K extends string>(
    field: 'stakeholder' | 'focus' | 'commentType',
    label: string,
    keys: K[],
    labelOf: (key: K) => string,
    required = true,
    hint?: string,
    noneLabel = translate({ id: 'comments.form.none', message: 'None' }),
  ) => (
    <Field id={fieldId(field)} label={label} required={required} hint={hint} error={errors[field]}>
      {(control) => (
        <select {...control} value={draft[field]} onChange={(e) => change(field, e.target.value)}>
          <option value="">
            {required ? translate({ id: 'comments.form.choose', message: 'Choose…' }) : noneLabel}
          </option>
          {keys.map((key) => (
            <option key={key} value={key}>
              {labelOf(key)}
            </option>
          ))}
        </select>
      )}
    </Field>
  );

  /** Reloads the page for its new text, keeping what the reader wrote for the comment they write next. */
  function reloadKeepingDraft() {
    carryDraft(target.page, latestDraft.current);
    window.location.reload();
  }

  function forget() {
    forgetProfile();
    setRemembered(false);
    setShowIdentity(true);
    // The button goes away with the remembered details: focus moves to the (now empty) name field.
    setFocusName(true);
    const next = { ...draft, authorName: '', stakeholder: '', organisation: '', country: '' } as CommentDraft;
    latestDraft.current = next;
    setDraft(next);
    saveDraft(draftKey, next);
    announce(
      translate({ id: 'comments.profile.forgotten', message: 'Your details are no longer remembered on this device.' }),
    );
  }

  const rememberedNote = remembered && (
    <p className={styles.remembered}>
      {translate({
        id: 'comments.profile.remembered',
        message: 'Your details are remembered on this device for your next comments.',
      })}{' '}
      <button type="button" className="fw-link-button" onClick={forget}>
        {translate({ id: 'comments.profile.forget', message: 'Forget my details' })}
      </button>
    </p>
  );

  const identity = (
    <fieldset className={styles.fieldset}>
      <legend>{translate({ id: 'comments.form.aboutYou', message: 'About you' })}</legend>
      {rememberedNote}
      {text(
        'authorName',
        translate({ id: 'comments.field.authorName', message: 'Name shown with your comment' }),
        LIMITS.authorName,
        true,
        translate({ id: 'comments.field.authorName.hint', message: 'Shown publicly. No e-mail address is asked for.' }),
      )}
      {select(
        'stakeholder',
        translate({ id: 'comments.field.stakeholder', message: 'You are commenting as' }),
        stakeholderKeys,
        stakeholderLabel,
        !parent,
      )}
      {text(
        'organisation',
        translate({ id: 'comments.field.organisation', message: 'Organisation (optional)' }),
        LIMITS.organisation,
      )}
      {text('country', translate({ id: 'comments.field.country', message: 'Country (optional)' }), LIMITS.country)}
    </fieldset>
  );

  const ordered = FIELD_ORDER.filter((field) => errors[field]);
  return (
    <form className={styles.form} onSubmit={(event) => void submit(event)} noValidate>
      {showSummary && (
        <ErrorSummary
          summaryRef={summaryRef}
          formError={formError}
          errors={ordered.map((field) => [fieldId(field), errors[field]!])}
          action={
            reloadAsked && (
              <button type="button" className="button button--primary button--sm" onClick={reloadKeepingDraft}>
                {translate({ id: 'comments.error.reloadPage', message: 'Reload the page' })}
              </button>
            )
          }
        />
      )}
      {sent && (
        <p ref={sentRef} className={styles.sent} role="status" tabIndex={-1}>
          {sent}
        </p>
      )}
      <Field
        id={fieldId('body')}
        label={
          parent
            ? translate({ id: 'comments.field.reply', message: 'Your reply' })
            : translate({ id: 'comments.field.body', message: 'Your comment' })
        }
        required
        hint={translate(
          { id: 'comments.field.body.hint', message: 'Markdown formatting is supported. Up to {max} characters.' },
          { max: String(LIMITS.body) },
        )}
        error={errors.body}
        count={{ length: storedLength(draft.body), limit: LIMITS.body }}>
        {(control) => (
          <textarea
            {...control}
            value={draft.body}
            rows={parent ? 4 : 6}
            onChange={(e) => change('body', e.target.value)}
          />
        )}
      </Field>
      {!parent && (
        <Field
          id={fieldId('proposedWording')}
          label={translate({ id: 'comments.field.proposedWording', message: 'Proposed wording' })}
          hint={translate({
            id: 'comments.field.proposedWording.hint',
            message: 'Optional: the text you would like to see instead.',
          })}
          error={errors.proposedWording}
          count={{ length: storedLength(draft.proposedWording), limit: LIMITS.proposedWording }}>
          {(control) => (
            <textarea
              {...control}
              value={draft.proposedWording}
              rows={3}
              onChange={(e) => change('proposedWording', e.target.value)}
            />
          )}
        </Field>
      )}
      {parent ? (
        showIdentity ? (
          identity
        ) : (
          <p className={styles.remembered}>
            {translate({ id: 'comments.reply.as', message: 'Replying as {name}.' }, { name: draft.authorName })}{' '}
            <button type="button" className="fw-link-button" onClick={() => setShowIdentity(true)}>
              {translate({ id: 'comments.reply.changeDetails', message: 'Change my details' })}
            </button>
          </p>
        )
      ) : (
        <>
          {identity}
          <fieldset className={styles.fieldset}>
            <legend>{translate({ id: 'comments.form.aboutComment', message: 'About your comment' })}</legend>
            {select(
              'commentType',
              translate({ id: 'comments.field.type', message: 'Type of comment' }),
              commentTypeKeys,
              commentTypeLabel,
            )}
            {select(
              'focus',
              translate({ id: 'comments.field.focus.optional', message: 'Side-event focus area (optional)' }),
              // No choice is general feedback, what the service stores then: one option says it.
              focusKeys.filter((key) => key !== 'general'),
              focusLabel,
              false,
              translate({
                id: 'comments.field.focus.hint',
                message: 'The three questions of the 2024 side event, for readers who answer one of them.',
              }),
              translate({ id: 'comments.field.focus.none', message: 'None: general feedback' }),
            )}
            <fieldset className={styles.fieldset}>
              <legend>
                {translate({ id: 'comments.field.visibility', message: 'Who can read it' })} <RequiredMarker />
              </legend>
              {visibilityKeys.map((key) => (
                <label key={key} className={styles.radio}>
                  <input
                    type="radio"
                    name={fieldId('visibility')}
                    value={key}
                    checked={draft.visibility === key}
                    onChange={() => change('visibility', key)}
                  />{' '}
                  {key === 'public'
                    ? translate({ id: 'comments.visibility.public.long', message: 'Everyone (after moderation)' })
                    : translate({ id: 'comments.visibility.editors.long', message: 'Only the Framework’s editors' })}
                </label>
              ))}
              {errors.visibility && (
                <p className={styles.fieldError}>
                  <ShownMessage shown={errors.visibility} />
                </p>
              )}
            </fieldset>
          </fieldset>
        </>
      )}
      <div className={styles.actions}>
        <button type="submit" className="button button--primary" aria-disabled={busy}>
          {busy ? translate({ id: 'comments.form.sending', message: 'Sending…' }) : submitLabel}
        </button>
      </div>
    </form>
  );
}
