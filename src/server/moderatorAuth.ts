/**
 * The one credential check for every moderator route and action: the /api/moderation routes, the
 * feedback loop's editors' routes (requireModerator), insights, and the side event's game reset.
 * Each used to parse the credential itself, and only routes/moderation.ts counted failures, so a
 * guesser could use any other route at request speed, and /api/insights told a right token from a
 * wrong one without counting either. Now one instance per app (`app.moderatorAuth`, decorated in
 * app.ts) holds the only SignInThrottle, and every presented credential passes through here.
 *
 * The rules, in order:
 * - No credential at all is no failure: the caller decides (401 "sign-in required", or the public
 *   answer of /api/insights).
 * - A valid session cookie is accepted, even while its network is throttled: a venue shares one
 *   address block, and ten wrong tokens from an attendee's phone must not lock out the editors
 *   already signed in. A session cookie is signed and holds a 128-bit id, so accepting it tells a
 *   guesser nothing.
 * - A token (Bearer header or the sign-in form) is not even checked while the network is
 *   throttled: 429 with Retry-After. Checking it would tell a guesser a right guess (200) from a
 *   wrong one (429), and the throttle would stop nothing. Scripts on that network wait out the
 *   window; editors in the room sign in once and keep working on their session.
 * - Anything else presented (a wrong token, a malformed Authorization header, a forged, expired
 *   or signed-out session cookie) is a failure: 429 with Retry-After while the network is
 *   throttled, else counted and refused with 401 saying what is wrong.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { HttpError } from './errors';
import {
  clearedSessionCookie,
  cookieValue,
  createSessionValue,
  readSessionValue,
  SESSION_COOKIE,
  sessionCookie,
  SignInThrottle,
  type Session,
} from './moderatorSession';
import type { AnnotationRepository } from './repository';
import { addressBlock, secretsEqual } from './secrets';

/** An editor, as established by the credential check. */
export interface Editor {
  /** The name given at sign-in; absent for the Bearer token (its routes read X-Moderator-Name themselves). */
  name?: string;
  /** The session behind a cookie credential (absent for the Bearer token): what sign-out revokes. */
  session?: Session;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** The app's one moderator credential check and throttle (moderatorAuth.ts). */
    moderatorAuth: ModeratorAuth;
  }
  interface FastifyRequest {
    /** Set by ModeratorAuth.identify: the editor behind the request, null with no credential. */
    editor?: Editor | null;
  }
}

/** What a request presents: nothing, a Bearer token, a session cookie, or an unusable header. */
type Presented =
  | { kind: 'none' }
  | { kind: 'bearer'; token: string }
  | { kind: 'cookie'; value: string }
  | { kind: 'malformed'; message: string };

const EXPECTED_FORM = 'Send "Authorization: Bearer <MODERATOR_TOKEN>": the word Bearer, a space, then the token alone.';

/**
 * The credential a request presents. The Authorization header wins over the session cookie; a
 * header that is present but not exactly `Bearer <token>` is malformed, never taken for "none",
 * so a script with a broken header hears what is wrong with it.
 */
export function presentedCredential(request: FastifyRequest): Presented {
  const header = request.headers.authorization;
  if (header !== undefined) {
    const match = /^Bearer +(\S+) *$/i.exec(header);
    if (match) return { kind: 'bearer', token: match[1]! };
    // The header's words are not echoed: a mistyped header may hold the token itself.
    const [scheme = '', ...rest] = header.trim().split(/\s+/);
    const what = /^Bearer$/i.test(scheme)
      ? rest.length === 0
        ? 'it holds no token after "Bearer"'
        : 'it holds more than one word after "Bearer" (a token has no spaces)'
      : rest.length > 0
        ? 'it uses another scheme than Bearer'
        : 'it does not start with "Bearer "';
    return { kind: 'malformed', message: `The Authorization header is malformed: ${what}. ${EXPECTED_FORM}` };
  }
  const cookie = cookieValue(request.headers.cookie, SESSION_COOKIE);
  return cookie ? { kind: 'cookie', value: cookie } : { kind: 'none' };
}

export interface ModeratorAuthOptions {
  moderatorToken: string;
  /** Where signed-out sessions are recorded, for every instance on the database. */
  sessions: Pick<AnnotationRepository, 'revokeSession' | 'isSessionRevoked'>;
  /** Set the cookie's Secure flag (PUBLIC_ORIGIN is https). */
  secure: boolean;
  /** Default: MAX_FAILURES per FAILURE_WINDOW_MS per address block (moderatorSession.ts). */
  throttle?: SignInThrottle;
  /** The clock, epoch milliseconds. */
  now?: () => number;
}

/** Sign-in required: the 401 for a request that presents no credential at all. */
export const SIGN_IN_REQUIRED =
  'Moderator sign-in required: sign in at /moderate, or send the header "Authorization: Bearer <MODERATOR_TOKEN>".';

