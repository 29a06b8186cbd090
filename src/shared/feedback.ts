/**
 * The wire contract of the feedback loop (issue 11): editors' dispositions, consultation rounds,
 * the public comment-response tables, the exports' filters and the insights figures. Schemas are
 * written once here; the service validates with them and the browser is typed by them.
 *
 * Pure: no DOM, no Node APIs.
 */
import Type, { type Static } from 'typebox';
import {
  AnnotationId,
  ID_PATTERN,
  CommentType,
  FeedbackFocus,
  keysOf,
  LIMITS,
  PagePath,
  Stakeholder,
  VisibleText,
} from './annotations';
import { Disposition, PublicDisposition } from './disposition';
import { DISPOSITIONS, EXPORT_FORMATS, FEEDBACK_LIMITS, ROUND_STATES } from './feedbackFields';

export * from './feedbackFields';

export { Disposition, PublicDisposition } from './disposition';

const Text = VisibleText;
const DateTime = Type.String({ format: 'date-time' });

/** One recorded decision, with who made it: the current one and each entry of the history. */
export const DispositionRecord = Type.Object({ ...PublicDisposition.properties, decidedBy: Type.String() });

/** POST /api/moderation/dispositions: one disposition and response for one or many comments. */
export const DispositionBody = Type.Object(
  {
    ids: Type.Array(AnnotationId, { minItems: 1, maxItems: LIMITS.bulkModeration, uniqueItems: true }),
    disposition: Disposition,
    response: Text(FEEDBACK_LIMITS.response),
    release: Type.Optional(Type.String({ maxLength: FEEDBACK_LIMITS.release })),
    /** Required when disposition is `duplicate`: the comment this one duplicates. */
    duplicateOf: Type.Optional(AnnotationId),
    /** The editor's name, when the sign-in does not carry one. */
    decidedBy: Type.Optional(Text(FEEDBACK_LIMITS.moderatorName)),
  },
  { additionalProperties: false },
);
export const DispositionResponse = Type.Object({
  disposition: Disposition,
  updated: Type.Array(AnnotationId),
  notFound: Type.Array(AnnotationId),
});
export const DispositionHistoryResponse = Type.Object({
  annotationId: AnnotationId,
  current: Type.Optional(DispositionRecord),
  history: Type.Array(DispositionRecord),
});

/** A consultation round: commenting on its scope is open from opensAt until closesAt. */
export const Round = Type.Object({
  id: AnnotationId,
  name: Type.String(),
  /** Route path of the page it covers; absent: the whole Framework. */
  page: Type.Optional(PagePath),
  /** Top-level heading (h2) of the section it covers on `page`; absent: the whole page. */
  section: Type.Optional(Type.String()),
  opensAt: DateTime,
  closesAt: Type.Optional(DateTime),
  state: keysOf(ROUND_STATES),
});
export const CreateRoundBody = Type.Object(
  {
    name: Text(FEEDBACK_LIMITS.roundName),
    page: Type.Optional(PagePath),
    section: Type.Optional(Text(FEEDBACK_LIMITS.section)),
    /** Default: now. */
    opensAt: Type.Optional(DateTime),
    closesAt: Type.Optional(DateTime),
  },
  { additionalProperties: false },
);
/** PATCH /api/moderation/rounds/:id: rename, move dates; `closesAt: null` reopens without end. */
export const UpdateRoundBody = Type.Object(
  {
    name: Type.Optional(Text(FEEDBACK_LIMITS.roundName)),
    opensAt: Type.Optional(DateTime),
    closesAt: Type.Optional(
      Type.Union([DateTime, Type.Null()], {
        errorMessage: 'must be a date and time such as 2026-12-31T23:59:00Z, or null for no closing date',
      }),
    ),
    /** Shorthand: closes the round now. */
    close: Type.Optional(Type.Literal(true)),
  },
  { additionalProperties: false, minProperties: 1 },
);
/** A round's id: made like a comment's, and named as what it is in errors. */
export const RoundId = Type.String({
  pattern: ID_PATTERN,
  errorMessage: 'must be a round id (8 to 64 letters, digits, _ or -)',
});

export const RoundParams = Type.Object({ id: RoundId }, { additionalProperties: false });
export const RoundsResponse = Type.Object({ rounds: Type.Array(Round) });

/** GET /api/rounds/status?page=…: which paragraphs of a page are governed by which round. */
export const RoundStatusQuery = Type.Object({ page: PagePath }, { additionalProperties: false });
export const ParagraphRound = Type.Object({
  roundId: AnnotationId,
  roundName: Type.String(),
  state: keysOf(ROUND_STATES),
  opensAt: DateTime,
  closesAt: Type.Optional(DateTime),
});
export const RoundStatusResponse = Type.Object({
  page: PagePath,
  /** The round governing the page as a whole (paragraphs without a section-specific one). */
  pageRound: Type.Optional(ParagraphRound),
  /** Paragraphs governed by a round other than the page's one, by paragraph id. */
  paragraphs: Type.Record(Type.String(), ParagraphRound),
});

