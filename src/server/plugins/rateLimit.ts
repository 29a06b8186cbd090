/**
 * Write rate limits that fit a room: many people behind one address (a venue's Wi-Fi, a mobile
 * carrier's NAT) must not throttle each other, while one client still cannot flood.
 *
 * - Every browser gets a **device token** on its first API request: a random id in an HttpOnly
 *   cookie, signed with the service's salt so it cannot be made up. It identifies nothing but
 *   "the same browser as before" and is used only for these limits (and to count one game answer
 *   per phone).
 * - Writes are limited **per device** (RATE_LIMIT_WRITES_PER_MINUTE). A client without a valid
 *   token (curl, a script that drops cookies) is limited per address block (IPv4 /24, IPv6 /48)
 *   at that same rate, as before.
 * - A **ceiling per address block** (ROOM_FACTOR times the per-device limit) bounds what one
 *   network can send in total, so minting fresh tokens buys a flooder nothing beyond it; issuing
 *   tokens is bounded per block too (MAX_TOKENS_PER_BLOCK a minute).
 *
 * @fastify/rate-limit applies the per-device limit. It gives every route its own counter by
 * default, which would turn "10 writes a minute" into 10 creates + 10 edits + 10 deletes; the
 * store below is shared by all routes, so they draw on one budget; the author lookup (`mine`,
 * called on page views) has its own, larger budget (groupId `lookup`). The plugin runs one limit
 * per request, so the block ceiling is a second, small hook over another shared store.
 * Counters live in memory per instance: behind a load balancer with N instances a key gets at
 * most N times the limit, which is still a limit.
 *
 * Every key function copes with any request, including one whose socket is already gone or whose
 * address cannot be parsed (issue 7: a malformed chunked request made the old one throw).
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import rateLimit, { type FastifyRateLimitStore } from '@fastify/rate-limit';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { HttpError } from '../errors';
import { addressBlock, randomToken } from '../secrets';

/** The per-block ceiling as a multiple of the per-device limit: room for about this many busy phones. */
export const ROOM_FACTOR = 60;

/** Name of the device-token cookie. */
export const DEVICE_COOKIE = 'fw_device';

/** Device tokens issued per address block per minute (a full lecture hall arriving at once). */
const MAX_TOKENS_PER_BLOCK = 1000;

/** Most keys remembered; the oldest window is forgotten first. */
const MAX_KEYS = 20_000;

declare module 'fastify' {
  interface FastifyRequest {
    /** The caller's device id (from a valid device cookie), or null. */
    deviceId: string | null;
  }
}

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

/** Counts one event for `key` in a store; resolves to the count in the window and ms left. */
function count(store: SharedWindowStore, key: string, timeWindow: number): { current: number; ttl: number } {
  let result = { current: 0, ttl: 0 };
  store.incr(key, (_error, value) => (result = value ?? result), timeWindow);
  return result;
}

/** The client's address block; never throws (a request whose socket is gone has no address). */
export function clientBlock(request: Pick<FastifyRequest, 'ip'> & { socket?: { remoteAddress?: string } }): string {
  try {
    return addressBlock(request.ip ?? request.socket?.remoteAddress);
  } catch {
    return 'unknown';
  }
}

/** The rate-limit key of a request: its device, else its address block. Never throws. */
export function limitKey(request: FastifyRequest): string {
  const device = (request as Partial<FastifyRequest>).deviceId;
  return device ? `device:${device}` : `block:${clientBlock(request)}`;
}

/** Signs and verifies device tokens (`<id>.<mac>`). */
export class DeviceTokens {
  constructor(private readonly secret: string) {}

  private mac(id: string): string {
    return createHmac('sha256', this.secret).update(`device\0${id}`).digest('base64url').slice(0, 22);
  }

  /** A new token and its id. */
  issue(): { id: string; token: string } {
    const id = randomToken(16);
    return { id, token: `${id}.${this.mac(id)}` };
  }

