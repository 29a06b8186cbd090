/**
 * The comment form's model: what the reader has typed (a draft), the checks made before sending,
 * and the request body built from it. Drafts are kept in sessionStorage after every change, so
 * nothing typed is lost to an error, a rate limit or an accidental close of the panel; the
 * reader's name and affiliation are remembered for the session so a reply does not ask twice.
 */
import type { COMMENT_TYPES, FEEDBACK_FOCUS, Stakeholder, VISIBILITIES } from '../../shared/annotationFields';
import type { CreateAnnotationBody, Target } from '../../shared/annotations';

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

/** Fields kept across forms for the session (who is writing). */
const PROFILE_FIELDS = ['authorName', 'stakeholder', 'organisation', 'country'] as const;
const PROFILE_KEY = 'fw-comments-profile';
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

/** Required fields that are empty (or only white space). */
export function missingFields(draft: CommentDraft): DraftField[] {
  const required: DraftField[] = ['authorName', 'stakeholder', 'focus', 'commentType', 'body'];
  return required.filter((field) => !String(draft[field]).trim());
}

/** Builds the request body; optional fields left empty are omitted. */
export function toCreateBody(draft: CommentDraft, target: Target, parentId?: string): CreateAnnotationBody {
  const optional = (value: string) => (value.trim() ? value.trim() : undefined);
  const body: CreateAnnotationBody = {
    target,
    body: draft.body.trim(),
    authorName: draft.authorName.trim(),
    stakeholder: draft.stakeholder as CreateAnnotationBody['stakeholder'],
    focus: draft.focus as CreateAnnotationBody['focus'],
    commentType: draft.commentType as CreateAnnotationBody['commentType'],
    visibility: draft.visibility,
  };
  const organisation = optional(draft.organisation);
  const country = optional(draft.country);
  const proposedWording = optional(draft.proposedWording);
  if (organisation) body.organisation = organisation;
  if (country) body.country = country;
  if (proposedWording) body.proposedWording = proposedWording;
  if (parentId) body.parentId = parentId;
  return body;
}

function session(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

/** The saved draft for a form, or a fresh one pre-filled with the session's profile. */
export function loadDraft(key: string, defaults: Partial<CommentDraft> = {}): CommentDraft {
  const draft = { ...emptyDraft(), ...defaults };
  try {
    const profile = JSON.parse(session()?.getItem(PROFILE_KEY) ?? '{}') as Partial<CommentDraft>;
    const saved = JSON.parse(session()?.getItem(DRAFT_PREFIX + key) ?? '{}') as Partial<CommentDraft>;
    const isProfileField = (field: string) => (PROFILE_FIELDS as readonly string[]).includes(field);
    for (const field of Object.keys(draft) as DraftField[]) {
      const value = saved[field] ?? (isProfileField(field) ? profile[field] : undefined);
      if (typeof value === 'string') (draft as unknown as Record<string, string>)[field] = value;
    }
  } catch {
    // A corrupt draft is discarded.
  }
  return draft;
}

/** Saves a draft and the profile part of it. */
export function saveDraft(key: string, draft: CommentDraft): void {
  try {
    session()?.setItem(DRAFT_PREFIX + key, JSON.stringify(draft));
    const profile = Object.fromEntries(PROFILE_FIELDS.map((field) => [field, draft[field]]));
    session()?.setItem(PROFILE_KEY, JSON.stringify(profile));
  } catch {
    // Storage full or disabled: the form still works, only the safety net is gone.
  }
}

/** Forgets a draft once its comment is sent (the profile stays). */
export function clearDraft(key: string): void {
  try {
    session()?.removeItem(DRAFT_PREFIX + key);
  } catch {
    // Nothing to clear.
  }
}
