/**
 * Moderator sessions and the sign-in brake: the cookie (HTTP-only, SameSite=Strict, scoped, signed
 * with the token), sign-out, the moderator's name on the request, and 429 + Retry-After after
 * repeated wrong tokens (issue: 1,000 wrong tokens used to get 1,000 answers of 401). Every other
 * moderator route, sign-out's revocation and malformed headers: moderatorCredential.test.ts.
 */
import { createHmac } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import type { ModerationCountsResponse, ModerationListResponse } from '../../../src/shared/annotations';
import {
  createSessionValue,
  MAX_FAILURES,
  readSessionValue,
  SignInThrottle,
} from '../../../src/server/moderatorSession';
import { cleanup, decide, errorOf, moderatorHeaders, MODERATOR_TOKEN, post, testApp, validBody } from './helpers';

afterEach(cleanup);

const signIn = (app: Awaited<ReturnType<typeof testApp>>, token: string, name = 'Editor Ama', ip = '127.0.0.1') =>
  app.inject({ method: 'POST', url: '/api/moderation/session', payload: { token, name }, remoteAddress: ip });

/** The moderator session's Set-Cookie line, if any (other cookies, e.g. the device token, are ignored). */
function moderatorSetCookie(response: { headers: Record<string, unknown> }): string | undefined {
  const header = response.headers['set-cookie'];
  const lines = header === undefined ? [] : Array.isArray(header) ? header.map(String) : [String(header)];
  return lines.find((line) => line.startsWith('fw_moderator='));
}

function sessionCookieOf(response: { headers: Record<string, unknown> }): string {
  return (moderatorSetCookie(response) ?? '').split(';')[0]!;
}

describe('session values', () => {
  it('round-trip a name, and refuse a forged, tampered, re-keyed or expired value', () => {
    const now = Date.UTC(2026, 10, 30);
    const value = createSessionValue('Ama', MODERATOR_TOKEN, now);
    expect(readSessionValue(value, MODERATOR_TOKEN, now + 1000)).toEqual({
      name: 'Ama',
      id: expect.stringMatching(/^[\w-]{22}$/),
      expiresAt: now + 12 * 3_600_000,
    });
    // Every session has its own id, which sign-out revokes.
    expect(readSessionValue(createSessionValue('Ama', MODERATOR_TOKEN, now), MODERATOR_TOKEN, now)?.id).not.toBe(
      readSessionValue(value, MODERATOR_TOKEN, now)?.id,
    );
    expect(readSessionValue(value, `${MODERATOR_TOKEN}-rotated`, now)).toBeUndefined();
    expect(readSessionValue(value, MODERATOR_TOKEN, now + 13 * 3_600_000)).toBeUndefined();
    const [payload, signature] = value.split('.');
    const forged = Buffer.from(JSON.stringify({ n: 'Mallory', e: now + 1e9 })).toString('base64url');
    expect(readSessionValue(`${forged}.${signature}`, MODERATOR_TOKEN, now)).toBeUndefined();
    expect(readSessionValue(`${payload}.`, MODERATOR_TOKEN, now)).toBeUndefined();
    expect(readSessionValue('garbage', MODERATOR_TOKEN, now)).toBeUndefined();
    // A session made before sessions had ids could never be signed out: refused.
    const withoutId = Buffer.from(JSON.stringify({ n: 'Ama', e: now + 1e6 })).toString('base64url');
    const signed = createHmac('sha256', MODERATOR_TOKEN).update(withoutId).digest('base64url');
    expect(readSessionValue(`${withoutId}.${signed}`, MODERATOR_TOKEN, now)).toBeUndefined();
  });

  it('the throttle opens again when its window ends', () => {
    const throttle = new SignInThrottle(3, 60_000);
    for (let i = 0; i < 3; i += 1) throttle.fail('k', 1000);
    expect(throttle.retryAfterSeconds('k', 1000)).toBe(60);
    expect(throttle.retryAfterSeconds('other', 1000)).toBe(0);
    expect(throttle.retryAfterSeconds('k', 61_000)).toBe(0);
  });
});

