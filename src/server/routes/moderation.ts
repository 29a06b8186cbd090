/**
 * Editors' routes, all behind `Authorization: Bearer <MODERATOR_TOKEN>` (constant-time compare):
 * the moderation queue and bulk decisions in one transaction. Exports, dispositions and rounds
 * have their own modules (routes/exports.ts, dispositions.ts, rounds.ts).
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  ErrorResponse,
  ModerationDecisionBody,
  ModerationDecisionResponse,
  ModerationListQuery,
  ModerationListResponse,
} from '../../shared/annotations';
import { toModerated } from '../annotations';
import { HttpError } from '../errors';
import type { PageCache } from '../pageCache';
import type { AnnotationRepository } from '../repository';
import { secretsEqual } from '../secrets';

export interface ModerationRoutesOptions {
  repository: AnnotationRepository;
  moderatorToken: string;
  pageCache: PageCache;
}

const errors = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse, 413: ErrorResponse };

/** Registers /api/moderation routes; register in its own scope so the auth hook covers only them. */
export const moderationRoutes: FastifyPluginAsyncTypebox<ModerationRoutesOptions> = async (app, options) => {
  const { repository, moderatorToken, pageCache } = options;

  app.addHook('onRequest', async (request, reply) => {
    const header = request.headers.authorization ?? '';
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
    reply.header('Cache-Control', 'no-store');
    if (!match) {
      reply.header('WWW-Authenticate', 'Bearer realm="moderation"');
      throw HttpError.unauthorized(
        'Moderator sign-in required: send the header "Authorization: Bearer <MODERATOR_TOKEN>".',
      );
    }
    if (!secretsEqual(match[1] ?? '', moderatorToken)) {
      reply.header('WWW-Authenticate', 'Bearer realm="moderation", error="invalid_token"');
      throw HttpError.unauthorized('The moderator token is not valid: check MODERATOR_TOKEN on the server.');
    }
  });

  app.get(
    '/api/moderation/annotations',
    { schema: { querystring: ModerationListQuery, response: { 200: ModerationListResponse, ...errors } } },
    async (request) => ({ annotations: (await repository.list(request.query)).map(toModerated) }),
  );

  app.post(
    '/api/moderation/decisions',
    { schema: { body: ModerationDecisionBody, response: { 200: ModerationDecisionResponse, ...errors } } },
    async (request) => {
      const { ids, status } = request.body;
      const updated = await repository.setStatus(ids, status, new Date().toISOString());
      pageCache.invalidate();
      const found = new Set(updated);
      return { status, updated, notFound: ids.filter((id) => !found.has(id)) };
    },
  );
};
