/**
 * GET /api/insights: the figures behind /insights. Readers get approved public comments only;
 * a signed-in editor gets every comment except spam (pending, rejected and editors-only included),
 * and the answer says which (`scope`). Never cached by shared caches: the answer depends on who asks.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ErrorResponse } from '../../shared/annotations';
import { InsightsQuery, InsightsResponse } from '../../shared/feedback';
import { allComments, publicComments } from '../exports/filter';
import { insightsOf } from '../feedback/insights';
import { moderatorOf } from '../feedback/moderator';
import type { FeedbackService } from '../feedback/service';

export interface InsightRoutesOptions {
  feedback: FeedbackService;
  moderatorToken: string;
}

export const insightRoutes: FastifyPluginAsyncTypebox<InsightRoutesOptions> = async (app, options) => {
  const { feedback, moderatorToken } = options;
  // Also under /api/moderation/, where the /moderate page's session cookie is sent.
  for (const url of ['/api/insights', '/api/moderation/insights'])
    app.get(
      url,
      { schema: { querystring: InsightsQuery, response: { 200: InsightsResponse, 400: ErrorResponse } } },
      async (request, reply) => {
        reply.header('Cache-Control', 'private, no-cache').header('Vary', 'Authorization, Cookie');
        const editor = moderatorOf(request, moderatorToken) !== null;
        const annotations = editor
          ? (await allComments(feedback.repository, request.query)).filter((a) => a.status !== 'spam')
          : await publicComments(feedback.repository, request.query);
        return insightsOf(annotations, feedback.blocks(), editor ? 'editors' : 'public');
      },
    );
};