/** One per app: checks moderator credentials and counts every failure on one throttle. */
export class ModeratorAuth {
  private readonly moderatorToken: string;
  private readonly sessions: ModeratorAuthOptions['sessions'];
  private readonly secure: boolean;
  private readonly throttle: SignInThrottle;
  private readonly now: () => number;

  constructor(options: ModeratorAuthOptions) {
    this.moderatorToken = options.moderatorToken;
    this.sessions = options.sessions;
    this.secure = options.secure;
    this.throttle = options.throttle ?? new SignInThrottle();
    this.now = options.now ?? Date.now;
  }

  /**
   * The editor behind a request, or null when it presents no credential (also stored as
   * `request.editor`). A presented credential that is not valid throws: 429 with Retry-After
   * while the client's address block is throttled, else 401 with WWW-Authenticate (the failure
   * is counted; a bad session cookie is cleared).
   */
  async identify(request: FastifyRequest, reply: FastifyReply): Promise<Editor | null> {
    const presented = presentedCredential(request);
    let editor: Editor | null = null;
    switch (presented.kind) {
      case 'none':
        break;
      case 'malformed':
        throw this.failure(request, reply, presented.message, 'invalid_request');
      case 'bearer': {
        this.refuseWhileThrottled(request, reply);
        if (!secretsEqual(presented.token, this.moderatorToken)) {
          throw this.failure(
            request,
            reply,
            'The moderator token is not valid: check MODERATOR_TOKEN on the server.',
            'invalid_token',
          );
        }
        editor = {};
        break;
      }
      case 'cookie': {
        const session = readSessionValue(presented.value, this.moderatorToken, this.now());
        if (!session || (await this.sessions.isSessionRevoked(session.id))) {
          reply.header('Set-Cookie', clearedSessionCookie(this.secure));
          throw this.failure(request, reply, 'Your moderator session has ended. Please sign in again.');
        }
        editor = { name: session.name, session };
        break;
      }
    }
    request.editor = editor;
    return editor;
  }

  /** Like identify, but a request without any credential is refused too (401, `missing` as the message). */
  async require(request: FastifyRequest, reply: FastifyReply, missing = SIGN_IN_REQUIRED): Promise<Editor> {
    const editor = await this.identify(request, reply);
    if (editor) return editor;
    reply.header('WWW-Authenticate', 'Bearer realm="moderation"');
    throw HttpError.unauthorized(missing);
  }

  /**
   * The sign-in form's token: returns when it is the moderator token; throws 429 while the
   * network is throttled (the token unchecked), else a failure like any other (401, counted).
   */
  checkSignInToken(request: FastifyRequest, reply: FastifyReply, token: string): void {
    this.refuseWhileThrottled(request, reply);
    if (!secretsEqual(token, this.moderatorToken)) {
      throw this.failure(request, reply, 'The moderator token is not valid: check MODERATOR_TOKEN on the server.');
    }
  }

  /** Set-Cookie for a new session of `name` (call after checkSignInToken). */
  newSessionCookie(name: string): string {
    return sessionCookie(createSessionValue(name, this.moderatorToken, this.now()), this.secure);
  }

  /** Sign-out: the session is refused from now on, by every instance on the database; the cookie is cleared. */
  async signOut(editor: Editor | null | undefined, reply: FastifyReply): Promise<void> {
    if (editor?.session) {
      const { id, expiresAt } = editor.session;
      await this.sessions.revokeSession(id, new Date(expiresAt).toISOString(), new Date(this.now()).toISOString());
    }
    reply.header('Set-Cookie', clearedSessionCookie(this.secure));
  }

  /** 429 while the client's network is throttled, or null. */
  private throttled(request: FastifyRequest, reply: FastifyReply): HttpError | null {
    const wait = this.throttle.retryAfterSeconds(addressBlock(request.ip), this.now());
    if (wait <= 0) return null;
    reply.header('Cache-Control', 'no-store');
    return new HttpError(
      429,
      `Too many failed moderator sign-ins from your network: try again in ${Math.ceil(wait / 60)} minute(s). ` +
        'Tokens are not checked meanwhile; editors already signed in keep working: check the moderator token with whoever runs the server.',
      undefined,
      wait,
    );
  }

  /** Throws the 429 while the network is throttled: a token is then not checked at all. */
  private refuseWhileThrottled(request: FastifyRequest, reply: FastifyReply): void {
    const refusal = this.throttled(request, reply);
    if (refusal) throw refusal;
  }

  /**
   * The error for a presented credential that is not valid: 429 while the client's network is
   * throttled, else the failure is counted and the answer is 401 with `message`.
   */
  private failure(request: FastifyRequest, reply: FastifyReply, message: string, error?: string): HttpError {
    reply.header('Cache-Control', 'no-store');
    const refusal = this.throttled(request, reply);
    if (refusal) return refusal;
    const key = addressBlock(request.ip);
    this.throttle.fail(key, this.now());
    reply.header('WWW-Authenticate', `Bearer realm="moderation"${error ? `, error="${error}"` : ''}`);
    return HttpError.unauthorized(message);
  }
}