describe('POST /api/moderation/session', () => {
  it('signs in with token and name: an HTTP-only, SameSite=Strict cookie that works across requests', async () => {
    const app = await testApp();
    const response = await signIn(app, MODERATOR_TOKEN);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ name: 'Editor Ama' });
    const header = String(moderatorSetCookie(response));
    expect(header).toMatch(/^fw_moderator=[\w-]+\.[\w-]+; Path=\/api\/moderation; HttpOnly; SameSite=Strict; Secure$/);
    const cookie = sessionCookieOf(response);
    const session = await app.inject({ url: '/api/moderation/session', headers: { cookie } });
    expect(session.json()).toEqual({ name: 'Editor Ama' });
    const list = await app.inject({ url: '/api/moderation/annotations', headers: { cookie } });
    expect(list.statusCode).toBe(200);

    const out = await app.inject({ method: 'DELETE', url: '/api/moderation/session', headers: { cookie } });
    expect(out.statusCode).toBe(204);
    expect(String(moderatorSetCookie(out))).toContain('Max-Age=0');
  });

  it('is not Secure on a plain-http origin (a laptop at a side event)', async () => {
    const app = await testApp({ publicOrigin: 'http://localhost:3000' });
    expect(String(moderatorSetCookie(await signIn(app, MODERATOR_TOKEN)))).not.toContain('Secure');
  });

  it('refuses a wrong token (401) and a name without visible text (400), setting no cookie', async () => {
    const app = await testApp();
    const wrong = await signIn(app, 'not-the-token-at-all');
    expect(wrong.statusCode).toBe(401);
    expect(moderatorSetCookie(wrong)).toBeUndefined();
    const blank = await signIn(app, MODERATOR_TOKEN, '\u200B\u200B');
    expect(blank.statusCode).toBe(400);
    expect(errorOf(blank).fields?.[0]?.field).toBe('name');
  });

  it('answers "who is signed in?" with 204 when the browser has no session, and other routes still 401', async () => {
    const app = await testApp();
    const nobody = await app.inject({ url: '/api/moderation/session' });
    expect(nobody.statusCode).toBe(204);
    expect(nobody.body).toBe('');
    expect((await app.inject({ url: '/api/moderation/annotations' })).statusCode).toBe(401);
  });

  it('refuses a forged cookie and clears it', async () => {
    const app = await testApp();
    const forged = await app.inject({ url: '/api/moderation/session', headers: { cookie: 'fw_moderator=abc.def' } });
    expect(forged.statusCode).toBe(401);
    expect(errorOf(forged).message).toContain('sign in again');
    expect(String(moderatorSetCookie(forged))).toContain('Max-Age=0');
  });

  it('names the moderator on the request: from the session, or X-Moderator-Name with the Bearer token', async () => {
    const app = await testApp();
    const bearer = await app.inject({ url: '/api/moderation/session', headers: moderatorHeaders });
    expect(bearer.json()).toEqual({ name: 'Moderator (API token)' });
    const named = await app.inject({
      url: '/api/moderation/session',
      headers: { ...moderatorHeaders, 'x-moderator-name': 'Script of Ama' },
    });
    expect(named.json()).toEqual({ name: 'Script of Ama' });
  });
});

describe('failed sign-ins are throttled', () => {
  it('1,000 wrong tokens: the first ones get 401, the rest 429 with Retry-After, and no token is checked meanwhile', async () => {
    const app = await testApp();
    const statuses: number[] = [];
    let retryAfter: unknown;
    for (let i = 0; i < 1000; i += 1) {
      const response =
        i % 2 === 0
          ? await signIn(app, `wrong-token-${i}`, 'Guess', '203.0.113.7')
          : await app.inject({
              url: '/api/moderation/annotations',
              headers: { authorization: `Bearer wrong-token-${i}` },
              remoteAddress: '203.0.113.8',
            });
      statuses.push(response.statusCode);
      if (response.statusCode === 429) retryAfter = response.headers['retry-after'];
    }
    expect(statuses.slice(0, MAX_FAILURES)).toEqual(Array(MAX_FAILURES).fill(401));
    expect(statuses.slice(MAX_FAILURES)).toEqual(Array(1000 - MAX_FAILURES).fill(429));
    expect(Number(retryAfter)).toBeGreaterThan(0);
    expect(Number(retryAfter)).toBeLessThanOrEqual(15 * 60);
    // The same /24 block stays shut: even the right token gets the same 429, so a guesser cannot
    // tell a right guess from a wrong one (sessions signed in before still work:
    // moderatorCredential.test.ts). Another network is not affected at all.
    const blocked = await signIn(app, 'one-more-guess-here', 'Guess', '203.0.113.99');
    expect(blocked.statusCode).toBe(429);
    expect(errorOf(blocked).message).toContain('Too many failed moderator sign-ins');
    const right = await signIn(app, MODERATOR_TOKEN, 'Ama', '203.0.113.99');
    expect(right.statusCode).toBe(429);
    expect(right.body).toBe(blocked.body);
    expect((await signIn(app, 'a-wrong-token-elsewhere', 'Kofi', '198.51.100.1')).statusCode).toBe(401);
  });
});

describe('queue context and counts', () => {
  it('shows the parent above a reply, and counts new comments and waiting edits', async () => {
    const app = await testApp();
    const counts = async () =>
      (await app.inject({ url: '/api/moderation/counts', headers: moderatorHeaders })).json<ModerationCountsResponse>();
    expect(await counts()).toEqual({ awaiting: 0 });
    const parent = await post(app, validBody({ body: 'The parent comment.' }));
    await decide(app, [parent.id], 'approved');
    const reply = await post(app, validBody({ parentId: parent.id, body: 'A reply.' }));
    expect(await counts()).toEqual({ awaiting: 1 });
    await app.inject({
      method: 'PATCH',
      url: `/api/annotations/${parent.id}`,
      headers: { 'x-edit-token': parent.editToken },
      payload: { body: 'Edited parent.' },
    });
    expect(await counts()).toEqual({ awaiting: 2 });
    const queue = await app.inject({ url: '/api/moderation/annotations?status=pending', headers: moderatorHeaders });
    const items = queue.json<ModerationListResponse>().annotations;
    const replyItem = items.find((item) => item.id === reply.id)!;
    expect(replyItem.context.parent).toEqual({
      id: parent.id,
      authorName: 'Amina Diallo',
      bodyHtml: '<p>The parent comment.</p>',
      status: 'approved',
    });
    // Page title, headings and paragraph text come from the build's block register.
    expect(items.find((item) => item.id === parent.id)!.context).toEqual({
      pageTitle: 'Definition of citizen data',
      headings: ['A section'],
      paragraphText: 'Text of p-3f2a1c on /docs/definition.',
    });
  });
});
