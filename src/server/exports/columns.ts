/**
 * The columns of the editors' spreadsheets, written once for the CSV and the .xlsx writers:
 *
 * - the comment tables (public and internal): one row per comment with labels, not codes, the page
 *   title, the full paragraph URL, the paragraph text at the time of the comment and the language
 *   the comment was written in (BCP 47: `en`, `fr`, `es`, `ar`; every language's page shares the
 *   English page's paragraphs, so the table mixes languages);
 * - the ISO/IEC commenting template layout known from standards consultations ("MB/NC", "Line
 *   number", "Clause/Subclause", …, "Observations of the secretariat"), then the language.
 */
import { COMMENT_TYPES, FEEDBACK_FOCUS, STAKEHOLDERS, VISIBILITIES } from '../../shared/annotations';
import { DISPOSITIONS, ISO_TYPE_OF } from '../../shared/feedback';
import { commentLanguageTag } from '../../shared/locales';
import type { ParagraphContext } from '../feedback/context';
import type { StoredAnnotation } from '../repository';

/** A comment with its place in the Framework. */
export interface ExportRow {
  a: StoredAnnotation;
  context: ParagraphContext;
}

export interface Column {
  heading: string;
  /** Width in characters for the spreadsheet. */
  width: number;
  value: (row: ExportRow) => string;
}

const label = (labels: Record<string, string>, key: string | undefined) =>
  key ? (Object.hasOwn(labels, key) ? labels[key]! : key) : '';

export const STATUS_LABELS: Record<string, string> = {
  pending: 'Awaiting moderation',
  approved: 'Published',
  rejected: 'Rejected',
  spam: 'Spam',
};

const col = (heading: string, width: number, value: Column['value']): Column => ({ heading, width, value });

const PUBLIC_COLUMNS: Column[] = [
  col('Comment id', 14, ({ a }) => a.id),
  col('Page title', 24, ({ context }) => context.pageTitle),
  col('Section', 24, ({ context }) => context.section),
  col('Paragraph id', 18, ({ a }) => a.target.paragraphId),
  col('Paragraph URL', 40, ({ context }) => context.paragraphUrl),
  col('Paragraph text at the time of the comment', 60, ({ context }) => context.paragraphText),
  col('Quoted passage', 30, ({ a }) => a.target.quote?.exact ?? ''),
  col('Reply to', 14, ({ a }) => a.parentId ?? ''),
  col('Stakeholder type', 24, ({ a }) => label(STAKEHOLDERS, a.stakeholder)),
  col('Organisation', 24, ({ a }) => a.organisation ?? ''),
  col('Country', 16, ({ a }) => a.country ?? ''),
  col('Author', 20, ({ a }) => a.authorName),
  col('Focus', 30, ({ a }) => label(FEEDBACK_FOCUS, a.focus)),
  col('Comment type', 16, ({ a }) => label(COMMENT_TYPES, a.commentType)),
  col('Comment', 60, ({ a }) => a.body),
  col('Language', 10, ({ a }) => commentLanguageTag(a.language)),
  col('Proposed wording', 40, ({ a }) => a.proposedWording ?? ''),
  col('Consultation round', 30, ({ a }) => a.roundName ?? ''),
  col('Disposition', 20, ({ a }) => label(DISPOSITIONS, a.disposition?.disposition)),
  col('Response', 50, ({ a }) => a.disposition?.response ?? ''),
  col('Handled in release', 16, ({ a }) => a.disposition?.release ?? ''),
  col('Duplicate of', 14, ({ a }) => a.disposition?.duplicateOf ?? ''),
  col('Created (UTC)', 22, ({ a }) => a.createdAt),
];

const INTERNAL_COLUMNS: Column[] = [
  ...PUBLIC_COLUMNS,
  col('Moderation status', 18, ({ a }) => label(STATUS_LABELS, a.status)),
  col('Visibility', 14, ({ a }) => label(VISIBILITIES, a.visibility)),
  // The editors' response (disposition), not the moderation decision, which records no name.
  col('Response decided by', 20, ({ a }) => a.disposition?.decidedBy ?? ''),
  col('Response decided at (UTC)', 22, ({ a }) => a.disposition?.decidedAt ?? ''),
  col('Updated (UTC)', 22, ({ a }) => a.updatedAt),
];

/** Columns of the comment table: public (approved public comments) or internal (everything). */
export function commentColumns(scope: 'public' | 'internal'): Column[] {
  return scope === 'public' ? PUBLIC_COLUMNS : INTERNAL_COLUMNS;
}

/** "Accepted (Draft 2): the response", "Duplicate of abc…: …", or empty before a decision. */
function observations(a: StoredAnnotation): string {
  const d = a.disposition;
  if (!d) return '';
  let head: string = DISPOSITIONS[d.disposition];
  if (d.duplicateOf) head += ` of ${d.duplicateOf}`;
  if (d.release) head += ` (${d.release})`;
  return `${head}: ${d.response}`;
}

/** The ISO/IEC commenting template's columns, filled from a comment. */
export const ISO_COLUMNS: Column[] = [
  col(
    'MB/NC',
    30,
    ({ a }) =>
      `${label(STAKEHOLDERS, a.stakeholder)}${a.organisation ? `, ${a.organisation}` : ''}${a.country ? ` (${a.country})` : ''}`,
  ),
  col('Line number', 18, ({ a }) => a.target.paragraphId),
  col('Clause/Subclause', 30, ({ context }) => [context.pageTitle, context.section].filter(Boolean).join(' › ')),
  col('Paragraph/Figure/Table', 30, ({ context }) => context.paragraphStart),
  col('Type of comment', 14, ({ a }) => ISO_TYPE_OF[a.commentType] ?? 'general'),
  col('Comments', 60, ({ a }) => a.body),
  col('Proposed change', 40, ({ a }) => a.proposedWording ?? ''),
  col('Observations of the secretariat', 50, ({ a }) => observations(a)),
  // After the template's own columns, so a tool reading them by position still finds them.
  col('Language', 10, ({ a }) => commentLanguageTag(a.language)),
];
