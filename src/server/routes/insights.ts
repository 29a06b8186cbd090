/**
 * GET /api/insights: the figures behind /insights. Readers get approved public comments only;
 * a signed-in editor gets every comment except spam (pending, rejected and editors-only included),
 * and the answer says which (`scope`). Never cached by shared caches: the answer depends on who asks.
 * No credential is a reader; a presented credential that is not valid is refused (401, counted by
 * the app's throttle, moderatorAuth.ts), never answered as a reader, which would let a guesser tell
 * right tokens from wrong ones by the scope without ever being throttled.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ErrorResponse } from '../../shared/annotations';
import { InsightsQuery, InsightsResponse } from '../../shared/feedback';
import { allComments, publicComments } from '../exports/filter';
import { insightsOf } from '../feedback/insights';
import type { FeedbackService } from '../feedback/service';

export interface InsightRoutesOptions {
  feedback: FeedbackService;
}

export const insightRoutes: FastifyPluginAsyncTypebox<InsightRoutesOptions> = async (app, options) => {
  const { feedback } = options;
  // Also under /api/moderation/, where the /moderate page's session cookie is sent.
  for (const url of ['/api/insights', '/api/moderation/insights'])
    app.get(
      url,
      {
        schema: {
          querystring: InsightsQuery,
          response: { 200: InsightsResponse, 400: ErrorResponse, 401: ErrorResponse, 429: ErrorResponse },
        },
      },
      async (request, reply) => {
        reply.header('Cache-Control', 'private, no-cache').header('Vary', 'Authorization, Cookie');
        const editor = (await app.moderatorAuth.identify(request, reply)) !== null;
        const annotations = editor
          ? (await allComments(feedback.repository, request.query)).filter((a) => a.status !== 'spam')
          : await publicComments(feedback.repository, request.query);
        return insightsOf(annotations, feedback.blocks(), editor ? 'editors' : 'public');
      },
    );
};
