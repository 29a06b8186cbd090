/**
 * Moderator sessions and the brake on token guessing.
 *
 * A moderator signs in once per browser session with the MODERATOR_TOKEN and their name; the
 * service answers with a cookie that is HTTP-only (page scripts, and so injected ones, cannot read
 * it), SameSite=Strict (never sent on a request started by another site) and scoped to
 * /api/moderation. The cookie is signed: `<payload>.<HMAC-SHA256 of the payload keyed with the
 * moderator token>`, so every instance behind a load balancer can check it without a store of
 * live sessions, and every session ends when the token is changed. It has no Max-Age (the browser
 * drops it when it closes) and expires after SESSION_HOURS in any case. Each session carries a
 * random id: signing out records that id as revoked in the database (moderatorAuth.ts), so a copy
 * of the cookie is refused afterwards by every instance, also after a restart.
 *
 * Failed sign-ins (a wrong token in the sign-in form, a wrong or malformed Bearer credential, a
 * forged, expired or signed-out cookie) are counted per client address block by one
 * SignInThrottle per app (moderatorAuth.ts); after MAX_FAILURES in FAILURE_WINDOW_MS further
 * failures get 429 with Retry-After until the window ends, so the token cannot be guessed at
 * request speed, while valid credentials keep working.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** Name of the session cookie. */
export const SESSION_COOKIE = 'fw_moderator';
/** The cookie is sent only to the moderation API. */
export const SESSION_PATH = '/api/moderation';
/** Longest a session lasts, even in a browser that is never closed. */
export const SESSION_HOURS = 12;

/** Who is signed in. */
export interface Moderator {
  name: string;
}

/** A valid session: who, which session (for sign-out), and until when. */
export interface Session extends Moderator {
  /** Random, 128 bits, base64url: names the session in the revocation list. */
  id: string;
  /** Expiry, epoch milliseconds. */
  expiresAt: number;
}

interface Payload {
  /** The moderator's name. */
  n: string;
  /** Expiry, epoch milliseconds. */
  e: number;
  /** The session's id. */
  i: string;
}

const sign = (payload: string, key: string) => createHmac('sha256', key).update(payload).digest('base64url');

/** A session cookie value for `name` with a new random id, valid until `now` + SESSION_HOURS. */
export function createSessionValue(name: string, moderatorToken: string, now = Date.now()): string {
  const session: Payload = { n: name, e: now + SESSION_HOURS * 3_600_000, i: randomBytes(16).toString('base64url') };
  const payload = Buffer.from(JSON.stringify(session)).toString('base64url');
  return `${payload}.${sign(payload, moderatorToken)}`;
}

/**
 * The session of a cookie value, or undefined if it is forged, malformed or expired, or was made
 * before sessions had ids (it could not be signed out). Whether it was revoked is moderatorAuth's question.
 */
export function readSessionValue(value: string, moderatorToken: string, now = Date.now()): Session | undefined {
  const [payload, signature, extra] = value.split('.');
  if (!payload || !signature || extra !== undefined) return undefined;
  const expected = Buffer.from(sign(payload, moderatorToken));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return undefined;
  try {
    const parsed = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Partial<Payload>;
    const { n: name, e: expiresAt, i: id } = parsed;
    if (typeof name !== 'string' || typeof expiresAt !== 'number' || typeof id !== 'string' || !id) return undefined;
    return expiresAt > now ? { name, id, expiresAt } : undefined;
  } catch {
    return undefined;
  }
}

/** The value of one cookie in a Cookie header, or undefined. */
export function cookieValue(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const at = part.indexOf('=');
    if (at !== -1 && part.slice(0, at).trim() === name) return part.slice(at + 1).trim();
  }
  return undefined;
}

/** Set-Cookie for a new session (`secure` when the site is served over HTTPS). */
export function sessionCookie(value: string, secure: boolean): string {
  return `${SESSION_COOKIE}=${value}; Path=${SESSION_PATH}; HttpOnly; SameSite=Strict${secure ? '; Secure' : ''}`;
}

/** Set-Cookie that ends the session in the browser. */
export function clearedSessionCookie(secure: boolean): string {
  return `${SESSION_COOKIE}=; Path=${SESSION_PATH}; HttpOnly; SameSite=Strict; Max-Age=0${secure ? '; Secure' : ''}`;
}

/** Failed sign-ins allowed per address block and window. */
export const MAX_FAILURES = 10;
/** Length of the failure window. */
export const FAILURE_WINDOW_MS = 15 * 60_000;
/** Most address blocks remembered; the oldest is forgotten first. */
const MAX_KEYS = 20_000;

/** Counts failed sign-ins per key (an address block) in fixed windows; one instance per app (moderatorAuth.ts). */
export class SignInThrottle {
  private readonly windows = new Map<string, { failures: number; start: number }>();

  constructor(
    private readonly maxFailures = MAX_FAILURES,
    private readonly windowMs = FAILURE_WINDOW_MS,
  ) {}

  private current(key: string, now: number) {
    const window = this.windows.get(key);
    if (window && window.start + this.windowMs > now) return window;
    this.windows.delete(key);
    return undefined;
  }

  /** Seconds until `key` may try again (0: it may try now). */
  retryAfterSeconds(key: string, now = Date.now()): number {
    const window = this.current(key, now);
    if (!window || window.failures < this.maxFailures) return 0;
    return Math.max(1, Math.ceil((window.start + this.windowMs - now) / 1000));
  }

  /** Records one failed attempt. */
  fail(key: string, now = Date.now()): void {
    let window = this.current(key, now);
    if (!window) {
      if (this.windows.size >= MAX_KEYS) this.windows.delete(this.windows.keys().next().value!);
      window = { failures: 0, start: now };
      this.windows.set(key, window);
    }
    window.failures += 1;
  }
}
