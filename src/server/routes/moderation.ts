/**
 * Editors' routes. A moderator is signed in either by the session cookie set by
 * POST /api/moderation/session (the /moderate page: token and name entered once per browser
 * session) or by `Authorization: Bearer <MODERATOR_TOKEN>` (scripts; optional X-Moderator-Name).
 * Credentials are checked, and failures throttled, by the app's one ModeratorAuth (moderatorAuth.ts),
 * the same check as every other editors' route. The routes: sign-in and sign-out (which revokes
 * the session for every instance), the queue with each comment's context and revision, the count
 * of comments waiting, bulk decisions in one transaction (refused when a comment changed since the
 * editor read it), and the export for consolidation.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import {
  ErrorResponse,
  LIMITS,
  ModerationCountsResponse,
  ModerationDecisionBody,
  type ModerationDecisionBody as ModerationDecisionBodyType,
  ModerationDecisionResponse,
  ModerationListQuery,
  ModerationListResponse,
  ModeratorSession,
  ModeratorSignInBody,
} from '../../shared/annotations';
import type { BlockIndex } from '../../shared/blockRegister';
import { toModerated } from '../annotations';
import { HttpError } from '../errors';
import { cleanText } from '../markdown';
import type { Moderator } from '../moderatorSession';
import type { PageCache } from '../pageCache';
import { ChangedSinceRead, revisionOf, type AnnotationRepository, type StoredAnnotation } from '../repository';

declare module 'fastify' {
  interface FastifyRequest {
    /** The signed-in moderator, on /api/moderation routes (set by the auth hook). */
    moderator?: Moderator;
  }
}

