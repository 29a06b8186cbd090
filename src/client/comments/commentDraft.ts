/**
 * The comment form's model: what the reader has typed (a draft), the checks made before sending,
 * and the request body built from it. Drafts are kept in sessionStorage after every change, so
 * nothing typed is lost to an error, a rate limit or an accidental close of the panel. The
 * reader's details (name, stakeholder type, organisation, country) are remembered on this device
 * (localStorage) once a comment is sent, so no form asks twice; the form shows a "forget my
 * details" control whenever they are remembered.
 */
import {
  LIMITS,
  type COMMENT_TYPES,
  type FEEDBACK_FOCUS,
  type Stakeholder,
  type VISIBILITIES,
} from '../../shared/annotationFields';
import type { CreateAnnotationBody, Target } from '../../shared/annotations';
import { DEFAULT_LOCALE } from '../../shared/locales';

/** What the reader has typed into a comment form, as strings (selects are '' until chosen). */
export interface CommentDraft {
  body: string;
  authorName: string;
  stakeholder: Stakeholder | '';
  organisation: string;
  country: string;
  focus: keyof typeof FEEDBACK_FOCUS | '';
  commentType: keyof typeof COMMENT_TYPES | '';
  proposedWording: string;
  visibility: keyof typeof VISIBILITIES;
}

/** One field of the comment form. */
export type DraftField = keyof CommentDraft;

/** Fields remembered on the device (who is writing). */
const PROFILE_FIELDS = ['authorName', 'stakeholder', 'organisation', 'country'] as const;
const PROFILE_KEY = 'fw-comments-profile';

/** The reader's remembered details. */
export type CommentProfile = Pick<CommentDraft, (typeof PROFILE_FIELDS)[number]>;
const DRAFT_PREFIX = 'fw-comments-draft:';

/** A blank form (public visibility preselected). */
export function emptyDraft(): CommentDraft {
  return {
    body: '',
    authorName: '',
    stakeholder: '',
    organisation: '',
    country: '',
    focus: '',
    commentType: '',
    proposedWording: '',
    visibility: 'public',
  };
}

/**
 * Required fields that are empty (or only white space). A new comment needs a name, a stakeholder
 * type, a comment type and the text; a reply only the text and a name (it inherits the rest from
 * its thread). The side event's focus areas are optional.
 */
export function missingFields(draft: CommentDraft, reply = false): DraftField[] {
  const required: DraftField[] = reply ? ['authorName', 'body'] : ['authorName', 'stakeholder', 'commentType', 'body'];
  return required.filter((field) => !String(draft[field]).trim());
}

/** The text fields with a size limit, and the service's limit of each (LIMITS). */
export const TEXT_LIMITS = {
  body: LIMITS.body,
  proposedWording: LIMITS.proposedWording,
  authorName: LIMITS.authorName,
  organisation: LIMITS.organisation,
  country: LIMITS.country,
} as const satisfies Partial<Record<DraftField, number>>;

/** A limited text field of the form. */
export type LimitedField = keyof typeof TEXT_LIMITS;

/**
 * A field's length as the service measures it: trimmed, in Unicode NFC, in UTF-16 code units
 * (src/server/commentText.ts; its removal of control characters can only make it shorter).
 */
export const storedLength = (text: string): number => text.normalize('NFC').trim().length;

/**
 * Limited fields whose text is longer than the service accepts. The form lets a longer text in
 * (nothing typed or pasted is cut) and refuses to send it with these. A reply sends no proposed
 * wording.
 */
export function tooLongFields(draft: CommentDraft, reply = false): LimitedField[] {
  return (Object.keys(TEXT_LIMITS) as LimitedField[]).filter(
    (field) => !(reply && field === 'proposedWording') && storedLength(draft[field]) > TEXT_LIMITS[field],
  );
}

/**
 * Builds the request body; optional fields left empty are omitted; a reply sends only who and what
 * (and its own language: `language` is the locale of the page it is written on, omitted for the
 * default locale).
 */
export function toCreateBody(
  draft: CommentDraft,
  target: Target,
  parentId?: string,
  language: string = DEFAULT_LOCALE,
): CreateAnnotationBody {
  const optional = (value: string) => (value.trim() ? value.trim() : undefined);
  const body: CreateAnnotationBody = { target, body: draft.body.trim(), authorName: draft.authorName.trim() };
  if (language !== DEFAULT_LOCALE) body.language = language;
  const organisation = optional(draft.organisation);
  const country = optional(draft.country);
  if (draft.stakeholder) body.stakeholder = draft.stakeholder;
  if (organisation) body.organisation = organisation;
  if (country) body.country = country;
  if (parentId) {
    body.parentId = parentId;
    return body;
  }
  const proposedWording = optional(draft.proposedWording);
  if (draft.focus) body.focus = draft.focus;
  if (draft.commentType) body.commentType = draft.commentType;
  body.visibility = draft.visibility;
  if (proposedWording) body.proposedWording = proposedWording;
  return body;
}

/**
 * The form's draft again from a request body it built (`toCreateBody`): a comment the service
 * refused after the reader wrote it offline goes back into the form as it was written.
 */