  /** The id of a valid token, else null (any string is accepted as input). */
  verify(token: string | undefined): string | null {
    const match = /^([A-Za-z0-9_-]{22})\.([A-Za-z0-9_-]{22})$/.exec(token ?? '');
    if (!match) return null;
    const given = Buffer.from(match[2]!);
    const expected = Buffer.from(this.mac(match[1]!));
    return given.length === expected.length && timingSafeEqual(given, expected) ? match[1]! : null;
  }
}

/** The value of one cookie in a Cookie header, or undefined. Tolerates any header. */
export function cookieValue(header: unknown, name: string): string | undefined {
  if (typeof header !== 'string') return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

export interface RateLimitOptions {
  writesPerMinute: number;
  /** Key for signing device tokens (the service's IP-hash salt). */
  secret: string;
  /** Mark the cookie Secure (the public origin is https). */
  secureCookie: boolean;
}

const tooMany = (max: number, after: string, scope: string) =>
  new HttpError(429, `Too many requests from ${scope}: the limit is ${max} per minute. Try again in ${after}.`);

const seconds = (ms: number) => `${Math.max(1, Math.ceil(ms / 1000))} seconds`;

/** Registers the limiter and device tokens (no route is limited until it asks with WRITE_LIMIT or lookupLimit). */
export async function registerRateLimit(app: FastifyInstance, options: RateLimitOptions): Promise<void> {
  const { writesPerMinute, secret, secureCookie } = options;
  const tokens = new DeviceTokens(secret);
  const ceilings = new SharedWindowStore();
  const issued = new SharedWindowStore();
  const ceiling = writesPerMinute * ROOM_FACTOR;
  const cookieAttributes = `Path=/; Max-Age=31536000; HttpOnly; SameSite=Lax${secureCookie ? '; Secure' : ''}`;

  app.decorateRequest('deviceId', null);
  // Device tokens: read on every request, issued on the first API request without one.
  app.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
    request.deviceId = tokens.verify(cookieValue(request.headers.cookie, DEVICE_COOKIE));
    if (request.deviceId || !request.url.startsWith('/api/')) return;
    // Fresh tokens cannot outrun the block ceiling on writes; this bound only keeps the work and
    // memory of minting them small.
    if (count(issued, clientBlock(request), 60_000).current > Math.max(ceiling, MAX_TOKENS_PER_BLOCK)) return;
    const { token } = tokens.issue();
    reply.header('Set-Cookie', `${DEVICE_COOKIE}=${token}; ${cookieAttributes}`);
  });

  await app.register(rateLimit, {
    global: false,
    max: writesPerMinute,
    timeWindow: 60_000,
    store: SharedWindowStore,
    keyGenerator: limitKey,
    errorResponseBuilder: (request, context) =>
      tooMany(context.max, context.after, request.deviceId ? 'this device' : 'your network'),
  });

  // The block ceiling for every limited route: a second counter over the whole address block.
  app.addHook('onRoute', (route) => {
    const limit = (route.config as { rateLimit?: { groupId?: string; max?: number } } | undefined)?.rateLimit;
    if (!limit) return;
    const max = (limit.max ?? writesPerMinute) * ROOM_FACTOR;
    const group = limit.groupId ?? 'write';
    const hook = async (request: FastifyRequest, reply: FastifyReply) => {
      const { current, ttl } = count(ceilings, `${group}:${clientBlock(request)}`, 60_000);
      if (current <= max) return;
      reply.header('Retry-After', String(Math.max(1, Math.ceil(ttl / 1000))));
      throw tooMany(max, seconds(ttl), 'your network');
    };
    const existing = route.onRequest;
    route.onRequest =
      existing === undefined ? [hook] : Array.isArray(existing) ? [hook, ...existing] : [hook, existing];
  });
}

/** Route option: the route draws on the shared write budget. */
export const WRITE_LIMIT = { rateLimit: {} } as const;

/** Route option for the author lookup: its own budget, six times the write limit (at least 60). */
export const lookupLimit = (writesPerMinute: number) =>
  ({ rateLimit: { groupId: 'lookup', max: Math.max(60, writesPerMinute * 6) } }) as const;
