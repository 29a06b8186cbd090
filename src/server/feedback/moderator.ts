/**
 * Who is asking, for the feedback loop's routes: a signed-in editor (with a name, when the sign-in
 * carries one) or a reader. The credential itself is checked, and failures counted, only by the
 * app's ModeratorAuth (moderatorAuth.ts), the same check as every other editors' route; this module
 * adapts it to the feedback routes' hooks and tells who decided.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { MODERATOR_NAME_HEADER } from '../../shared/feedback';
import { HttpError } from '../errors';

export interface Moderator {
  /** The name the editor gave at sign-in, if the credential carries one. */
  name?: string;
}

/**
 * The editor behind a request, or null for a reader, as established by the credential check that
 * ran for it (requireModerator, or the /api/moderation hook); null when none ran.
 *
 */
export function moderatorOf(request: FastifyRequest): Moderator | null {
  return request.moderator ?? request.editor ?? null;
}

/**
 * An onRequest hook refusing anyone but an editor: 401 with WWW-Authenticate without a valid
 * credential, 429 with Retry-After while the client's network is throttled (moderatorAuth.ts).
 */
export function requireModerator() {
  return async (request: FastifyRequest, reply: FastifyReply) => {
    reply.header('Cache-Control', 'no-store');
    await request.server.moderatorAuth.require(request, reply);
  };
}

/**
 * The name recorded as "decided by": the sign-in's name, else the one in the request body, else
 * the X-Moderator-Name header. 400 when there is none, so no decision is anonymous.
 */
export function deciderName(request: FastifyRequest, fromBody: string | undefined): string {
  const header = request.headers[MODERATOR_NAME_HEADER];
  const name = moderatorOf(request)?.name ?? fromBody ?? (typeof header === 'string' ? header : '');
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
