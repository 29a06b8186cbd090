/**
 * The comment API's vocabulary without its schemas: size limits, the closed value lists with
 * their English labels, and the edit-token header name. Browser code imports this module, not
 * `annotations.ts`, so the schema library (TypeBox) never ships to the browser just for constants;
 * `annotations.ts` builds its schemas from these values, so they are still written once.
 *
 * Pure: no DOM, no Node APIs, no schema library.
 */

/** Size limits, stated once: the schemas, the form's maxlength attributes and the tests use them. */
export const LIMITS = {
  page: 300,
  paragraphId: 64,
  quote: 1000,
  /** A passage comment must quote at least this many visible characters (letters, digits, signs). */
  quoteMinVisible: 3,
  quoteContext: 64,
  body: 5000,
  authorName: 80,
  organisation: 120,
  country: 80,
  proposedWording: 2000,
  /** A moderator's name, recorded on decisions. */
  moderatorName: 80,
  /** Longest moderator token accepted at sign-in (MODERATOR_TOKEN has at least 16 characters). */
  moderatorToken: 256,
  /** Largest request body the service reads, in bytes. */
  requestBytes: 16 * 1024,
  bulkModeration: 200,
  /** Most comments one POST /api/annotations/mine may ask about. */
  ownLookup: 100,
} as const;

export const STAKEHOLDERS = {
  nso: 'National statistical office',
  cso: 'Civil-society organisation',
  opd: 'Organisation of persons with disabilities',
  lgbtqi: 'LGBTQI+ organisation',
  'citizen-science': 'Citizen-science community',
  academia: 'Academia',
  international: 'International or regional organisation',
  other: 'Other',
} as const;

/** The side event's three focus areas (a) to (c), plus general feedback. */
export const FEEDBACK_FOCUS = {
  practicality: '(a) Practicality and relevance of the Framework in diverse contexts',
  'enabling-environment': '(b) Elements of an enabling environment for citizen data',
  'collaborative-use': '(c) How the Collaborative can use the Framework',
  general: 'General feedback',
} as const;

export const COMMENT_TYPES = {
  question: 'Question',
  suggestion: 'Suggestion',
  concern: 'Concern',
  example: 'Example from practice',
  editorial: 'Editorial',
} as const;

export const VISIBILITIES = {
  public: 'Public',
  editors: 'Editors only',
} as const;

export const MODERATION_STATUSES = ['pending', 'approved', 'rejected', 'spam'] as const;

/** Header carrying the author's secret edit token (PATCH, DELETE). */
export const EDIT_TOKEN_HEADER = 'x-edit-token';

export type ModerationStatus = (typeof MODERATION_STATUSES)[number];
export type Stakeholder = keyof typeof STAKEHOLDERS;
