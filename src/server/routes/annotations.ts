/**
 * Public comment routes: read a page's threads, read one comment, create, and the author's own
 * edit/delete/lookup with the edit token. Every response is built by toPublic(), and every read
 * goes through visibleThread()/findVisible() and withPublishedReferences(), so hidden comments
 * have no way out, not even as an id another comment names.
 */
import { createHash } from 'node:crypto';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import { normalizeRoutePath, type BlockIndex } from '../../shared/blockRegister';
import {
  AnnotationParams,
  CreateAnnotationBody,
  CreatedAnnotationResponse,
  EDIT_TOKEN_HEADER,
  ErrorResponse,
  LIMITS,
  OwnAnnotationsBody,
  OwnAnnotationsResponse,
  PageAnnotationsQuery,
  PageAnnotationsResponse,
  type PageAnnotationsResponse as PageAnnotationsResponseType,
  PublicAnnotation,
  UpdateAnnotationBody,
  type Target,
  type TextQuote,
} from '../../shared/annotations';
import { DEFAULT_LOCALE, LOCALE_CODES, localeLabel } from '../../shared/locales';
import { textHash } from '../../shared/paragraphId';
import {
  createAnnotation,
  findOwn,
  findOwnMany,
  findVisible,
  toOwn,
  toPublic,
  updateAnnotation,
  visibleThread,
  withPublishedReferences,
  type CommentPolicy,
} from '../annotations';
import { fieldError, HttpError, type Coded } from '../errors';
import { limitKey, lookupLimit, WRITE_LIMIT } from '../plugins/rateLimit';
import type { FeedbackService } from '../feedback/service';
import type { PageCache } from '../pageCache';
import type { AnnotationRepository } from '../repository';
import { hashAddress } from '../secrets';
import { findPublishedPassage } from '../quotedPassage';
import { cleanText } from '../markdown';
import { visibleLength } from '../../shared/visibleText';

export interface AnnotationRoutesOptions {
  repository: AnnotationRepository;
  pageCache: PageCache;
  policy: CommentPolicy;
  /** RATE_LIMIT_WRITES_PER_MINUTE: the author lookup gets a multiple of it. */
  writesPerMinute: number;
  ipHashSalt: string;
  /** Consultation rounds (409 on closed paragraphs) and the paragraph snapshot a comment records. */
  feedback?: FeedbackService;
}

const errors = {
  400: ErrorResponse,
  401: ErrorResponse,
  403: ErrorResponse,
  404: ErrorResponse,
  409: ErrorResponse,
  413: ErrorResponse,
  429: ErrorResponse,
};
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{16,128}$/;
const NoContent = Type.Null();
const EditTokenHeaders = Type.Object({ [EDIT_TOKEN_HEADER]: Type.Optional(Type.String()) });

function requireToken(headers: Record<string, unknown>): string {
  const token = headers[EDIT_TOKEN_HEADER];
  if (typeof token !== 'string' || token === '') {
    throw HttpError.unauthorized(
      'Missing X-Edit-Token header: send the edit token you received when you posted the comment.',
    );
  }
  if (!TOKEN_SHAPE.test(token)) {
    throw HttpError.forbidden('The X-Edit-Token header does not match this comment: only its author can change it.');
  }
  return token;
}

/**
 * A new comment must point at a page and a paragraph id the build published: the current
 * register, including ids of earlier releases that old handouts still carry (`retired`) and
 * pages that moved (stored under their current path). A quoted passage must be in the paragraph
 * as published in the comment's language, and is stored as it stands there (`quotedPassage.ts`).
 * Without a register (an old build, or a site-less test) there is nothing to check against and
 * the target is taken as sent.
 *
 * @param blocksIn - the register of a language's build (`app.blocksIn`); the default's is `blocks`
 * @throws HttpError 400 naming the field at fault; 409 when the paragraph was reworded after the
 *   page was opened and the quoted passage is gone from it
 */
