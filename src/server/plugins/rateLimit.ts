/**
 * Write rate limits per client address block (IPv4 /24, IPv6 /48), answering 429 with Retry-After.
 * Limits are kept in memory per instance: behind a load balancer with N instances a block gets at
 * most N times the limit, which is still a limit. Routes opt in with `config.rateLimit`.
 */
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';
import { HttpError } from '../errors';
import { addressBlock } from '../secrets';

/** Registers the limiter (no route is limited until it asks). */
export async function registerRateLimit(app: FastifyInstance, writesPerMinute: number): Promise<void> {
  await app.register(rateLimit, {
    global: false,
    max: writesPerMinute,
    timeWindow: 60_000,
    keyGenerator: (request) => addressBlock(request.ip),
    errorResponseBuilder: (_request, context) =>
      new HttpError(
        context.statusCode,
        `Too many comments from your network: the limit is ${context.max} per minute. Try again in ${context.after}.`,
      ),
  });
}

/** Route option that puts a route under the write limit. */
export const WRITE_LIMIT = { rateLimit: {} } as const;
