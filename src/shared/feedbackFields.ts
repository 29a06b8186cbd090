/**
 * The feedback loop's vocabulary without its schemas: dispositions, round states, the ISO/IEC
 * comment-type mapping, limits and small pure helpers. Browser code imports this module (and types
 * from `feedback.ts`), so the schema library never ships to the browser for constants.
 *
 * Pure: no DOM, no Node APIs, no schema library.
 */

/** What the editors decided about a comment (the consultation's "disposition of comments"). */
export const DISPOSITIONS = {
  accepted: 'Accepted',
  'partly-accepted': 'Partly accepted',
  'not-accepted': 'Not accepted',
  noted: 'Noted (no change needed)',
  'out-of-scope': 'Out of scope',
  duplicate: 'Duplicate',
} as const;
export type DispositionValue = keyof typeof DISPOSITIONS;

export const ROUND_STATES = { upcoming: 'Not yet open', open: 'Open', closed: 'Closed' } as const;
export type RoundState = keyof typeof ROUND_STATES;

/** How the ISO/IEC commenting template's "Type of comment" column reads our comment types. */
export const ISO_TYPE_OF: Record<string, 'general' | 'technical' | 'editorial'> = {
  question: 'general',
  example: 'general',
  suggestion: 'technical',
  concern: 'technical',
  editorial: 'editorial',
};

export const FEEDBACK_LIMITS = {
  response: 2000,
  release: 60,
  moderatorName: 80,
  roundName: 160,
  section: 200,
  /** Largest W3C collection an import reads, in bytes. */
  importBytes: 8 * 1024 * 1024,
  /** Rows of one response-table or container page. */
  pageSize: 100,
} as const;

/** Header naming the editor, for clients whose sign-in carries no name (scripts with the token). */
export const MODERATOR_NAME_HEADER = 'x-moderator-name';

/** GET /api/exports and /api/moderation/export formats. */
export const EXPORT_FORMATS = ['json', 'csv', 'iso-csv', 'iso-xlsx', 'w3c'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** The first words of a paragraph, for tables: at most `words` words, with an ellipsis if cut. */
export function firstWords(text: string, words = 8): string {
  const parts = text.trim().split(/\s+/).filter(Boolean);
  return parts.length <= words ? parts.join(' ') : `${parts.slice(0, words).join(' ')} …`;
}