export function publishedTarget(
  blocks: BlockIndex | null,
  body: CreateAnnotationBody,
  blocksIn: (locale: string) => BlockIndex | null = () => blocks,
): CreateAnnotationBody {
  if (!blocks) return body;
  const { page, paragraphId } = body.target;
  const current = blocks.page(page);
  if (!current) {
    throw fieldError('target.page', `no published page at ${page}: comment on a page of this site`, {
      code: 'pageUnknown',
    });
  }
  if (!blocks.isPublished(current.path, paragraphId)) {
    throw fieldError(
      'target.paragraphId',
      `no paragraph "${paragraphId}" was published on ${current.path}: reload the page and comment again`,
      { code: 'paragraphGone' },
    );
  }
  const target = { ...body.target, page: current.path };
  if (!target.quote) return { ...body, target };
  return { ...body, target: publishedQuote(target, target.quote, body.language ?? DEFAULT_LOCALE, blocksIn) };
}

/** The target with its quote checked against, and cut from, the paragraph as published in `language`. */
function publishedQuote(
  target: Target,
  quote: TextQuote,
  language: string,
  blocksIn: (locale: string) => BlockIndex | null,
): Target {
  // Too short a passage is refused by createAnnotation, naming `target.quote.exact`.
  if (visibleLength(cleanText(quote.exact)) < LIMITS.quoteMinVisible) return target;
  const quoteProblem = (message: string, coded: Coded) => fieldError('target.quote', message, coded);
  const blocks = blocksIn(language);
  if (!blocks) {
    throw quoteProblem(
      `this site publishes no ${localeLabel(language)} text to quote from (language "${language}"): ` +
        'send the comment in a language of the site, or without a quoted passage',
      { code: 'quoteLanguageUnpublished', params: { language } },
    );
  }
  const located = blocks.locate(target.paragraphId);
  const text = located?.page.path === target.page ? located.block?.text : undefined;
  if (text === undefined) {
    throw quoteProblem(
      `paragraph "${target.paragraphId}" is no longer a paragraph of ${target.page}: reload the page and select the passage again`,
      { code: 'paragraphGone' },
    );
  }
  const passage = findPublishedPassage(text, quote, target.position);
  if (!passage) {
    // A client that sends the wrong `language` (or none) would otherwise be told to reload, in vain.
    const inLanguage = LOCALE_CODES.find((code) => {
      const other = code === language ? undefined : blocksIn(code)?.locate(target.paragraphId)?.block?.text;
      return other !== undefined && findPublishedPassage(other, quote) !== null;
    });
    if (inLanguage) {
      throw quoteProblem(
        `is in the ${localeLabel(inLanguage)} text of this paragraph, not the ${localeLabel(language)}: ` +
          `send the comment with language "${inLanguage}"`,
        { code: 'quoteInOtherLanguage', params: { language: inLanguage } },
      );
    }
    if (textHash(text) !== target.paragraphHash) {
      throw HttpError.conflict(
        'This paragraph was reworded after the page was opened, and the passage you selected is no longer in it: ' +
          'reload the page, select the passage again and send your comment.',
        { code: 'paragraphReworded' },
      );
    }
    throw quoteProblem('is not in this paragraph as published: select the passage on the page again', {
      code: 'quoteNotFound',
    });
  }
  const { position: _sent, ...rest } = target;
  return { ...rest, quote: passage.quote, ...(passage.position ? { position: passage.position } : {}) };
}

