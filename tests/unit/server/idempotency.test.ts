/** Idempotency-Key on writes: a retried POST is carried out once, whatever happened to its answer. */
import type { FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { cookieValue, DEVICE_COOKIE } from '../../../src/server/plugins/rateLimit';
import { cleanup, errorOf, moderatorHeaders, testApp, validBody } from './helpers';

afterEach(cleanup);

const KEY = '3b1f0c52-8e7a-4d2b-9a41-0c6d2e9f7a10';

describe('Idempotency-Key', () => {
  it('stores a comment once when the same POST is sent twice, and answers the retry with the first answer', async () => {
    const app = await testApp();
    const send = () =>
      app.inject({
        method: 'POST',
        url: '/api/annotations',
        payload: validBody(),
        headers: { 'idempotency-key': KEY },
      });
    const first = await send();
    const retry = await send();
    expect(first.statusCode).toBe(201);
    expect(retry.statusCode).toBe(201);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(retry.json()).toEqual(first.json());
    const listed = await app.inject({ url: '/api/moderation/annotations', headers: moderatorHeaders });
    expect(listed.json<{ annotations: unknown[] }>().annotations).toHaveLength(1);
  });

  it('stores two comments under two keys, and each without a key', async () => {
    const app = await testApp();
    const post = (headers: Record<string, string>) =>
      app.inject({ method: 'POST', url: '/api/annotations', payload: validBody(), headers });
    expect((await post({ 'idempotency-key': `${KEY}-a` })).statusCode).toBe(201);
    expect((await post({ 'idempotency-key': `${KEY}-b` })).statusCode).toBe(201);
    expect((await post({})).statusCode).toBe(201);
    expect((await post({})).statusCode).toBe(201);
    const listed = await app.inject({ url: '/api/moderation/annotations', headers: moderatorHeaders });
    expect(listed.json<{ annotations: unknown[] }>().annotations).toHaveLength(4);
  });

  it('lets a key be used again after a refused request, so a corrected retry goes through', async () => {
    const app = await testApp();
    const refused = await app.inject({
      method: 'POST',
      url: '/api/annotations',
      payload: validBody({ body: ' ' }),
      headers: { 'idempotency-key': KEY },
    });
    expect(refused.statusCode).toBe(400);
    const accepted = await app.inject({
      method: 'POST',
      url: '/api/annotations',
      payload: validBody(),
      headers: { 'idempotency-key': KEY },
    });
    expect(accepted.statusCode).toBe(201);
    expect(accepted.headers['idempotent-replayed']).toBeUndefined();
  });

  /** The comments stored, as an editor sees them. */
  const stored = async (app: FastifyInstance) =>
    (await app.inject({ url: '/api/moderation/annotations', headers: moderatorHeaders })).json<{
      annotations: Array<{ body: { value: string } | Array<{ value: string }> }>;
    }>().annotations;

  it('refuses the same key with another body (422, with what to do), and keeps the first comment as it was', async () => {
    const app = await testApp();
    const post = (text: string) =>
      app.inject({
        method: 'POST',
        url: '/api/annotations',
        payload: validBody({ body: text }),
        headers: { 'idempotency-key': KEY },
      });
    const first = await post('The first comment, as written.');
    expect(first.statusCode).toBe(201);
    const reused = await post('A second comment, under the first one’s key.');
    expect(reused.statusCode).toBe(422);
    // Every status carries its standard reason phrase (Node's table), not a bare "Error".
    expect(errorOf(reused).error).toBe('Unprocessable Entity');
    expect(errorOf(reused).message).toBe(
      'This Idempotency-Key was already used for a different request. Send each new comment with a new key.',
    );
    expect(reused.headers['idempotent-replayed']).toBeUndefined();
    // The retry of the first still gets its answer.
    const retry = await post('The first comment, as written.');
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(retry.json()).toEqual(first.json());
    expect(JSON.stringify(await stored(app))).toContain('The first comment, as written.');
    expect(await stored(app)).toHaveLength(1);
  });

  it('never answers another browser with the first one’s answer (and its edit token): the key is the sender’s', async () => {
    const app = await testApp();
    const deviceCookie = async () => {
      const header = String((await app.inject({ url: '/api/event/state' })).headers['set-cookie'] ?? '');
      return `${DEVICE_COOKIE}=${cookieValue(header.split(';')[0], DEVICE_COOKIE)}`;
    };
    const [mine, theirs] = [await deviceCookie(), await deviceCookie()];
    expect(mine).not.toBe(theirs);
    const post = (cookie: string) =>
      app.inject({
        method: 'POST',
        url: '/api/annotations',
        payload: validBody(),
        headers: { 'idempotency-key': KEY, cookie },
      });
    const first = await post(mine);
    const other = await post(theirs);
    expect(first.statusCode).toBe(201);
    expect(other.statusCode).toBe(201);
    expect(other.headers['idempotent-replayed']).toBeUndefined();
    const tokenOf = (response: typeof first) => response.json<{ editToken: string }>().editToken;
    expect(tokenOf(other)).not.toBe(tokenOf(first));
    expect(await stored(app)).toHaveLength(2);
    // The first browser's retry is still its own answer.
    const retry = await post(mine);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(tokenOf(retry)).toBe(tokenOf(first));
  });

  it.each(['short', 'has spaces in it, sixteen+', 'x'.repeat(101)])(
    'refuses the malformed key %j with a message',
    async (key) => {
      const app = await testApp();
      const response = await app.inject({
        method: 'POST',
        url: '/api/annotations',
        payload: validBody(),
        headers: { 'idempotency-key': key },
      });
      expect(response.statusCode).toBe(400);
      expect(errorOf(response).message).toMatch(/Idempotency-Key header must be 16 to 100/);
    },
  );
});
