/**
 * One credential check for every moderator route and action (src/server/moderatorAuth.ts), from an
 * outside tester's findings: routes outside routes/moderation.ts never counted wrong tokens (401
 * forever, never 429); /api/insights answered a wrong token with the public figures (an oracle
 * telling right from wrong tokens, with no failure counted); ten wrong tokens from a venue's Wi-Fi
 * locked out editors already signed in; a malformed Authorization header was answered "sign-in
 * required"; and signing out left the old session cookie valid for up to 12 hours.
 */
import type { FastifyInstance, InjectOptions } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { buildApp } from '../../../src/server/app';
import { MAX_FAILURES } from '../../../src/server/moderatorSession';
import { cleanup, errorOf, MODERATOR_TOKEN, moderatorHeaders, onCleanup, testApp, testConfig } from './helpers';

afterEach(cleanup);

/** The venue's network: every attendee's phone and the editors' laptops share this /24. */
const VENUE = (host: number) => `203.0.113.${host}`;

/** Every moderator route and action outside routes/moderation.ts, and one inside it. */
const MODERATOR_REQUESTS: InjectOptions[] = [
  { url: '/api/moderation/export?format=json' },
  { url: '/api/moderation/dispositions/some-comment-id' },
  { method: 'POST', url: '/api/moderation/rounds', payload: {} },
  { method: 'POST', url: '/api/moderation/import', payload: {} },
  { method: 'POST', url: '/api/event/game/reset' },
  { url: '/api/moderation/annotations' },
];

const describeRequest = (r: InjectOptions) => `${r.method ?? 'GET'} ${r.url as string}`;

async function send(app: FastifyInstance, request: InjectOptions, headers: Record<string, string>, ip = VENUE(7)) {
  return app.inject({ ...request, headers: { ...headers, ...(request.headers as object) }, remoteAddress: ip });
}

/** Signs in as `name` and returns the session cookie (`fw_moderator=…`). */
async function signedIn(app: FastifyInstance, name = 'Editor Ama', ip = VENUE(50)): Promise<string> {
  const response = await app.inject({
    method: 'POST',
    url: '/api/moderation/session',
    payload: { token: MODERATOR_TOKEN, name },
    remoteAddress: ip,
  });
  expect(response.statusCode).toBe(200);
  const header = [response.headers['set-cookie']].flat().map(String);
  return header.find((line) => line.startsWith('fw_moderator='))!.split(';')[0]!;
}

/** Sends MAX_FAILURES wrong Bearer tokens from the venue to `url`; each must be refused with 401. */
async function tripThrottle(app: FastifyInstance, url = '/api/moderation/annotations') {
  for (let i = 0; i < MAX_FAILURES; i += 1) {
    const response = await app.inject({
      url,
      headers: { authorization: `Bearer wrong-${i}` },
      remoteAddress: VENUE(7),
    });
    expect(response.statusCode).toBe(401);
  }
}

describe('one throttle counts wrong credentials on every moderator route', () => {
  it.each(MODERATOR_REQUESTS)('wrong tokens on $url alone trip it, then 429 with Retry-After', async (request) => {
    const app = await testApp();
    const statuses: number[] = [];
    for (let i = 0; i <= MAX_FAILURES; i += 1) {
      statuses.push((await send(app, request, { authorization: `Bearer wrong-token-${i}` })).statusCode);
    }
    expect(statuses, describeRequest(request)).toEqual([...Array(MAX_FAILURES).fill(401), 429]);
    const throttled = await send(app, request, { authorization: 'Bearer wrong-again' });
    expect(Number(throttled.headers['retry-after'])).toBeGreaterThan(0);
    expect(errorOf(throttled).message).toMatch(/Too many failed moderator sign-ins.*try again in \d+ minute/);
  });

  it('failures on different routes add up to one count per network', async () => {
    const app = await testApp();
    const statuses: number[] = [];
    for (let i = 0; i < 2 * MODERATOR_REQUESTS.length; i += 1) {
      const request = MODERATOR_REQUESTS[i % MODERATOR_REQUESTS.length]!;
      statuses.push((await send(app, request, { authorization: `Bearer wrong-${i}` }, VENUE(i))).statusCode);
    }
    expect(statuses).toEqual([...Array(MAX_FAILURES).fill(401), ...Array(statuses.length - MAX_FAILURES).fill(429)]);
  });

  it('insights: no credential gets the public figures, a wrong one 401 (counted), the right one the editors’', async () => {
    const app = await testApp();
    for (const url of ['/api/insights', '/api/moderation/insights']) {
      expect((await app.inject({ url, remoteAddress: VENUE(7) })).json().scope).toBe('public');
      const wrong = await app.inject({
        url,
        headers: { authorization: 'Bearer wrong-token' },
        remoteAddress: VENUE(7),
      });
      expect(wrong.statusCode, url).toBe(401);
      expect(errorOf(wrong).message).toContain('The moderator token is not valid');
      expect(wrong.headers['www-authenticate']).toContain('error="invalid_token"');
      expect((await app.inject({ url, headers: moderatorHeaders, remoteAddress: VENUE(7) })).json().scope).toBe(
        'editors',
      );
    }
    // Those two failures counted: eight more and the network is throttled.
    for (let i = 0; i < MAX_FAILURES - 2; i += 1) {
      const guess = await app.inject({
        url: '/api/insights',
        headers: { authorization: `Bearer guess-${i}` },
        remoteAddress: VENUE(8),
      });
      expect(guess.statusCode).toBe(401);
    }
    const throttled = await app.inject({
      url: '/api/insights',
      headers: { authorization: 'Bearer one-more-guess' },
      remoteAddress: VENUE(9),
    });
    expect(throttled.statusCode).toBe(429);
    // A reader with no credential is no failure and keeps the public figures meanwhile.
    expect((await app.inject({ url: '/api/insights', remoteAddress: VENUE(9) })).json().scope).toBe('public');
  });
});

