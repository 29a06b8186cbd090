/**
 * Mapping between a stored comment and its table row. Both adapters use the same column names, so
 * the mapping is written once; only the timestamp type differs (text in SQLite, timestamptz in
 * PostgreSQL).
 */
import type { ModerationStatus } from '../../shared/annotations';
import type { DispositionRecord } from '../../shared/feedback';
import type { ModerationFilter, StoredAnnotation, StoredRound } from './types';

/**
 * The SQL both adapters share, with named parameters (`@name`: SQLite's syntax; the PostgreSQL
 * adapter rewrites them to `$n`). In an UPDATE every expression reads the row as it was before the
 * statement, so each CASE sees the old status and the old waiting edit.
 */

/**
 * Comments an author may still change: not refused by an editor. A rejected or spam comment is the
 * record of what the editors refused; an edit would rewrite it under the same decision. Part of the
 * edit's own statement, so a refusal landing just before the edit is never overwritten.
 */
export const EDITABLE = `status NOT IN ('rejected', 'spam')`;

/** Comments that wait for an editor: new ones, and approved ones with an edit waiting. */
export const AWAITING_MODERATION = `(status = 'pending' OR edit_body IS NOT NULL)`;

/**
 * SET list of an author's edit. `$hold` stands for "pre-moderation is on" (a boolean expression):
 * then an approved comment keeps its published text and the edit waits in the edit_* columns;
 * otherwise the text changes in place and any waiting edit is superseded.
 */
export const EDIT_ASSIGNMENTS = (() => {
  const held = `($hold AND status = 'approved')`;
  const keepOr = (column: string, value: string) => `${column} = CASE WHEN ${held} THEN ${column} ELSE ${value} END`;
  const waitOr = (column: string, value: string) => `${column} = CASE WHEN ${held} THEN ${value} ELSE NULL END`;
  return [
    keepOr('body', '@body'),
    keepOr('body_html', '@bodyHtml'),
    keepOr('proposed_wording', '@proposed'),
    keepOr('updated_at', '@at'),
    waitOr('edit_body', '@body'),
    waitOr('edit_body_html', '@bodyHtml'),
    waitOr('edit_proposed_wording', '@proposed'),
    waitOr('edit_updated_at', '@at'),
  ].join(', ');
})();

/**
 * SET list of an editor's decision (`@status`, `@at`). A decision on a comment with a waiting edit
 * is about the edit: approved publishes it, rejected discards it and keeps the approved version
 * (and its status), spam discards it and hides the comment.
 */
export const DECISION_ASSIGNMENTS = (() => {
  const editApproved = `edit_body IS NOT NULL AND @status = 'approved'`;
  const publish = (column: string) => `${column} = CASE WHEN ${editApproved} THEN edit_${column} ELSE ${column} END`;
  return [
    `status = CASE WHEN edit_body IS NOT NULL AND @status = 'rejected' THEN status ELSE @status END`,
    publish('body'),
    publish('body_html'),
    publish('proposed_wording'),
    'edit_body = NULL',
    'edit_body_html = NULL',
    'edit_proposed_wording = NULL',
    'edit_updated_at = NULL',
    'updated_at = @at',
  ].join(', ');
})();

/** WHERE clause of list(): `placeholder(i)` names the i-th (0-based) parameter. */
export function listCondition(
  filter: ModerationFilter,
  placeholder: (index: number) => string,
): { clause: string; values: string[] } {
  const parts: string[] = [];
  const values: string[] = [];
  if (filter.status === 'pending') parts.push(AWAITING_MODERATION);
  else if (filter.status) {
    parts.push(`status = ${placeholder(values.length)}`);
    values.push(filter.status);
  }
  if (filter.page) {
    parts.push(`page = ${placeholder(values.length)}`);
    values.push(filter.page);
  }
  return { clause: parts.length ? ` WHERE ${parts.join(' AND ')}` : '', values };
}

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
  'language',
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
  'paragraph_text',
  'page_title',
  'section',
  'round_id',
  'edit_body',
  'edit_body_html',
  'edit_proposed_wording',
  'edit_updated_at',
] as const;

/** Columns read with a comment from the tables joined to it (see SELECT_ANNOTATIONS). */
type Joined =
  | 'd_disposition'
  | 'd_response'
  | 'd_duplicate_of'
  | 'd_release_label'
  | 'd_decided_by'
  | 'd_decided_at'
  | 'round_name';

export type Row = Record<(typeof COLUMNS)[number] | Joined, string | number | Date | null>;

