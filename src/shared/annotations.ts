/**
 * The comment API's wire contract: request and response schemas, and the TypeScript types derived
 * from them. The service validates with these schemas (Fastify + TypeBox), the browser client is
 * typed by them, and the tests import both, so validation and types cannot drift.
 *
 * Field names follow the W3C Web Annotation model where one exists (TextQuoteSelector,
 * TextPositionSelector); see shared/reference/comments-anchors.md §6.
 *
 * Pure: no DOM, no Node APIs.
 */
import Type, { type Static } from 'typebox';
import { PublicDisposition } from './disposition';
import { ERROR_CODES } from './errorCodes';
import { LOCALE_CODES } from './locales';
import {
  COMMENT_TYPES,
  EDIT_TOKEN_HEADER,
  FEEDBACK_FOCUS,
  LIMITS,
  MODERATION_STATUSES,
  STAKEHOLDERS,
  VISIBILITIES,
  type ModerationStatus as ModerationStatusName,
  type Stakeholder as StakeholderKey,
} from './annotationFields';

// The constants and labels live in a schema-free module so browser code can read them without
// shipping the schema library; re-exported here so service code keeps one import.
export { COMMENT_TYPES, EDIT_TOKEN_HEADER, FEEDBACK_FOCUS, LIMITS, MODERATION_STATUSES, STAKEHOLDERS, VISIBILITIES };

export const keysOf = <T extends Record<string, string>>(labels: T) =>
  Type.Enum(Object.keys(labels) as (keyof T & string)[]);

export const Stakeholder = keysOf(STAKEHOLDERS);
export const FeedbackFocus = keysOf(FEEDBACK_FOCUS);
export const CommentType = keysOf(COMMENT_TYPES);
export const Visibility = keysOf(VISIBILITIES);
export const ModerationStatus = Type.Enum(MODERATION_STATUSES);

/**
 * `errorMessage` is this API's own schema option (TypeBox keeps unknown options): the sentence the
 * service answers when a value fails the schema's `pattern`, written next to the pattern it
 * explains (read by src/server/validationMessages.ts).
 */
export const VisibleText = (maxLength: number) =>
  Type.String({ minLength: 1, maxLength, pattern: '\\S', errorMessage: 'must contain visible text' });
const Text = VisibleText;

export const PagePath = Type.String({
  minLength: 1,
  maxLength: LIMITS.page,
  pattern: '^/[A-Za-z0-9/._~-]*$',
  errorMessage: 'must be a site path starting with /, e.g. /docs/definition',
});
export const ParagraphIdSchema = Type.String({
  maxLength: LIMITS.paragraphId,
  pattern: '^[a-z][a-z0-9-]*$',
  errorMessage: 'must be a paragraph id such as p-3f2a1c',
});
/** The site language a comment was written in (src/shared/locales.ts). */
export const CommentLanguage = Type.Enum(LOCALE_CODES, { errorMessage: `must be one of ${LOCALE_CODES.join(', ')}` });

/** How the service's ids (comments, rounds) are written: 8 to 64 URL-safe characters. */
export const ID_PATTERN = '^[A-Za-z0-9_-]{8,64}$';

export const AnnotationId = Type.String({
  pattern: ID_PATTERN,
  errorMessage: 'must be a comment id (8 to 64 letters, digits, _ or -)',
});

/** W3C TextQuoteSelector: the quoted passage with a little context either side. */
export const TextQuoteSelector = Type.Object(
  {
    exact: Type.String({ minLength: 1, maxLength: LIMITS.quote }),
    prefix: Type.String({ maxLength: LIMITS.quoteContext }),
    suffix: Type.String({ maxLength: LIMITS.quoteContext }),
  },
  { additionalProperties: false },
);

/** W3C TextPositionSelector: offsets into the paragraph's text (not the page's). */
export const TextPositionSelector = Type.Object(
  { start: Type.Integer({ minimum: 0, maximum: 100_000 }), end: Type.Integer({ minimum: 0, maximum: 100_000 }) },
  { additionalProperties: false },
);

/** Where a comment points. Without a quote it is about the whole paragraph. */
export const Target = Type.Object(
  {
    page: PagePath,
    paragraphId: ParagraphIdSchema,
    /** textHash() of the paragraph when the comment was written: tells later readers the text changed. */
    paragraphHash: Type.String({
      pattern: '^[0-9a-z]{1,16}$',
      errorMessage: 'must be a paragraph text hash (1 to 16 lowercase letters or digits)',
    }),
    quote: Type.Optional(TextQuoteSelector),
    position: Type.Optional(TextPositionSelector),
  },
  { additionalProperties: false },
);

