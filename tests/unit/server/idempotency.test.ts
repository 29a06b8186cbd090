/** Idempotency-Key on writes: a retried POST is carried out once, whatever happened to its answer. */
import { afterEach, describe, expect, it } from 'vitest';
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
