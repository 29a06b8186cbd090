/**
 * Idempotent writes: a POST carrying an `Idempotency-Key` header is carried out once. A retry with
 * the same key gets the first answer again (with `Idempotent-Replayed: true`) instead of creating a
 * second record; a retry while the first is still running gets 409 and tries again later. This is
 * what lets the browser's offline outbox (src/client/comments/outbox.ts) resend a comment whose
 * answer was lost with the connection, without ever posting it twice.
 *
 * A key belongs to its sender and its request: it is looked up under the sender's device (its
 * address block without a device cookie, as the rate limits count it), so another browser that
 * sends the same key makes its own request and never receives the first one's answer (which holds
 * that comment's edit token); and the same key with another body is refused with 422, as the IETF
 * Idempotency-Key draft (draft-ietf-httpapi-idempotency-key-header) asks, rather than answered with
 * the first comment while the second is silently dropped.
 *
 * Only successful answers are kept (a 4xx or 5xx may be retried with the same key), for KEEP_MS,
 * at most MAX_KEYS of them (oldest dropped first), in this process's memory: a restart between a
 * lost answer and its retry is the one case where a comment could be stored twice.
 */
import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { HttpError } from '../errors';
import { limitKey } from './rateLimit';

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
/** `request`: the fingerprint of the body the key was first sent with. */
type Entry = { request: string } & ({ pending: true; expires: number } | ({ pending: false } & Kept));

/** Where a key is remembered: per sender (see the module comment), method and path. */
const keyOf = (request: FastifyRequest, key: string) =>
  `${limitKey(request)} ${request.method} ${request.url.split('?')[0]} ${key}`;

/** SHA-256 of the parsed body, as sent: a retry sends the same. */
const fingerprintOf = (request: FastifyRequest): string =>
  createHash('sha256')
    .update(JSON.stringify(request.body ?? null))
    .digest('base64url');

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
  const claimed = new WeakMap<FastifyRequest, { key: string; fingerprint: string }>();

  app.addHook('preHandler', async (request: FastifyRequest, reply: FastifyReply) => {
    const header = request.headers[IDEMPOTENCY_HEADER];
    if (request.method !== 'POST' || header === undefined) return;
    const value = Array.isArray(header) ? header[0] : header;
    if (!value || !IDEMPOTENCY_KEY.test(value)) {
      throw HttpError.badRequest('The Idempotency-Key header must be 16 to 100 letters, digits, "-" or "_".');
    }
    const key = keyOf(request, value);
    const fingerprint = fingerprintOf(request);
    const now = Date.now();
    const entry = entries.get(key);
    if (entry && entry.expires > now) {
      if (entry.request !== fingerprint) {
        throw new HttpError(
          422,
          'This Idempotency-Key was already used for a different request. Send each new comment with a new key.',
        );
      }
      if (entry.pending) {
        throw HttpError.conflict('This request is still being processed. Try again in a moment.', {
          code: 'stillProcessing',
        });
      }
      return reply
        .code(entry.status)
        .header('content-type', entry.contentType)
        .header('idempotent-replayed', 'true')
        .send(entry.body);
    }
    remember(key, { request: fingerprint, pending: true, expires: now + 60_000 });
    claimed.set(request, { key, fingerprint });
  });

  app.addHook('onSend', async (request, reply, payload) => {
    const claim = claimed.get(request);
    if (claim === undefined) return payload;
    claimed.delete(request);
    const { key, fingerprint } = claim;
    if (reply.statusCode >= 200 && reply.statusCode < 300 && typeof payload === 'string') {
      remember(key, {
        request: fingerprint,
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
