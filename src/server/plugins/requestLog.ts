/**
 * One log line per finished request, at a level that says how much it matters: API writes and
 * every answer of 500 or more at `info`, everything else (page views, static assets, API reads) at
 * `debug`. Replaces Fastify's two `info` lines per request, which turned every page view into a
 * dozen lines and buried the start-up summary and warnings within seconds.
 */
import type { FastifyInstance } from 'fastify';

const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Adds the onResponse hook to `app` (call before routes are registered). */
export function registerRequestLog(app: FastifyInstance): void {
  app.addHook('onResponse', async (request, reply) => {
    const important = reply.statusCode >= 500 || (request.url.startsWith('/api/') && !READS.has(request.method));
    const level = important ? 'info' : 'debug';
    request.log[level](
      {
        method: request.method,
        url: request.url.split('?')[0],
        statusCode: reply.statusCode,
        ms: Math.round(reply.elapsedTime),
      },
      'request completed',
    );
  });
}
