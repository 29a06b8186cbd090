/**
 * Reader-facing names of the comment vocabularies, through Docusaurus' translate(). The values
 * offered come from the wire contract (src/shared/annotations.ts), so the form, the panel and the
 * moderation page always offer exactly the values the service accepts; the English labels repeat
 * the contract's (tests/unit/comments/labels.test.ts keeps them equal).
 */
import { translate } from '@docusaurus/Translate';
import '@site/src/client/codeTranslations/comments';
import {
  COMMENT_TYPES,
  FEEDBACK_FOCUS,
  STAKEHOLDERS,
  VISIBILITIES,
  type ModerationStatus,
  type Stakeholder,
} from '@site/src/shared/annotationFields';

/** Keys of the contract's vocabularies. */
export type FocusKey = keyof typeof FEEDBACK_FOCUS;
export type CommentTypeKey = keyof typeof COMMENT_TYPES;
export type VisibilityKey = keyof typeof VISIBILITIES;

// One static translate() call per value, so `npm run write-translations` can extract them; the
// Record types make the compiler insist on a label for every value of the contract.
const STAKEHOLDER_LABELS: Record<Stakeholder, () => string> = {
  nso: () => translate({ id: 'comments.stakeholder.nso', message: 'National statistical office' }),
  cso: () => translate({ id: 'comments.stakeholder.cso', message: 'Civil-society organisation' }),
  opd: () => translate({ id: 'comments.stakeholder.opd', message: 'Organisation of persons with disabilities' }),
  lgbtqi: () => translate({ id: 'comments.stakeholder.lgbtqi', message: 'LGBTQI+ organisation' }),
  'citizen-science': () =>
    translate({ id: 'comments.stakeholder.citizen-science', message: 'Citizen-science community' }),
  academia: () => translate({ id: 'comments.stakeholder.academia', message: 'Academia' }),
  international: () =>
    translate({ id: 'comments.stakeholder.international', message: 'International or regional organisation' }),
  other: () => translate({ id: 'comments.stakeholder.other', message: 'Other' }),
};

const FOCUS_LABELS: Record<FocusKey, () => string> = {
  practicality: () =>
    translate({
      id: 'comments.focus.practicality',
      message: '(a) Practicality and relevance of the Framework in diverse contexts',
    }),
  'enabling-environment': () =>
    translate({
      id: 'comments.focus.enabling-environment',
      message: '(b) Elements of an enabling environment for citizen data',
    }),
  'collaborative-use': () =>
    translate({ id: 'comments.focus.collaborative-use', message: '(c) How the Collaborative can use the Framework' }),
  general: () => translate({ id: 'comments.focus.general', message: 'General feedback' }),
};

const COMMENT_TYPE_LABELS: Record<CommentTypeKey, () => string> = {
  question: () => translate({ id: 'comments.type.question', message: 'Question' }),
  suggestion: () => translate({ id: 'comments.type.suggestion', message: 'Suggestion' }),
  concern: () => translate({ id: 'comments.type.concern', message: 'Concern' }),
  example: () => translate({ id: 'comments.type.example', message: 'Example from practice' }),
  editorial: () => translate({ id: 'comments.type.editorial', message: 'Editorial' }),
};

const VISIBILITY_LABELS: Record<VisibilityKey, () => string> = {
  public: () => translate({ id: 'comments.visibility.public', message: 'Public' }),
  editors: () => translate({ id: 'comments.visibility.editors', message: 'Editors only' }),
};

// An unknown value (a newer service than this page) is shown as sent rather than hidden.
export const stakeholderLabel = (key: Stakeholder): string => STAKEHOLDER_LABELS[key]?.() ?? STAKEHOLDERS[key] ?? key;
export const focusLabel = (key: FocusKey): string => FOCUS_LABELS[key]?.() ?? key;
export const commentTypeLabel = (key: CommentTypeKey): string => COMMENT_TYPE_LABELS[key]?.() ?? key;
export const visibilityLabel = (key: VisibilityKey): string => VISIBILITY_LABELS[key]?.() ?? key;

/** The values offered in the form's selects and radios, in the contract's order. */
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
