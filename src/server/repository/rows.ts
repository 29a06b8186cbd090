/**
 * Mapping between a stored comment and its table row. Both adapters use the same column names, so
 * the mapping is written once; only the timestamp type differs (text in SQLite, timestamptz in
 * PostgreSQL).
 */
import type { ModerationStatus } from '../../shared/annotations';
import type { StoredAnnotation } from './types';

/** The columns of `annotations`, in insert order (without `seq`). */
export const COLUMNS = [
  'id',
  'page',
  'paragraph_id',
  'paragraph_hash',
  'quote_exact',
  'quote_prefix',
  'quote_suffix',
  'position_start',
  'position_end',
  'body',
  'body_html',
  'author_name',
  'stakeholder',
  'organisation',
  'country',
  'focus',
  'comment_type',
  'proposed_wording',
  'visibility',
  'status',
  'parent_id',
  'edit_token_hash',
  'ip_hash',
  'created_at',
  'updated_at',
] as const;

export type Row = Record<(typeof COLUMNS)[number], string | number | Date | null>;

/** Column values in COLUMNS order. */
export function toRow(a: StoredAnnotation): (string | number | null)[] {
  const { target } = a;
  const values: Record<(typeof COLUMNS)[number], string | number | null> = {
    id: a.id,
    page: target.page,
    paragraph_id: target.paragraphId,
    paragraph_hash: target.paragraphHash,
    quote_exact: target.quote?.exact ?? null,
    quote_prefix: target.quote?.prefix ?? null,
    quote_suffix: target.quote?.suffix ?? null,
    position_start: target.position?.start ?? null,
    position_end: target.position?.end ?? null,
    body: a.body,
    body_html: a.bodyHtml,
    author_name: a.authorName,
    stakeholder: a.stakeholder,
    organisation: a.organisation ?? null,
    country: a.country ?? null,
    focus: a.focus,
    comment_type: a.commentType,
    proposed_wording: a.proposedWording ?? null,
    visibility: a.visibility,
    status: a.status,
    parent_id: a.parentId ?? null,
    edit_token_hash: a.editTokenHash,
    ip_hash: a.ipHash,
    created_at: a.createdAt,
    updated_at: a.updatedAt,
  };
  return COLUMNS.map((column) => values[column]);
}

const text = (value: unknown): string | undefined =>
  value === null || value === undefined ? undefined : String(value);
const time = (value: unknown): string => (value instanceof Date ? value.toISOString() : String(value));

/** A table row back to a stored comment; absent optional fields stay absent (not null). */
export function fromRow(row: Row): StoredAnnotation {
  const annotation: StoredAnnotation = {
    id: String(row.id),
    target: {
      page: String(row.page),
      paragraphId: String(row.paragraph_id),
      paragraphHash: String(row.paragraph_hash),
    },
    body: String(row.body),
    bodyHtml: String(row.body_html),
    authorName: String(row.author_name),
    stakeholder: String(row.stakeholder),
    focus: String(row.focus),
    commentType: String(row.comment_type),
    visibility: row.visibility === 'public' ? 'public' : 'editors',
    status: row.status as ModerationStatus,
    editTokenHash: String(row.edit_token_hash),
    ipHash: String(row.ip_hash),
    createdAt: time(row.created_at),
    updatedAt: time(row.updated_at),
  };
  if (row.quote_exact !== null) {
    annotation.target.quote = {
      exact: String(row.quote_exact),
      prefix: text(row.quote_prefix) ?? '',
      suffix: text(row.quote_suffix) ?? '',
    };
  }
  if (row.position_start !== null && row.position_end !== null) {
    annotation.target.position = { start: Number(row.position_start), end: Number(row.position_end) };
  }
  const optional = {
    organisation: row.organisation,
    country: row.country,
    proposedWording: row.proposed_wording,
    parentId: row.parent_id,
  };
  for (const [key, value] of Object.entries(optional)) {
    if (value !== null) (annotation as unknown as Record<string, string>)[key] = String(value);
  }
  return annotation;
}
