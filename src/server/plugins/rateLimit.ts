/**
 * Write rate limits per client address block (IPv4 /24, IPv6 /48), answering 429 with Retry-After.
 *
 * @fastify/rate-limit gives every route its own counter by default, which would turn "10 writes a
 * minute" into 10 creates + 10 edits + 10 deletes. The store below is shared by all routes, so
 * create, edit and delete draw on one budget; the author lookup (`mine`, called on page views)
 * has its own, larger budget (groupId `lookup`) so reading never uses up the right to post.
 * Counters live in memory per instance: behind a load balancer with N instances a block gets at
 * most N times the limit, which is still a limit.
 */
import rateLimit, { type FastifyRateLimitStore } from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';
import { HttpError } from '../errors';
import { addressBlock } from '../secrets';

/** Most address blocks remembered; the oldest window is forgotten first. */
const MAX_KEYS = 20_000;

/** Fixed-window counters shared by every route (child() returns the same store). */
export class SharedWindowStore implements FastifyRateLimitStore {
  private readonly windows = new Map<string, { count: number; start: number }>();

  /** Counts one request for `key` in its current window. */
  incr(
    key: string,
    callback: (error: Error | null, result?: { current: number; ttl: number }) => void,
    timeWindow: number,
  ): void {
    const now = Date.now();
    let window = this.windows.get(key);
    if (!window || window.start + timeWindow <= now) {
      this.windows.delete(key);
      if (this.windows.size >= MAX_KEYS) this.windows.delete(this.windows.keys().next().value!);
      window = { count: 0, start: now };
      this.windows.set(key, window);
    }
    window.count += 1;
    callback(null, { current: window.count, ttl: window.start + timeWindow - now });
  }

  /** Every route shares this one store (that is the point of it). */
  child(): FastifyRateLimitStore {
    return this;
  }
}

/** Registers the limiter (no route is limited until it asks with WRITE_LIMIT or lookupLimit). */
export async function registerRateLimit(app: FastifyInstance, writesPerMinute: number): Promise<void> {
  await app.register(rateLimit, {
    global: false,
    max: writesPerMinute,
    timeWindow: 60_000,
    store: SharedWindowStore,
    keyGenerator: (request) => addressBlock(request.ip),
    errorResponseBuilder: (_request, context) =>
      new HttpError(
        context.statusCode,
        `Too many requests from your network: the limit is ${context.max} per minute. Try again in ${context.after}.`,
      ),
  });
}

/** Route option: the route draws on the shared write budget. */
export const WRITE_LIMIT = { rateLimit: {} } as const;

/** Route option for the author lookup: its own budget, six times the write limit (at least 60). */
export const lookupLimit = (writesPerMinute: number) =>
  ({ rateLimit: { groupId: 'lookup', max: Math.max(60, writesPerMinute * 6) } }) as const;