export function draftFromBody(body: CreateAnnotationBody): CommentDraft {
  return {
    ...emptyDraft(),
    body: body.body,
    authorName: body.authorName,
    stakeholder: body.stakeholder ?? '',
    organisation: body.organisation ?? '',
    country: body.country ?? '',
    focus: body.focus ?? '',
    commentType: body.commentType ?? '',
    proposedWording: body.proposedWording ?? '',
    visibility: body.visibility ?? 'public',
  };
}

/**
 * Where a form keeps its draft: a new comment on a paragraph (or on a passage of it, by the
 * passage's position), or a reply in a thread (by the thread's first comment).
 */
export const draftKeys = {
  paragraph: (page: string, paragraphId: string, passage?: { start: number; end: number }): string =>
    `${page}#${paragraphId}${passage ? `@${passage.start}-${passage.end}` : ''}`,
  reply: (page: string, paragraphId: string, rootId: string): string => `${page}#${paragraphId}>${rootId}`,
};

function device(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** The reader's remembered details (empty strings when none). */
export function loadProfile(): CommentProfile {
  const profile: CommentProfile = { authorName: '', stakeholder: '', organisation: '', country: '' };
  try {
    const saved = JSON.parse(device()?.getItem(PROFILE_KEY) ?? '{}') as Partial<CommentProfile>;
    for (const field of PROFILE_FIELDS) {
      const value = saved[field];
      if (typeof value === 'string') (profile as Record<string, string>)[field] = value;
    }
  } catch {
    // A corrupt profile is ignored.
  }
  return profile;
}

/** True when this device remembers the reader's details. */
export function hasProfile(): boolean {
  return Boolean(loadProfile().authorName);
}

/** Remembers who wrote a comment that was just sent (on this device). */
export function rememberProfile(draft: CommentDraft): void {
  try {
    const profile = Object.fromEntries(PROFILE_FIELDS.map((field) => [field, draft[field].trim()]));
    device()?.setItem(PROFILE_KEY, JSON.stringify(profile));
  } catch {
    // Storage full or disabled: the next form asks again.
  }
}

/** Forgets the reader's details on this device (the visible "forget my details" control). */
export function forgetProfile(): void {
  try {
    device()?.removeItem(PROFILE_KEY);
  } catch {
    // Nothing to forget.
  }
}

function session(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

/** The saved draft for a form, or a fresh one pre-filled with the remembered details. */
export function loadDraft(key: string, defaults: Partial<CommentDraft> = {}): CommentDraft {
  const draft = { ...emptyDraft(), ...defaults };
  const profile = loadProfile();
  try {
    const saved = JSON.parse(session()?.getItem(DRAFT_PREFIX + key) ?? '{}') as Partial<CommentDraft>;
    const isProfileField = (field: string) => (PROFILE_FIELDS as readonly string[]).includes(field);
    for (const field of Object.keys(draft) as DraftField[]) {
      const value = saved[field] ?? (isProfileField(field) ? profile[field as keyof CommentProfile] : undefined);
      if (typeof value === 'string') (draft as unknown as Record<string, string>)[field] = value;
    }
  } catch {
    // A corrupt draft is discarded.
  }
  return draft;
}

/** Saves a draft (this tab only). */
export function saveDraft(key: string, draft: CommentDraft): void {
  try {
    session()?.setItem(DRAFT_PREFIX + key, JSON.stringify(draft));
  } catch {
    // Storage full or disabled: the form still works, only the safety net is gone.
  }
}

/** Forgets a draft once its comment is sent (the remembered details stay). */
export function clearDraft(key: string): void {
  try {
    session()?.removeItem(DRAFT_PREFIX + key);
  } catch {
    // Nothing to clear.
  }
}

const CARRIED_PREFIX = 'fw-comments-carried:';

/**
 * Keeps a draft for the next new comment on `page`, when the reader reloads the page because its
 * published text changed (the service's 409 `paragraphReworded`): after the reload they select the
 * passage again, which is a new form with a new draft key (the key names the passage), so the
 * draft saved under the old key would not reach it.
 */
export function carryDraft(page: string, draft: CommentDraft): void {
  try {
    session()?.setItem(CARRIED_PREFIX + page, JSON.stringify(draft));
  } catch {
    // Storage full or disabled: the draft stays under its own key only.
  }
}

/** The draft carried over to `page`'s next new comment, once: taking it forgets it. */
export function takeCarriedDraft(page: string): CommentDraft | null {
  try {
    const saved = session()?.getItem(CARRIED_PREFIX + page);
    if (saved === null || saved === undefined) return null;
    session()?.removeItem(CARRIED_PREFIX + page);
    const parsed = JSON.parse(saved) as Partial<CommentDraft>;
    const draft = emptyDraft();
    for (const field of Object.keys(draft) as DraftField[]) {
      const value = parsed[field];
      if (typeof value === 'string') (draft as unknown as Record<string, string>)[field] = value;
    }
    return draft;
  } catch {
    return null;
  }
}
