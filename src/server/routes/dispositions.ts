/**
 * Editors' decisions on comments (moderator only): one disposition and public response for one or
 * many comments in one transaction, with who decided and when; and the history of a comment's
 * decisions. The public sees the disposition on the comment itself (toPublic), never who decided.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { AnnotationParams, ErrorResponse } from '../../shared/annotations';
import {
  DispositionBody,
  DispositionHistoryResponse,
  DispositionResponse,
  type DispositionRecord,
} from '../../shared/feedback';
import { findVisible } from '../annotations';
import { FEEDBACK_LIMITS } from '../../shared/feedbackFields';
import { FieldText } from '../commentText';
import { HttpError } from '../errors';
import { deciderName, requireModerator } from '../feedback/moderator';
import type { PageCache } from '../pageCache';
import type { AnnotationRepository } from '../repository';

export interface DispositionRoutesOptions {
  repository: AnnotationRepository;
  pageCache: PageCache;
}

const errors = { 400: ErrorResponse, 401: ErrorResponse, 404: ErrorResponse };

export const dispositionRoutes: FastifyPluginAsyncTypebox<DispositionRoutesOptions> = async (app, options) => {
  const { repository, pageCache } = options;
  app.addHook('onRequest', requireModerator());

  app.post(
    '/api/moderation/dispositions',
    { schema: { body: DispositionBody, response: { 200: DispositionResponse, ...errors } } },
    async (request) => {
      const { ids, disposition, release, duplicateOf } = request.body;
      // Visible text, as stored (a zero-width space alone was taken as a response).
      const fields = new FieldText();
      const response = fields.required('response', request.body.response, FEEDBACK_LIMITS.response);
      const releaseText = fields.optional('release', release, FEEDBACK_LIMITS.release);
      fields.throwIfAny();
      if (disposition === 'duplicate') {
        if (!duplicateOf) {
          throw HttpError.badRequest('duplicateOf: name the comment these duplicate', [
            { field: 'duplicateOf', message: 'needed when the disposition is "duplicate"' },
          ]);
        }
        if (ids.includes(duplicateOf)) {
          throw HttpError.badRequest('duplicateOf: a comment cannot duplicate itself', [
            { field: 'duplicateOf', message: 'must be another comment than the ones decided' },
          ]);
        }
        // Readers see whom a comment duplicates: only a comment they can see may be named, never
        // a pending, rejected, spam or editors-only one (visibility as annotations.ts decides it).
        if (!(await findVisible(repository, duplicateOf))) {
          const exists = await repository.findById(duplicateOf);
          const message = exists
            ? 'must name a published comment (approved, public, in a published thread): this one is not'
            : 'no comment with this id';
          throw HttpError.badRequest(`duplicateOf: ${message}`, [{ field: 'duplicateOf', message }]);
        }
      } else if (duplicateOf) {
        throw HttpError.badRequest('duplicateOf: only a "duplicate" disposition links another comment', [
          { field: 'duplicateOf', message: 'only with the disposition "duplicate"' },
        ]);
      }
      const decision: DispositionRecord = {
        disposition,
        response,
        decidedBy: deciderName(request, request.body.decidedBy),
        decidedAt: new Date().toISOString(),
      };
      if (releaseText) decision.release = releaseText;
      if (duplicateOf) decision.duplicateOf = duplicateOf;
      const updated = await repository.setDisposition(ids, decision);
      pageCache.invalidate();
      const found = new Set(updated);
      return { disposition, updated, notFound: ids.filter((id) => !found.has(id)) };
    },
  );

  app.get(
    '/api/moderation/dispositions/:id',
    { schema: { params: AnnotationParams, response: { 200: DispositionHistoryResponse, ...errors } } },
    async (request) => {
      const annotation = await repository.findById(request.params.id);
      if (!annotation) throw HttpError.notFound(`No comment with id ${request.params.id}.`);
      const history = await repository.dispositionHistory(annotation.id);
      return annotation.disposition
        ? { annotationId: annotation.id, current: annotation.disposition, history }
        : { annotationId: annotation.id, history };
    },
  );
};