/** Registers /api/annotations routes. */
export const annotationRoutes: FastifyPluginAsyncTypebox<AnnotationRoutesOptions> = async (app, options) => {
  const { repository, policy, ipHashSalt, pageCache, writesPerMinute, feedback } = options;

  /** Reads, filters and serialises one page's thread (built field by field by toPublic). */
  async function loadPage(page: string) {
    const version = pageCache.version;
    const annotations = await withPublishedReferences(
      repository,
      visibleThread(await repository.listVisibleByPage(page)),
    );
    const fingerprint = createHash('sha1');
    // A disposition changes what the thread shows without changing the comment, and so does the
    // comment it names as duplicated being hidden (the reference is then left out).
    for (const a of annotations) {
      const d = a.disposition;
      fingerprint.update(`${a.id}\0${a.updatedAt}\0${d?.decidedAt ?? ''}\0${d?.duplicateOf ?? ''}\0`);
    }
    const body: PageAnnotationsResponseType = { page, annotations: annotations.map(toPublic) };
    return pageCache.set(page, `W/"${fingerprint.digest('base64url')}"`, JSON.stringify(body), version);
  }

  app.get(
    '/api/annotations',
    {
      schema: {
        querystring: PageAnnotationsQuery,
        response: { 200: PageAnnotationsResponse, 304: NoContent, ...errors },
      },
    },
    async (request, reply) => {
      // Read under the path a comment is filed under: the current page's, as a write files it
      // (`/docs/x/` and a moved page's old path name the same comments).
      const page = app.blocks?.page(request.query.page)?.path ?? normalizeRoutePath(request.query.page);
      const entry = pageCache.get(page) ?? (await loadPage(page));
      reply.header('ETag', entry.etag).header('Cache-Control', 'no-cache');
      const known = request.headers['if-none-match']?.split(',').map((tag) => tag.trim()) ?? [];
      if (known.includes(entry.etag) || known.includes('*')) return reply.code(304).send(null);
      // Already-serialised JSON is sent as is (Fastify does not serialise strings again).
      return reply.type('application/json; charset=utf-8').send(entry.json as unknown as PageAnnotationsResponseType);
    },
  );

  app.get(
    '/api/annotations/:id',
    { schema: { params: AnnotationParams, response: { 200: PublicAnnotation, ...errors } } },
    async (request) => {
      const annotation = await findVisible(repository, request.params.id);
      if (!annotation) throw HttpError.notFound(`No published comment with id ${request.params.id}.`);
      return toPublic(annotation);
    },
  );

  app.post(
    '/api/annotations',
    {
      config: WRITE_LIMIT,
      schema: { body: CreateAnnotationBody, response: { 201: CreatedAnnotationResponse, ...errors } },
    },
    async (request, reply) => {
      const writer = { ipHash: hashAddress(request.ip, ipHashSalt), limitKey: limitKey(request) };
      const input =
        request.body.parentId === undefined ? publishedTarget(app.blocks, request.body, app.blocksIn) : request.body;
      const { annotation, editToken } = await createAnnotation(
        repository,
        policy,
        input,
        writer,
        feedback && ((target) => feedback.prepareComment(target, input.language)),
      );
      pageCache.invalidate(annotation.target.page);
      reply.code(201).header('Cache-Control', 'no-store');
      return { id: annotation.id, status: annotation.status, editToken, annotation: toPublic(annotation) };
    },
  );

  app.post(
    '/api/annotations/mine',
    {
      config: lookupLimit(writesPerMinute),
      schema: { body: OwnAnnotationsBody, response: { 200: OwnAnnotationsResponse, ...errors } },
    },
    async (request, reply) => {
      reply.header('Cache-Control', 'no-store');
      const own = await findOwnMany(repository, request.body.items);
      return { annotations: (await withPublishedReferences(repository, own)).map(toOwn) };
    },
  );

  app.patch(
    '/api/annotations/:id',
    {
      config: WRITE_LIMIT,
      schema: {
        params: AnnotationParams,
        headers: EditTokenHeaders,
        body: UpdateAnnotationBody,
        response: { 200: PublicAnnotation, ...errors },
      },
    },
    async (request) => {
      const existing = await findOwn(repository, request.params.id, requireToken(request.headers));
      await feedback?.requireWritable(existing.target);
      const updated = await updateAnnotation(repository, policy, existing, request.body, {
        ipHash: hashAddress(request.ip, ipHashSalt),
        limitKey: limitKey(request),
      });
      pageCache.invalidate(existing.target.page);
      return toOwn((await withPublishedReferences(repository, [updated]))[0] ?? updated);
    },
  );

  app.delete(
    '/api/annotations/:id',
    {
      config: WRITE_LIMIT,
      schema: { params: AnnotationParams, headers: EditTokenHeaders, response: { 204: NoContent, ...errors } },
    },
    async (request, reply) => {
      const existing = await findOwn(repository, request.params.id, requireToken(request.headers));
      await feedback?.requireWritable(existing.target);
      // Allowed in every status, a rejected or spam comment too (unlike an edit): the words are the
      // author's to withdraw, and deleting publishes nothing, where an edit would rewrite what the
      // editors refused under their decision.
      await repository.delete(existing.id);
      // Every page: a comment on another page may name this one as the one it duplicates.
      pageCache.invalidate();
      return reply.code(204).send(null);
    },
  );
};