describe('valid credentials are accepted while the network is throttled', () => {
  it('a signed-in editor’s session cookie still works; tokens, right or wrong, get the same 429', async () => {
    const app = await testApp();
    const cookie = await signedIn(app, 'Editor Ama', VENUE(50));
    await tripThrottle(app);
    const viaCookie = await app.inject({
      url: '/api/moderation/annotations',
      headers: { cookie },
      remoteAddress: VENUE(50),
    });
    expect(viaCookie.statusCode).toBe(200);
    const session = await app.inject({ url: '/api/moderation/session', headers: { cookie }, remoteAddress: VENUE(50) });
    expect(session.json()).toEqual({ name: 'Editor Ama' });
    for (const request of MODERATOR_REQUESTS) {
      // The right token is not checked while the network is throttled: a right guess looks like a wrong one.
      const response = await send(app, request, moderatorHeaders, VENUE(51));
      expect(response.statusCode, describeRequest(request)).toBe(429);
      const viaSession = await send(app, request, { cookie }, VENUE(51));
      expect([401, 429], describeRequest(request)).not.toContain(viaSession.statusCode);
    }
    const signIn = await app.inject({
      method: 'POST',
      url: '/api/moderation/session',
      payload: { token: MODERATOR_TOKEN, name: 'Editor Kofi' },
      remoteAddress: VENUE(52),
    });
    expect(signIn.statusCode).toBe(429);
    const wrongSignIn = await app.inject({
      method: 'POST',
      url: '/api/moderation/session',
      payload: { token: 'still-guessing-here', name: 'Guess' },
      remoteAddress: VENUE(53),
    });
    expect(wrongSignIn.statusCode).toBe(429);
    expect(wrongSignIn.headers['retry-after']).toBeDefined();
  });
});

describe('a malformed Authorization header', () => {
  it.each([
    `Bearer ${MODERATOR_TOKEN} extra`,
    'Bearer',
    `Basic ${Buffer.from(`editor:${MODERATOR_TOKEN}`).toString('base64')}`,
    MODERATOR_TOKEN,
  ])('"%s" gets 401 saying it is malformed and what form it takes', async (authorization) => {
    const app = await testApp();
    for (const request of [...MODERATOR_REQUESTS, { url: '/api/insights' }]) {
      const response = await send(app, request, { authorization }, VENUE(60));
      expect(response.statusCode, describeRequest(request)).toBe(401);
      const { message } = errorOf(response);
      expect(message, describeRequest(request)).toContain('Authorization header');
      expect(message).toContain('Bearer <MODERATOR_TOKEN>');
      expect(message).not.toContain('sign-in required');
      expect(response.headers['www-authenticate']).toContain('error="invalid_request"');
    }
  });

  it('is refused on every moderator route, not taken for a missing credential', async () => {
    const app = await testApp();
    for (const request of [...MODERATOR_REQUESTS, { url: '/api/insights' }, { url: '/api/moderation/session' }]) {
      const response = await send(app, request, { authorization: `Bearer ${MODERATOR_TOKEN} extra` }, VENUE(61));
      expect(response.statusCode, describeRequest(request)).toBe(401);
      expect(errorOf(response).message, describeRequest(request)).toMatch(/Authorization header is malformed/);
    }
  });
});

describe('signing out ends the session on the server', () => {
  it('the old cookie is refused after DELETE /api/moderation/session, also after a restart', async () => {
    const config = testConfig();
    const first = await buildApp(config, { logger: false });
    let firstOpen = true;
    onCleanup(() => (firstOpen ? first.close() : undefined));
    const cookie = await signedIn(first, 'Editor Ama');
    const other = await signedIn(first, 'Editor Kofi');
    const out = await first.inject({ method: 'DELETE', url: '/api/moderation/session', headers: { cookie } });
    expect(out.statusCode).toBe(204);

    const replayed = await first.inject({ url: '/api/moderation/annotations', headers: { cookie } });
    expect(replayed.statusCode).toBe(401);
    expect(errorOf(replayed).message).toContain('sign in again');
    expect((await first.inject({ url: '/api/moderation/session', headers: { cookie } })).statusCode).toBe(401);
    // Another editor's session is not affected.
    expect((await first.inject({ url: '/api/moderation/annotations', headers: { cookie: other } })).statusCode).toBe(
      200,
    );

    await first.close();
    firstOpen = false;
    const restarted = await buildApp(config, { logger: false });
    onCleanup(() => restarted.close());
    expect((await restarted.inject({ url: '/api/moderation/export', headers: { cookie } })).statusCode).toBe(401);
    expect((await restarted.inject({ url: '/api/moderation/session', headers: { cookie: other } })).json()).toEqual({
      name: 'Editor Kofi',
    });
  });
});
