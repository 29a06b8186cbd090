/**
 * Idempotent writes: a POST carrying an `Idempotency-Key` header is carried out once. A retry with
 * the same key gets the first answer again (with `Idempotent-Replayed: true`) instead of creating a
 * second record; a retry while the first is still running gets 409 and tries again later. This is
 * what lets the browser's offline outbox (src/client/comments/outbox.ts) resend a comment whose
 * answer was lost with the connection, without ever posting it twice.
 *
 * Only successful answers are kept (a 4xx or 5xx may be retried with the same key), for KEEP_MS,
 * at most MAX_KEYS of them (oldest dropped first), in this process's memory: a restart between a
 * lost answer and its retry is the one case where a comment could be stored twice.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { HttpError } from '../errors';

export const IDEMPOTENCY_HEADER = 'idempotency-key';
/** A random key from the client: 16 to 100 URL-safe characters (a UUID fits). */
export const IDEMPOTENCY_KEY = /^[A-Za-z0-9_-]{16,100}$/;
export const KEEP_MS = 24 * 60 * 60_000;
export const MAX_KEYS = 10_000;

interface Kept {
  status: number;
  contentType: string;
  body: string;
  expires: number;
}
type Entry = { pending: true; expires: number } | ({ pending: false } & Kept);

const keyOf = (request: FastifyRequest, key: string) => `${request.method} ${request.url.split('?')[0]} ${key}`;

export async function registerIdempotency(app: FastifyInstance): Promise<void> {
  const entries = new Map<string, Entry>();
  const remember = (key: string, entry: Entry) => {
    entries.delete(key);
    if (entries.size >= MAX_KEYS) {
      const oldest = entries.keys().next().value;
      if (oldest !== undefined) entries.delete(oldest);
    }
    entries.set(key, entry);
  };
  const claimed = new WeakMap<FastifyRequest, string>();

  app.addHook('preHandler', async (request: FastifyRequest, reply: FastifyReply) => {
    const header = request.headers[IDEMPOTENCY_HEADER];
    if (request.method !== 'POST' || header === undefined) return;
    const value = Array.isArray(header) ? header[0] : header;
    if (!value || !IDEMPOTENCY_KEY.test(value)) {
      throw HttpError.badRequest('The Idempotency-Key header must be 16 to 100 letters, digits, "-" or "_".');
    }
    const key = keyOf(request, value);
    const now = Date.now();
    const entry = entries.get(key);
    if (entry && entry.expires > now) {
      if (entry.pending) {
        throw new HttpError(409, 'This request is still being processed. Try again in a moment.');
      }
      return reply
        .code(entry.status)
        .header('content-type', entry.contentType)
        .header('idempotent-replayed', 'true')
        .send(entry.body);
    }
    remember(key, { pending: true, expires: now + 60_000 });
    claimed.set(request, key);
  });

  app.addHook('onSend', async (request, reply, payload) => {
    const key = claimed.get(request);
    if (key === undefined) return payload;
    claimed.delete(request);
    if (reply.statusCode >= 200 && reply.statusCode < 300 && typeof payload === 'string') {
      remember(key, {
        pending: false,
        status: reply.statusCode,
        contentType: String(reply.getHeader('content-type') ?? 'application/json; charset=utf-8'),
        body: payload,
        expires: Date.now() + KEEP_MS,
      });
    } else entries.delete(key);
    return payload;
  });
}