/** Filters shared by the response table, the public exports and the insights (all optional). */
export const FeedbackFilter = Type.Object(
  {
    page: Type.Optional(PagePath),
    stakeholder: Type.Optional(Stakeholder),
    focus: Type.Optional(FeedbackFocus),
    commentType: Type.Optional(CommentType),
    /** A disposition, or `none` for comments without one yet. */
    disposition: Type.Optional(
      Type.Union([Disposition, Type.Literal('none')], {
        errorMessage: `must be one of: ${[...Object.keys(DISPOSITIONS), 'none'].join(', ')}`,
      }),
    ),
    /** A round id, or `none` for comments made outside any round. */
    round: Type.Optional(
      Type.Union([AnnotationId, Type.Literal('none')], {
        errorMessage: 'must be a round id (as listed by /api/rounds), or none for comments made outside any round',
      }),
    ),
  },
  { additionalProperties: false },
);

/** One row of a comment-response table. */
export const ResponseRow = Type.Object({
  id: AnnotationId,
  page: PagePath,
  pageTitle: Type.String(),
  section: Type.Optional(Type.String()),
  paragraphId: Type.String(),
  /** The paragraph's first words (today's text, else the text at the time of the comment). */
  paragraphStart: Type.String(),
  /** Absolute URL of the paragraph. */
  paragraphUrl: Type.String(),
  quote: Type.Optional(Type.String()),
  bodyHtml: Type.String(),
  /** The language the comment was written in (BCP 47: `en`, `fr`, …); the table mixes languages. */
  language: Type.String({ minLength: 2, maxLength: 35 }),
  stakeholder: Stakeholder,
  organisation: Type.Optional(Type.String()),
  focus: FeedbackFocus,
  commentType: CommentType,
  round: Type.Optional(Type.Object({ id: AnnotationId, name: Type.String() })),
  disposition: Type.Optional(PublicDisposition),
  createdAt: DateTime,
});
export const ResponsesQuery = Type.Object(
  {
    ...FeedbackFilter.properties,
    offset: Type.Optional(
      Type.String({ pattern: '^[0-9]{1,6}$', errorMessage: 'must be a row number: 0 or a whole number up to 999999' }),
    ),
  },
  { additionalProperties: false },
);
export const ResponsesResponse = Type.Object({
  rows: Type.Array(ResponseRow),
  /** Rows matching the filter (all pages of the table). */
  total: Type.Integer(),
  offset: Type.Integer(),
  /** Approved comments that match the filter but are for the editors only: a number, never their content. */
  editorsOnly: Type.Integer(),
  /** Page title of `page`, when filtered by one page. */
  pageTitle: Type.Optional(Type.String()),
  rounds: Type.Array(Type.Object({ id: AnnotationId, name: Type.String() })),
  /** Every page with published comments, by title: the choices of the table's page filter. */
  pages: Type.Array(Type.Object({ path: PagePath, title: Type.String() })),
});

export const ExportFormatQuery = Type.Object(
  { ...FeedbackFilter.properties, format: Type.Optional(Type.Enum([...EXPORT_FORMATS])) },
  { additionalProperties: false },
);

/** A count by category, e.g. `{key: 'nso', label: 'National statistical office', count: 4}`. */
export const Tally = Type.Object({ key: Type.String(), label: Type.String(), count: Type.Integer() });
export const InsightsResponse = Type.Object({
  /** `public`: approved public comments only. `editors`: every comment (signed-in editors). */
  scope: Type.Enum(['public', 'editors']),
  total: Type.Integer(),
  byStakeholder: Type.Array(Tally),
  byFocus: Type.Array(Tally),
  byCommentType: Type.Array(Tally),
  byDisposition: Type.Array(Tally),
  /** Every page with blocks, its sections and paragraphs, each with its number of comments. */
  pages: Type.Array(
    Type.Object({
      page: PagePath,
      title: Type.String(),
      count: Type.Integer(),
      sections: Type.Array(
        Type.Object({
          heading: Type.String(),
          count: Type.Integer(),
          paragraphs: Type.Array(Type.Object({ id: Type.String(), start: Type.String(), count: Type.Integer() })),
        }),
      ),
    }),
  ),
});
export const InsightsQuery = Type.Object({ round: FeedbackFilter.properties.round }, { additionalProperties: false });

/** POST /api/moderation/import answer: what was added, what was there already, what could not be anchored. */
export const ImportReport = Type.Object({
  imported: Type.Array(Type.String()),
  alreadyPresent: Type.Array(Type.String()),
  unanchored: Type.Array(Type.Object({ id: Type.String(), reason: Type.String() })),
  rejected: Type.Array(Type.Object({ id: Type.String(), reason: Type.String() })),
});

export type DispositionRecord = Static<typeof DispositionRecord>;
export type DispositionBody = Static<typeof DispositionBody>;
export type DispositionResponse = Static<typeof DispositionResponse>;
export type DispositionHistoryResponse = Static<typeof DispositionHistoryResponse>;
export type Round = Static<typeof Round>;
export type CreateRoundBody = Static<typeof CreateRoundBody>;
export type UpdateRoundBody = Static<typeof UpdateRoundBody>;
export type RoundsResponse = Static<typeof RoundsResponse>;
export type ParagraphRound = Static<typeof ParagraphRound>;
export type RoundStatusResponse = Static<typeof RoundStatusResponse>;
export type FeedbackFilter = Static<typeof FeedbackFilter>;
export type ResponseRow = Static<typeof ResponseRow>;
export type ResponsesResponse = Static<typeof ResponsesResponse>;
export type Tally = Static<typeof Tally>;
export type InsightsResponse = Static<typeof InsightsResponse>;
export type ImportReport = Static<typeof ImportReport>;
