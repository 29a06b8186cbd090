/**
 * The feedback loop's routes (issue 11), each in its own module: dispositions, consultation rounds,
 * comment-response tables, exports, the W3C Web Annotation container and import, insights.
 */
import type { FastifyPluginAsync } from 'fastify';
import type { FeedbackService } from '../feedback/service';
import type { PageCache } from '../pageCache';
import { containerRoutes } from './container';
import { dispositionRoutes } from './dispositions';
import { exportRoutes } from './exports';
import { importRoutes } from './import';
import { insightRoutes } from './insights';
import { responseRoutes } from './responses';
import { roundRoutes } from './rounds';

export interface FeedbackRoutesOptions {
  feedback: FeedbackService;
  pageCache: PageCache;
  /** PREMODERATION, for imported comments that state no moderation status. */
  premoderation: boolean;
}

export const feedbackRoutes: FastifyPluginAsync<FeedbackRoutesOptions> = async (app, options) => {
  const { feedback, pageCache, premoderation } = options;
  await app.register(dispositionRoutes, { repository: feedback.repository, pageCache });
  await app.register(roundRoutes, { feedback });
  await app.register(exportRoutes, { feedback });
  await app.register(containerRoutes, { feedback });
  await app.register(responseRoutes, { feedback });
  await app.register(insightRoutes, { feedback });
  await app.register(importRoutes, { feedback, pageCache, premoderation });
};