/**
 * POST /api/annotations
 *
 * A new thread needs `stakeholder`, `commentType` and `visibility`; `focus` (the 2024 side event's
 * areas (a) to (c)) is optional everywhere and defaults to `general`. A reply (`parentId`) needs
 * only `body` and `authorName`: it inherits the thread's focus, type and visibility, and its
 * stakeholder type defaults to `other` when the replier gives none.
 */
export const CreateAnnotationBody = Type.Object(
  {
    target: Target,
    /** GitHub-flavoured Markdown; rendered server-side through an allow-list sanitiser. */
    body: Text(LIMITS.body),
    authorName: Text(LIMITS.authorName),
    stakeholder: Type.Optional(Stakeholder),
    organisation: Type.Optional(Type.String({ maxLength: LIMITS.organisation })),
    country: Type.Optional(Type.String({ maxLength: LIMITS.country })),
    focus: Type.Optional(FeedbackFocus),
    commentType: Type.Optional(CommentType),
    proposedWording: Type.Optional(Type.String({ maxLength: LIMITS.proposedWording })),
    visibility: Type.Optional(Visibility),
    /** Set for a reply; replies share their parent's target. */
    parentId: Type.Optional(AnnotationId),
    /**
     * The language of the page the comment was written on; absent means the default locale. Every
     * language's page shares the English page's path and paragraph ids, so this is what tells a
     * French comment from an English one (a reply has its own).
     */
    language: Type.Optional(CommentLanguage),
  },
  { additionalProperties: false },
);

/** PATCH /api/annotations/:id (author, with the edit token) */
export const UpdateAnnotationBody = Type.Object(
  {
    body: Type.Optional(Text(LIMITS.body)),
    proposedWording: Type.Optional(Type.String({ maxLength: LIMITS.proposedWording })),
  },
  { additionalProperties: false, minProperties: 1 },
);

/** A comment as any reader may see it: never an e-mail, an IP address or a token. */
export const PublicAnnotation = Type.Object({
  id: AnnotationId,
  target: Target,
  bodyHtml: Type.String(),
  authorName: Type.String(),
  stakeholder: Stakeholder,
  organisation: Type.Optional(Type.String()),
  country: Type.Optional(Type.String()),
  /** Absent for comments in the default locale (and for all written before languages existed). */
  language: Type.Optional(Type.String()),
  focus: FeedbackFocus,
  commentType: CommentType,
  proposedWording: Type.Optional(Type.String()),
  visibility: Visibility,
  status: ModerationStatus,
  parentId: Type.Optional(AnnotationId),
  createdAt: Type.String({ format: 'date-time' }),
  updatedAt: Type.String({ format: 'date-time' }),
  /** The editors' decision and public response, once recorded (feedback.ts). */
  disposition: Type.Optional(PublicDisposition),
  /** The consultation round the comment was made in. */
  round: Type.Optional(Type.Object({ id: Type.String(), name: Type.String() })),
  /**
   * Only in answers to the comment's author (PATCH, /mine): their edit waits for an editor, and
   * `bodyHtml`/`proposedWording` show that edit while everyone else still sees the approved text.
   */
  editPending: Type.Optional(Type.Boolean()),
});

/** GET /api/annotations?page=… : every public, approved comment of one page, in one response. */
export const PageAnnotationsQuery = Type.Object({ page: PagePath }, { additionalProperties: false });
export const PageAnnotationsResponse = Type.Object({ page: PagePath, annotations: Type.Array(PublicAnnotation) });

/** 201 answer to a create: the edit token is shown once and only to its author. */
export const CreatedAnnotationResponse = Type.Object({
  id: AnnotationId,
  status: ModerationStatus,
  editToken: Type.String(),
  annotation: PublicAnnotation,
});

/** A comment's revision as the moderation list shows it (src/server/repository/revision.ts). */
export const Revision = Type.String({
  pattern: '^[A-Za-z0-9_-]{1,64}$',
  errorMessage: 'must be the revision the moderation list gave for this comment',
});

/** One comment of a decision, and the revision of it the editor read. */
export const ModerationDecisionItem = Type.Object(
  { id: AnnotationId, revision: Revision },
  { additionalProperties: false },
);