/**
 * The comments with their current disposition and round name. The joined table shares no column
 * name with `annotations`, so WHERE and ORDER BY clauses may name columns unqualified. Written
 * once for both dialects (the SQL is standard).
 */
export const SELECT_ANNOTATIONS = `SELECT ${COLUMNS.map((c) => `a.${c}`).join(', ')},
  d.disposition AS d_disposition, d.response AS d_response, d.duplicate_of AS d_duplicate_of,
  d.release_label AS d_release_label, d.decided_by AS d_decided_by, d.decided_at AS d_decided_at,
  (SELECT r.name FROM consultation_rounds r WHERE r.id = a.round_id) AS round_name
  FROM annotations a
  LEFT JOIN dispositions d ON d.annotation_id = a.id`;

/** The columns of `dispositions` / `disposition_history` after annotation_id, in insert order. */
export const DISPOSITION_COLUMNS = [
  'disposition',
  'response',
  'duplicate_of',
  'release_label',
  'decided_by',
  'decided_at',
];

/** A decision's column values in DISPOSITION_COLUMNS order. */
export function dispositionRow(d: DispositionRecord): (string | null)[] {
  return [d.disposition, d.response, d.duplicateOf ?? null, d.release ?? null, d.decidedBy, d.decidedAt];
}

/** A dispositions / disposition_history row back to a decision. */
export function fromDispositionRow(row: Record<string, unknown>, prefix = ''): DispositionRecord {
  const record: DispositionRecord = {
    disposition: String(row[`${prefix}disposition`]) as DispositionRecord['disposition'],
    response: String(row[`${prefix}response`]),
    decidedBy: String(row[`${prefix}decided_by`]),
    decidedAt: time(row[`${prefix}decided_at`]),
  };
  const duplicateOf = text(row[`${prefix}duplicate_of`]);
  const release = text(row[`${prefix}release_label`]);
  if (duplicateOf !== undefined) record.duplicateOf = duplicateOf;
  if (release !== undefined) record.release = release;
  return record;
}

export const ROUND_COLUMNS = [
  'id',
  'name',
  'page',
  'section',
  'opens_at',
  'closes_at',
  'created_at',
  'updated_at',
] as const;

export function roundRow(r: StoredRound): (string | null)[] {
  return [r.id, r.name, r.page ?? null, r.section ?? null, r.opensAt, r.closesAt ?? null, r.createdAt, r.updatedAt];
}

export function fromRoundRow(row: Record<string, unknown>): StoredRound {
  const round: StoredRound = {
    id: String(row.id),
    name: String(row.name),
    opensAt: time(row.opens_at),
    createdAt: time(row.created_at),
    updatedAt: time(row.updated_at),
  };
  const optional = {
    page: text(row.page),
    section: text(row.section),
    closesAt: text(row.closes_at && time(row.closes_at)),
  };
  for (const [key, value] of Object.entries(optional))
    if (value !== undefined) (round as unknown as Record<string, string>)[key] = value;
  return round;
}

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
    language: a.language ?? null,
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
    paragraph_text: a.paragraphText ?? null,
    page_title: a.pageTitle ?? null,
    section: a.section ?? null,
    round_id: a.roundId ?? null,
    edit_body: a.pendingEdit?.body ?? null,
    edit_body_html: a.pendingEdit?.bodyHtml ?? null,
    edit_proposed_wording: a.pendingEdit?.proposedWording ?? null,
    edit_updated_at: a.pendingEdit?.updatedAt ?? null,
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
  if (row.edit_body !== null && row.edit_body !== undefined) {
    annotation.pendingEdit = {
      body: String(row.edit_body),
      bodyHtml: String(row.edit_body_html),
      updatedAt: time(row.edit_updated_at),
    };
    if (row.edit_proposed_wording !== null) annotation.pendingEdit.proposedWording = String(row.edit_proposed_wording);
  }
  const optional = {
    organisation: row.organisation,
    country: row.country,
    language: row.language,
    proposedWording: row.proposed_wording,
    parentId: row.parent_id,
    paragraphText: row.paragraph_text,
    pageTitle: row.page_title,
    section: row.section,
    roundId: row.round_id,
    roundName: row.round_name,
  };
  for (const [key, value] of Object.entries(optional)) {
    if (value !== null && value !== undefined) (annotation as unknown as Record<string, string>)[key] = String(value);
  }
  if (row.d_disposition !== null && row.d_disposition !== undefined)
    annotation.disposition = fromDispositionRow(row, 'd_');
  return annotation;
}
