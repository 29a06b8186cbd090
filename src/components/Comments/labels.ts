/**
 * Reader-facing names of the comment vocabularies, through Docusaurus' translate(). The English
 * defaults come from the wire contract (src/shared/annotations.ts), so the form, the panel and
 * the moderation page always offer exactly the values the service accepts.
 */
import { translate } from '@docusaurus/Translate';
import {
  COMMENT_TYPES,
  FEEDBACK_FOCUS,
  STAKEHOLDERS,
  VISIBILITIES,
  type ModerationStatus,
  type Stakeholder,
} from '@site/src/shared/annotations';

export type FocusKey = keyof typeof FEEDBACK_FOCUS;
export type CommentTypeKey = keyof typeof COMMENT_TYPES;
export type VisibilityKey = keyof typeof VISIBILITIES;

// Ids are built from the contract's keys; `npm run write-translations` cannot extract dynamic
// ids, so translators add these keys by hand (comments.stakeholder.nso, …).
export const stakeholderLabel = (key: Stakeholder): string =>
  translate({ id: `comments.stakeholder.${key}`, message: STAKEHOLDERS[key] ?? key });
export const focusLabel = (key: FocusKey): string =>
  translate({ id: `comments.focus.${key}`, message: FEEDBACK_FOCUS[key] ?? key });
export const commentTypeLabel = (key: CommentTypeKey): string =>
  translate({ id: `comments.type.${key}`, message: COMMENT_TYPES[key] ?? key });
export const visibilityLabel = (key: VisibilityKey): string =>
  translate({ id: `comments.visibility.${key}`, message: VISIBILITIES[key] ?? key });

export const stakeholderKeys = Object.keys(STAKEHOLDERS) as Stakeholder[];
export const focusKeys = Object.keys(FEEDBACK_FOCUS) as FocusKey[];
export const commentTypeKeys = Object.keys(COMMENT_TYPES) as CommentTypeKey[];
export const visibilityKeys = Object.keys(VISIBILITIES) as VisibilityKey[];

/** Status badge shown to an author on their own comments, and on the moderation page. */
export function statusLabel(status: ModerationStatus): string {
  switch (status) {
    case 'pending':
      return translate({ id: 'comments.status.pending', message: 'Awaiting moderation' });
    case 'approved':
      return translate({ id: 'comments.status.approved', message: 'Published' });
    case 'rejected':
      return translate({ id: 'comments.status.rejected', message: 'Not published' });
    case 'spam':
      return translate({ id: 'comments.status.spam', message: 'Marked as spam' });
  }
}

/** A date in the reader's language, with the machine-readable value kept for <time>. */
export function formatDate(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(document.documentElement.lang || undefined, {
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(date);
}