/**
 * POST /api/moderation/decisions (moderator): one decision for one or many comments.
 *
 * `items` name the revision the editor read of each comment; if any of them changed since (the
 * author edited it, another editor decided), nothing is decided: 409 naming them. `ids` alone
 * (the form before revisions) is still taken for `rejected` and `spam`, which publish nothing;
 * an approval by `ids` alone is refused with 400, since approving unread text is the bypass
 * revisions close. Exactly one of `items` and `ids`.
 */
export const ModerationDecisionBody = Type.Object(
  {
    items: Type.Optional(Type.Array(ModerationDecisionItem, { minItems: 1, maxItems: LIMITS.bulkModeration })),
    ids: Type.Optional(Type.Array(AnnotationId, { minItems: 1, maxItems: LIMITS.bulkModeration, uniqueItems: true })),
    status: Type.Enum(['approved', 'rejected', 'spam']),
  },
  { additionalProperties: false },
);

/** What an error's code is rebuilt from in the reader's language (src/shared/errorCodes.ts). */
const ErrorCodeSchema = Type.Enum(ERROR_CODES);
const ErrorParamsSchema = Type.Record(Type.String(), Type.Union([Type.String(), Type.Number()]));

/** One field's problem: `code` and `params` for the browser's sentence, `message` in English. */
export const FieldErrorSchema = Type.Object({
  field: Type.String(),
  message: Type.String(),
  code: Type.Optional(ErrorCodeSchema),
  params: Type.Optional(ErrorParamsSchema),
});

/**
 * Every 4xx/5xx answer: a message a person can act on, plus field details for forms. An error a
 * reader can meet carries a `code` (and its `params`), which the site shows in the reader's
 * language; `message` is the English sentence for scripts and logs.
 */
export const ErrorResponse = Type.Object({
  statusCode: Type.Integer(),
  error: Type.String(),
  message: Type.String(),
  code: Type.Optional(ErrorCodeSchema),
  params: Type.Optional(ErrorParamsSchema),
  fields: Type.Optional(Type.Array(FieldErrorSchema)),
});

/** GET /api/annotations/:id, PATCH and DELETE /api/annotations/:id */
export const AnnotationParams = Type.Object({ id: AnnotationId }, { additionalProperties: false });

export const EditTokenString = Type.String({
  minLength: 16,
  maxLength: 128,
  pattern: '^[A-Za-z0-9_-]+$',
  errorMessage: 'must be an edit token as returned when the comment was created',
});

/** POST /api/annotations/mine: the author's own comments, in any status, proven by their edit tokens. */
export const OwnAnnotationsBody = Type.Object(
  {
    items: Type.Array(Type.Object({ id: AnnotationId, editToken: EditTokenString }, { additionalProperties: false }), {
      maxItems: LIMITS.ownLookup,
    }),
  },
  { additionalProperties: false },
);
export const OwnAnnotationsResponse = Type.Object({ annotations: Type.Array(PublicAnnotation) });

/** GET /api/moderation/annotations (moderator). Without status: every status. */
export const ModerationListQuery = Type.Object(
  { status: Type.Optional(ModerationStatus), page: Type.Optional(PagePath) },
  { additionalProperties: false },
);

/** An author's edit of a published comment, waiting for an editor (the published text stays until then). */
export const PendingEdit = Type.Object({
  body: Type.String(),
  bodyHtml: Type.String(),
  proposedWording: Type.Optional(Type.String()),
  updatedAt: Type.String({ format: 'date-time' }),
});

/** What editors see: the public shape plus the Markdown source of the body and any waiting edit. */
export const ModeratedAnnotation = Type.Object({
  ...PublicAnnotation.properties,
  body: Type.String(),
  pendingEdit: Type.Optional(PendingEdit),
});

/** Where a queued comment sits, so an editor can decide without opening the page. */
export const ModerationContext = Type.Object({
  /** The page's title, from the build's block register (absent when the site has none). */
  pageTitle: Type.Optional(Type.String()),
  /** Headings above the paragraph, outermost first. */
  headings: Type.Optional(Type.Array(Type.String())),
  /** The paragraph's text as published now (absent when the id is unknown to this build). */
  paragraphText: Type.Optional(Type.String()),
  /** For a reply: the comment it answers, in any status. */
  parent: Type.Optional(
    Type.Object({
      id: AnnotationId,
      authorName: Type.String(),
      bodyHtml: Type.String(),
      status: ModerationStatus,
    }),
  ),
});

