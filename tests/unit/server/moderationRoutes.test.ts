/** Moderation routes through inject(): sign-in, the queue, bulk decisions (exports: exports.test.ts). */
import { afterEach, describe, expect, it } from 'vitest';
import type { ModerationListResponse } from '../../../src/shared/annotations';
import { cleanup, errorOf, moderatorHeaders, MODERATOR_TOKEN, post, testApp, validBody } from './helpers';

afterEach(cleanup);

describe('moderator sign-in', () => {
  it('answers 401 with a clear message without or with a wrong bearer token, on every route', async () => {
    const app = await testApp();
    const routes = [
      { method: 'GET' as const, url: '/api/moderation/annotations' },
      {
        method: 'POST' as const,
        url: '/api/moderation/decisions',
        payload: { ids: ['AAAAAAAAAAAA'], status: 'approved' },
      },
      { method: 'GET' as const, url: '/api/moderation/export' },
    ];
    // One network per route: wrong and malformed credentials count towards one throttle (moderatorAuth.ts).
    for (const [i, route] of routes.entries()) {
      const missing = await app.inject(route);
      expect(missing.statusCode).toBe(401);
      expect(errorOf(missing).message).toContain('Authorization: Bearer');
      expect(missing.headers['www-authenticate']).toContain('Bearer');
      for (const authorization of [
        `Bearer ${MODERATOR_TOKEN}x`,
        `Bearer ${MODERATOR_TOKEN.slice(0, -1)}`,
        `Basic ${MODERATOR_TOKEN}`,
        MODERATOR_TOKEN,
      ]) {
        const wrong = await app.inject({ ...route, headers: { authorization }, remoteAddress: `198.51.${i}.1` });
        expect(wrong.statusCode, authorization).toBe(401);
      }
    }
  });
});

describe('GET /api/moderation/annotations', () => {
  it('lists by status and page, including editors-only comments and the Markdown source', async () => {
    const app = await testApp();
    const a = await post(app, validBody({ visibility: 'editors', body: '# Private note' }));
    const b = await post(app, validBody({ target: { page: '/docs/other' } as never }));
    const list = async (query: string) =>
      (
        await app.inject({ url: `/api/moderation/annotations${query}`, headers: moderatorHeaders })
      ).json<ModerationListResponse>().annotations;
    expect((await list('?status=pending')).map((x) => x.id)).toEqual([a.id, b.id]);
    expect((await list('?status=pending&page=/docs/other')).map((x) => x.id)).toEqual([b.id]);
    expect(await list('?status=approved')).toEqual([]);
    const [first] = await list('');
    expect(first).toMatchObject({
      id: a.id,
      visibility: 'editors',
      body: '# Private note',
      bodyHtml: '<p><strong>Private note</strong></p>',
    });
    expect(first).not.toHaveProperty('ipHash');
    const bad = await app.inject({ url: '/api/moderation/annotations?status=deleted', headers: moderatorHeaders });
    expect(errorOf(bad).message).toBe('status: must be one of: pending, approved, rejected, spam');
  });
});

describe('POST /api/moderation/decisions', () => {
  it('applies one decision to many comments and names unknown ids', async () => {
    const app = await testApp();
    const ids = [(await post(app, validBody())).id, (await post(app, validBody())).id];
    const response = await app.inject({
      method: 'POST',
      url: '/api/moderation/decisions',
      headers: moderatorHeaders,
      payload: { ids: [...ids, 'UNKNOWN-id-123'], status: 'approved' },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      status: 'approved',
      updated: ids,
      notFound: ['UNKNOWN-id-123'],
      editRejected: [],
    });
    const page = await app.inject({ url: '/api/annotations?page=/docs/definition' });
    expect(page.json().annotations).toHaveLength(2);
  });

  it('validates the decision before changing anything', async () => {
    const app = await testApp();
    const id = (await post(app, validBody())).id;
    const decide = (payload: unknown) =>
      app.inject({
        method: 'POST',
        url: '/api/moderation/decisions',
        headers: moderatorHeaders,
        payload: payload as object,
      });
    expect(errorOf(await decide({ ids: [id], status: 'pending' })).message).toBe(
      'status: must be one of: approved, rejected, spam',
    );
    expect(errorOf(await decide({ ids: [], status: 'approved' })).message).toBe('ids: must have at least 1 item');
    expect(errorOf(await decide({ ids: [id, id], status: 'approved' })).message).toBe('ids: must not repeat an item');
    expect(errorOf(await decide({ ids: [id, 'bad id'], status: 'spam' })).message).toContain(
      'ids.1: must be a comment id',
    );
    const list = await app.inject({ url: '/api/moderation/annotations?status=pending', headers: moderatorHeaders });
    expect(list.json().annotations).toHaveLength(1);
  });
});
