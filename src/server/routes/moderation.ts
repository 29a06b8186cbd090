/**
 * Editors' routes, all behind `Authorization: Bearer <MODERATOR_TOKEN>` (constant-time compare):
 * the moderation queue, bulk decisions in one transaction, and the export for consolidation.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  ErrorResponse,
  ExportQuery,
  ExportResponse,
  type ExportResponse as ExportResponseType,
  ModerationDecisionBody,
  ModerationDecisionResponse,
  ModerationListQuery,
  ModerationListResponse,
} from '../../shared/annotations';
import { toModerated } from '../annotations';
import { HttpError } from '../errors';
import { toCsv } from '../exportCsv';
import type { PageCache } from '../pageCache';
import type { AnnotationRepository } from '../repository';
import { secretsEqual } from '../secrets';
import { toW3CCollection } from '../w3c';

export interface ModerationRoutesOptions {
  repository: AnnotationRepository;
  moderatorToken: string;
  pageCache: PageCache;
  /** PUBLIC_ORIGIN: the base of the IRIs in the W3C export. */
  publicOrigin: string;
}

const errors = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse, 413: ErrorResponse };

/** Registers /api/moderation routes; register in its own scope so the auth hook covers only them. */
export const moderationRoutes: FastifyPluginAsyncTypebox<ModerationRoutesOptions> = async (app, options) => {
  const { repository, moderatorToken, pageCache, publicOrigin } = options;

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

  app.get(
    '/api/moderation/export',
    { schema: { querystring: ExportQuery, response: { 200: ExportResponse, ...errors } } },
    async (request, reply) => {
      const annotations = (await repository.list({})).map(toModerated);
      const exportedAt = new Date().toISOString();
      const stamp = exportedAt.slice(0, 10);
      if (request.query.format === 'csv') {
        reply.header('Content-Disposition', `attachment; filename="comments-${stamp}.csv"`);
        // Sent as text: the JSON response schema does not apply to this representation.
        const csv = toCsv(annotations) as unknown as ExportResponseType;
        return reply.type('text/csv; charset=utf-8').serializer(String).send(csv);
      }
      if (request.query.format === 'w3c') {
        reply.header('Content-Disposition', `attachment; filename="comments-${stamp}.jsonld"`);
        const collection = JSON.stringify(toW3CCollection(annotations, publicOrigin, exportedAt));
        const body = collection as unknown as ExportResponseType;
        return reply
          .type('application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"')
          .serializer(String)
          .send(body);
      }
      reply.header('Content-Disposition', `attachment; filename="comments-${stamp}.json"`);
      return { exportedAt, annotations };
    },
  );
};
