/**
 * POST /api/moderation/import (editors): adds the annotations of a W3C Web Annotation collection
 * (see exports/importW3c.ts) and answers with the report: imported, already present, unanchored,
 * rejected. Bodies up to FEEDBACK_LIMITS.importBytes (a whole consultation's record), as
 * application/json or application/ld+json. All or nothing: a 400 names each item at fault, and
 * then nothing is stored.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ErrorResponse } from '../../shared/annotations';
import { FEEDBACK_LIMITS, ImportReport } from '../../shared/feedback';
import { importCollection } from '../exports/importW3c';
import { parseJsonBody } from '../errors';
import { requireModerator } from '../feedback/moderator';
import type { FeedbackService } from '../feedback/service';
import type { PageCache } from '../pageCache';

export interface ImportRoutesOptions {
  feedback: FeedbackService;
  pageCache: PageCache;
  /** PREMODERATION: what an item without a `moderationStatus` becomes. */
  premoderation: boolean;
}

export const importRoutes: FastifyPluginAsyncTypebox<ImportRoutesOptions> = async (app, options) => {
  const { feedback, pageCache, premoderation } = options;
  app.addHook('onRequest', requireModerator());
  // The media type of the site's own W3C export (with or without the W3C profile parameter), so a
  // file exported here can be sent back as it is; parsed exactly as application/json. This plugin's
  // scope only: other routes still read application/json alone.
  app.addContentTypeParser('application/ld+json', { parseAs: 'buffer' }, parseJsonBody);
  app.post(
    '/api/moderation/import',
    {
      bodyLimit: FEEDBACK_LIMITS.importBytes,
      schema: { response: { 200: ImportReport, 400: ErrorResponse, 401: ErrorResponse, 413: ErrorResponse } },
    },
    async (request) => {
      const report = await importCollection(feedback.repository, feedback.blocks(), request.body, {
        premoderation,
        origin: feedback.origin,
      });
      pageCache.invalidate();
      return report;
    },
  );
};