/**
 * One item of the moderation queue: the comment, its context, and its `revision`, which a decision
 * names so that nothing the editor has not read is decided (ModerationDecisionBody).
 */
export const ModerationQueueItem = Type.Object({
  ...ModeratedAnnotation.properties,
  revision: Revision,
  context: ModerationContext,
});
export const ModerationListResponse = Type.Object({ annotations: Type.Array(ModerationQueueItem) });

/** GET /api/moderation/counts (moderator): how many comments wait for an editor (new ones and edits). */
export const ModerationCountsResponse = Type.Object({ awaiting: Type.Integer({ minimum: 0 }) });

/**
 * POST /api/moderation/session: signs a moderator in with the token and a name (recorded on their
 * decisions); the answer sets an HTTP-only, SameSite=Strict session cookie. DELETE signs out.
 */
export const ModeratorSignInBody = Type.Object(
  {
    token: Type.String({ minLength: 1, maxLength: LIMITS.moderatorToken }),
    name: Text(LIMITS.moderatorName),
  },
  { additionalProperties: false },
);
/** GET /api/moderation/session, and the answer to a sign-in: who is signed in. */
export const ModeratorSession = Type.Object({ name: Type.String() });

/** Answer to a bulk decision: how many changed, and which ids do not exist. */
export const ModerationDecisionResponse = Type.Object({
  status: Type.Enum(['approved', 'rejected', 'spam']),
  updated: Type.Array(AnnotationId),
  notFound: Type.Array(AnnotationId),
  /**
   * Of `updated`, the published comments whose waiting edit was rejected: the edit is gone and the
   * published text stays (rejecting the comment again takes it down).
   */
  editRejected: Type.Array(AnnotationId),
});

/**
 * GET /api/moderation/export?format=json|csv|w3c (moderator): every comment, for consolidation.
 * `w3c` is a W3C Web Annotation AnnotationCollection (JSON-LD) for archiving.
 */
export const ExportQuery = Type.Object(
  { format: Type.Optional(Type.Enum(['json', 'csv', 'w3c'])) },
  { additionalProperties: false },
);
export const ExportResponse = Type.Object({ exportedAt: Type.String(), annotations: Type.Array(ModeratedAnnotation) });

/** GET /api/health */
export const HealthResponse = Type.Object({ status: Type.Literal('ok') });

export type Target = Static<typeof Target>;
export type TextQuote = Static<typeof TextQuoteSelector>;
export type TextPosition = Static<typeof TextPositionSelector>;
export type CreateAnnotationBody = Static<typeof CreateAnnotationBody>;
export type UpdateAnnotationBody = Static<typeof UpdateAnnotationBody>;
export type PublicAnnotation = Static<typeof PublicAnnotation>;
export type PageAnnotationsResponse = Static<typeof PageAnnotationsResponse>;
export type CreatedAnnotationResponse = Static<typeof CreatedAnnotationResponse>;
export type ModerationDecisionBody = Static<typeof ModerationDecisionBody>;
export type ModerationDecisionItem = Static<typeof ModerationDecisionItem>;
export type ErrorResponse = Static<typeof ErrorResponse>;
export type FieldErrorResponse = Static<typeof FieldErrorSchema>;
export type OwnAnnotationsBody = Static<typeof OwnAnnotationsBody>;
export type OwnAnnotationsResponse = Static<typeof OwnAnnotationsResponse>;
export type ModerationListQuery = Static<typeof ModerationListQuery>;
export type ModeratedAnnotation = Static<typeof ModeratedAnnotation>;
export type ModerationListResponse = Static<typeof ModerationListResponse>;
export type ModerationQueueItem = Static<typeof ModerationQueueItem>;
export type ModerationContext = Static<typeof ModerationContext>;
export type ModerationCountsResponse = Static<typeof ModerationCountsResponse>;
export type ModeratorSignInBody = Static<typeof ModeratorSignInBody>;
export type ModeratorSession = Static<typeof ModeratorSession>;
export type ModerationDecisionResponse = Static<typeof ModerationDecisionResponse>;
export type ExportResponse = Static<typeof ExportResponse>;
export type ModerationStatus = ModerationStatusName;
export type Stakeholder = StakeholderKey;
