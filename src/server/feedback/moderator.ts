/**
 * Who is asking, for the feedback loop's routes: a signed-in editor (with a name, when the sign-in
 * carries one) or a reader. The moderation routes decide the same with the same credential; the
 * insights route needs the answer without refusing readers, so the check is a function here.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { MODERATOR_NAME_HEADER } from '../../shared/feedback';
import { HttpError } from '../errors';
import { cookieValue, readSessionValue, SESSION_COOKIE } from '../moderatorSession';
import { secretsEqual } from '../secrets';

export interface Moderator {
  /** The name the editor gave at sign-in, if the credential carries one. */
  name?: string;
}

/** The editor behind a request, or null for a reader (no or a wrong credential). */
export function moderatorOf(request: FastifyRequest, moderatorToken: string): Moderator | null {
  const session = (request as FastifyRequest & { moderator?: Moderator | null }).moderator;
  if (session) return session;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.authorization ?? '');
  if (match) return secretsEqual(match[1] ?? '', moderatorToken) ? {} : null;
  // The /moderate page's session cookie (moderatorSession.ts), sent on /api/moderation/* paths.
  const cookie = cookieValue(request.headers.cookie, SESSION_COOKIE);
  return (cookie && readSessionValue(cookie, moderatorToken)) || null;
}

/** An onRequest hook refusing anyone but an editor (401 with WWW-Authenticate, like /api/moderation). */
export function requireModerator(moderatorToken: string) {
  return async (request: FastifyRequest, reply: FastifyReply) => {
    reply.header('Cache-Control', 'no-store');
    if (moderatorOf(request, moderatorToken)) return;
    reply.header('WWW-Authenticate', 'Bearer realm="moderation"');
    throw HttpError.unauthorized(
      'Moderator sign-in required: sign in at /moderate, or send the header "Authorization: Bearer <MODERATOR_TOKEN>".',
    );
  };
}

/**
 * The name recorded as "decided by": the sign-in's name, else the one in the request body, else
 * the X-Moderator-Name header. 400 when there is none, so no decision is anonymous.
 */
export function deciderName(request: FastifyRequest, moderatorToken: string, fromBody: string | undefined): string {
  const header = request.headers[MODERATOR_NAME_HEADER];
  const name = moderatorOf(request, moderatorToken)?.name ?? fromBody ?? (typeof header === 'string' ? header : '');
  const cleaned = name
    .replace(/[\p{Cc}\p{Cf}]/gu, '')
    .trim()
    .slice(0, 80);
  if (!cleaned) {
    throw HttpError.badRequest('Say who decides: sign in with your name, or send "decidedBy" with the decision.', [
      { field: 'decidedBy', message: 'needed: the editor who records this decision' },
    ]);
  }
  return cleaned;
}