export interface ModerationRoutesOptions {
  repository: AnnotationRepository;
  pageCache: PageCache;
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
const NoContent = Type.Null();
/** Name recorded for decisions made with the bare Bearer token and no X-Moderator-Name. */
const API_MODERATOR = 'Moderator (API token)';

/** The queue item's context: page title and paragraph text from the register, and the parent of a reply. */
function contextOf(a: StoredAnnotation, blocks: BlockIndex | null, parents: Map<string, StoredAnnotation>) {
  const page = blocks?.page(a.target.page);
  const block = page?.blocks.find((b) => b.id === a.target.paragraphId) ?? blocks?.locate(a.target.paragraphId)?.block;
  const parent = a.parentId ? parents.get(a.parentId) : undefined;
  return {
    ...(page ? { pageTitle: page.title } : {}),
    ...(block ? { paragraphText: block.text, headings: block.headings } : {}),
    ...(parent
      ? { parent: { id: parent.id, authorName: parent.authorName, bodyHtml: parent.bodyHtml, status: parent.status } }
      : {}),
  };
}

/** Registers /api/moderation routes; register in its own scope so the auth hook covers only them. */
export const moderationRoutes: FastifyPluginAsyncTypebox<ModerationRoutesOptions> = async (app, options) => {
  const { repository, pageCache } = options;
  // The build's block register (src/server/blocks.ts): page titles and paragraph texts for the queue.
  const { blocks } = app;
  // The app's one credential check and throttle (moderatorAuth.ts), shared with every other editors' route.
  const auth = app.moderatorAuth;

  app.addHook('onRequest', async (request, reply) => {
    reply.header('Cache-Control', 'no-store');
    const path = request.url.split('?')[0];
    if (request.method === 'POST' && path === '/api/moderation/session') return;
    const editor = await auth.identify(request, reply);
    if (!editor) {
      // "Who is signed in?" with no credentials at all is a question, not a failed sign-in: the
      // route answers 204 (nobody), so the /moderate page's first look logs no error.
      if (request.method === 'GET' && path === '/api/moderation/session') return;
      await auth.require(request, reply);
      return;
    }
    const named = request.headers['x-moderator-name'];
    const name = typeof named === 'string' ? cleanText(named).trim().slice(0, LIMITS.moderatorName) : '';
    request.moderator = { name: editor.name ?? (name || API_MODERATOR) };
  });

  app.post(
    '/api/moderation/session',
    { schema: { body: ModeratorSignInBody, response: { 200: ModeratorSession, ...errors } } },
    async (request, reply) => {
      // The token first: a guess is counted (and throttled) whatever name comes with it.
      auth.checkSignInToken(request, reply, request.body.token);
      const name = cleanText(request.body.name).trim();
      // Invisible characters (zero-width spaces, joiners) alone are no name.
      if (!name.replace(/[\s\p{Cf}\p{Z}]/gu, '')) {
        throw HttpError.badRequest('name: must contain visible text', [
          { field: 'name', message: 'must contain visible text' },
        ]);
      }
      reply.header('Set-Cookie', auth.newSessionCookie(name));
      return { name };
    },
  );

  app.get(
    '/api/moderation/session',
    { schema: { response: { 200: ModeratorSession, 204: NoContent, ...errors } } },
    async (request, reply) => (request.moderator ? { name: request.moderator.name } : reply.code(204).send(null)),
  );

  // Sign-out revokes the session server-side, so a copy of the cookie is refused from now on.
  app.delete(
    '/api/moderation/session',
    { schema: { response: { 204: NoContent, ...errors } } },
    async (request, reply) => {
      await auth.signOut(request.editor, reply);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/api/moderation/annotations',
    { schema: { querystring: ModerationListQuery, response: { 200: ModerationListResponse, ...errors } } },
    async (request) => {
      const annotations = await repository.list(request.query);
      const parentIds = [...new Set(annotations.flatMap((a) => (a.parentId ? [a.parentId] : [])))];
      const parents = new Map((await repository.findByIds(parentIds)).map((p) => [p.id, p]));
      return {
        annotations: annotations.map((a) => ({
          ...toModerated(a),
          revision: revisionOf(a),
          context: contextOf(a, blocks, parents),
        })),
      };
    },
  );

  app.get(
    '/api/moderation/counts',
    { schema: { response: { 200: ModerationCountsResponse, ...errors } } },
    async () => ({
      awaiting: await repository.countAwaitingModeration(),
    }),
  );

  app.post(
    '/api/moderation/decisions',
    { schema: { body: ModerationDecisionBody, response: { 200: ModerationDecisionResponse, ...errors } } },
    async (request) => {
      const { status } = request.body;
      const { ids, seen } = decisionTargets(request.body);
      // Rejecting an approved comment's waiting edit rejects the edit only (repository/rows.ts).
      const editsWaiting =
        status === 'rejected'
          ? new Set(
              (await repository.findByIds(ids))
                .filter((a) => a.pendingEdit && a.status === 'approved')
                .map((a) => a.id),
            )
          : new Set<string>();
      let updated: string[];
      try {
        updated = await repository.setStatus(ids, status, new Date().toISOString(), seen);
      } catch (error) {
        if (error instanceof ChangedSinceRead) throw changedSinceRead(error.ids, ids);
        throw error;
      }
      pageCache.invalidate();
      const found = new Set(updated);
      return {
        status,
        updated,
        notFound: ids.filter((id) => !found.has(id)),
        editRejected: updated.filter((id) => editsWaiting.has(id)),
      };
    },
  );
};

/**
 * The comments a decision is about, and the revision of each the editor read.
 *
 * Old clients send `ids` alone. Their rejections and spam marks are still taken: they publish
 * nothing, so deciding on a version the editor did not read does no harm, and scripts that clear
 * spam keep working. Their approvals are refused (400, saying what to send), because an approval
 * naming no version is exactly how a text swapped after reading got published.
 *
 * @throws HttpError 400 when both or neither of `items` and `ids` are sent, an id is named twice,
 *   or an approval names no revisions
 */
function decisionTargets(body: ModerationDecisionBodyType): { ids: string[]; seen?: Map<string, string> } {
  const { items, ids, status } = body;
  if ((items === undefined) === (ids === undefined)) {
    throw HttpError.badRequest(
      'Send the comments decided as "items": [{"id", "revision"}], with the revision each had in GET /api/moderation/annotations.',
      [{ field: 'items', message: 'required (and not together with "ids")' }],
    );
  }
  if (ids) {
    if (status !== 'approved') return { ids };
    throw HttpError.badRequest(
      'items: an approval names the revision of each comment you read, so that text changed since is never ' +
        'published unread: send "items": [{"id", "revision"}] from GET /api/moderation/annotations ' +
        '(in the browser: reload /moderate).',
      [{ field: 'items', message: 'required to approve: each comment with the revision you read' }],
    );
  }
  const seen = new Map<string, string>();
  (items ?? []).forEach((item, index) => {
    if (seen.has(item.id)) {
      throw HttpError.badRequest(`items[${index}].id: ${item.id} is named twice`, [
        { field: `items[${index}].id`, message: 'named twice' },
      ]);
    }
    seen.set(item.id, item.revision);
  });
  return { ids: [...seen.keys()], seen };
}

/** The 409 of a decision refused because comments changed since the editor read them. */
function changedSinceRead(changed: readonly string[], ids: readonly string[]): HttpError {
  const which = changed.length === 1 ? `Comment ${changed[0]} has` : `Comments ${changed.join(', ')} have`;
  return new HttpError(
    409,
    `${which} changed since you read ${changed.length === 1 ? 'it' : 'them'} (edited by the author, or decided ` +
      'by another editor), so nothing was decided: reload the queue, read the comment again and decide.',
    changed.map((id) => ({ field: `items[${ids.indexOf(id)}].revision`, message: `${id} changed since you read it` })),
  );
}
