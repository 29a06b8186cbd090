/**
 * CSV export for the editors' spreadsheet. Safe against CSV (formula) injection: a cell that starts
 * with =, +, -, @, tab or carriage return is prefixed with an apostrophe, which spreadsheets show
 * as text instead of evaluating (OWASP's recommendation). Every cell is quoted; UTF-8 with a BOM so
 * Excel reads accents and non-Latin scripts correctly.
 */
import type { ModeratedAnnotation } from '../shared/annotations';

/** Column headings and how to read each from a comment. */
const COLUMNS: [string, (a: ModeratedAnnotation) => string | number | undefined][] = [
  ['id', (a) => a.id],
  ['page', (a) => a.target.page],
  ['paragraphId', (a) => a.target.paragraphId],
  ['paragraphHash', (a) => a.target.paragraphHash],
  ['quote', (a) => a.target.quote?.exact],
  ['quotePrefix', (a) => a.target.quote?.prefix],
  ['quoteSuffix', (a) => a.target.quote?.suffix],
  ['positionStart', (a) => a.target.position?.start],
  ['positionEnd', (a) => a.target.position?.end],
  ['parentId', (a) => a.parentId],
  ['status', (a) => a.status],
  ['visibility', (a) => a.visibility],
  ['createdAt', (a) => a.createdAt],
  ['updatedAt', (a) => a.updatedAt],
  ['authorName', (a) => a.authorName],
  ['stakeholder', (a) => a.stakeholder],
  ['organisation', (a) => a.organisation],
  ['country', (a) => a.country],
  ['focus', (a) => a.focus],
  ['commentType', (a) => a.commentType],
  ['body', (a) => a.body],
  ['proposedWording', (a) => a.proposedWording],
];

/** One cell, quoted, with formula triggers neutralised. */
export function csvCell(value: string | number | undefined): string {
  if (value === undefined) return '""';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return `"${text.replace(/"/g, '""')}"`;
}

/** The whole export as CSV text (RFC 4180: CRLF line ends, quoted cells). */
export function toCsv(annotations: readonly ModeratedAnnotation[]): string {
  const lines = [COLUMNS.map(([name]) => csvCell(name)).join(',')];
  for (const a of annotations) lines.push(COLUMNS.map(([, read]) => csvCell(read(a))).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
