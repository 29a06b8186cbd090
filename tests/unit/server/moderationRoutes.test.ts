/** Moderation routes through inject(): sign-in, the queue, bulk decisions (exports: exports.test.ts). */
import { afterEach, describe, expect, it } from 'vitest';
import type { ModerationListResponse } from '../../../src/shared/annotations';
import { cleanup, errorOf, moderatorHeaders, MODERATOR_TOKEN, post, revisions, testApp, validBody } from './helpers';

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
    const read = await revisions(app);
    const items = [...ids, 'UNKNOWN-id-123'].map((id) => ({ id, revision: read.get(id) ?? 'never-listed' }));
    const response = await app.inject({
      method: 'POST',
      url: '/api/moderation/decisions',
      headers: moderatorHeaders,
      payload: { items, status: 'approved' },
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
    expect(errorOf(await decide({ ids: [], status: 'spam' })).message).toBe('ids: must have at least 1 item');
    expect(errorOf(await decide({ ids: [id, id], status: 'spam' })).message).toBe('ids: must not repeat an item');
    expect(errorOf(await decide({ items: [], status: 'approved' })).message).toBe('items: must have at least 1 item');
    const twice = { items: [id, id].map((i) => ({ id: i, revision: 'abc' })), status: 'approved' };
    expect(errorOf(await decide(twice)).message).toBe(`items[1].id: ${id} is named twice`);
    expect(errorOf(await decide({ status: 'approved' })).fields?.[0]?.field).toBe('items');
    const both = { ids: [id], items: [{ id, revision: 'abc' }], status: 'rejected' };
    expect(errorOf(await decide(both)).fields?.[0]?.field).toBe('items');
    expect(errorOf(await decide({ ids: [id, 'bad id'], status: 'spam' })).message).toContain(
      'ids.1: must be a comment id',
    );
    const list = await app.inject({ url: '/api/moderation/annotations?status=pending', headers: moderatorHeaders });
    expect(list.json().annotations).toHaveLength(1);
  });
});

/**
 * Pre-moderation cannot be bypassed by changing a comment after an editor read it: a decision names
 * the revision the editor read, and is refused (409, nothing decided) when the comment changed since.
 */
describe('a decision on what the editor read', () => {
  const decideOn = (app: Awaited<ReturnType<typeof testApp>>, items: unknown[], status = 'approved') =>
    app.inject({
      method: 'POST',
      url: '/api/moderation/decisions',
      headers: moderatorHeaders,
      payload: { items, status },
    });
  const pending = async (app: Awaited<ReturnType<typeof testApp>>) =>
    (
      await app.inject({ url: '/api/moderation/annotations?status=pending', headers: moderatorHeaders })
    ).json<ModerationListResponse>().annotations;
  const edit = (app: Awaited<ReturnType<typeof testApp>>, id: string, token: string, body: string) =>
    app.inject({
      method: 'PATCH',
      url: `/api/annotations/${id}`,
      headers: { 'x-edit-token': token },
      payload: { body },
    });
  const SWAPPED = 'SWAPPED: [click here](http://phish.example)';

  it('refuses to publish a new comment its author changed after the editor read it', async () => {
    const app = await testApp();
    const comment = await post(app, validBody({ body: 'Harmless question' }));
    const [read] = await pending(app);
    expect(read).toMatchObject({ id: comment.id, body: 'Harmless question', revision: expect.any(String) });
    expect((await edit(app, comment.id, comment.editToken, SWAPPED)).statusCode).toBe(200);

    const refused = await decideOn(app, [{ id: comment.id, revision: read!.revision }]);
    expect(refused.statusCode).toBe(409);
    expect(errorOf(refused).message).toMatch(/changed since you read it.*reload the queue/);
    expect(errorOf(refused).fields).toEqual([
      { field: 'items[0].revision', message: `${comment.id} changed since you read it` },
    ]);
    expect((await app.inject({ url: `/api/annotations/${comment.id}` })).statusCode).toBe(404);

    // Read again, the swapped text is what the editor decides on.
    const [reread] = await pending(app);
    expect(reread?.body).toBe(SWAPPED);
    expect((await decideOn(app, [{ id: comment.id, revision: reread!.revision }], 'spam')).statusCode).toBe(200);
  });

  it("refuses to publish a published comment's waiting edit changed again after the editor read it", async () => {
    const app = await testApp();
    const comment = await post(app, validBody({ body: 'Original text' }));
    const [first] = await pending(app);
    expect((await decideOn(app, [{ id: comment.id, revision: first!.revision }])).statusCode).toBe(200);
    await edit(app, comment.id, comment.editToken, 'Harmless edit');
    const [read] = await pending(app);
    expect(read?.pendingEdit?.body).toBe('Harmless edit');
    await edit(app, comment.id, comment.editToken, SWAPPED);

    const refused = await decideOn(app, [{ id: comment.id, revision: read!.revision }]);
    expect(refused.statusCode).toBe(409);
    const published = await app.inject({ url: `/api/annotations/${comment.id}` });
    expect(published.json().bodyHtml).toBe('<p>Original text</p>');
  });

  it('decides nothing of a bulk decision when one comment changed, and says which', async () => {
    const app = await testApp();
    const a = await post(app, validBody({ body: 'First' }));
    const b = await post(app, validBody({ body: 'Second' }));
    const read = await pending(app);
    await edit(app, b.id, b.editToken, SWAPPED);
    const refused = await decideOn(
      app,
      read.map((x) => ({ id: x.id, revision: x.revision })),
    );
    expect(refused.statusCode).toBe(409);
    expect(errorOf(refused).message).toContain(b.id);
    expect(errorOf(refused).message).not.toContain(a.id);
    expect((await pending(app)).map((x) => x.status)).toEqual(['pending', 'pending']);
  });

  it('refuses a decision on a comment another editor decided meanwhile', async () => {
    const app = await testApp();
    const comment = await post(app, validBody());
    const [read] = await pending(app);
    expect((await decideOn(app, [{ id: comment.id, revision: read!.revision }], 'spam')).statusCode).toBe(200);
    expect((await decideOn(app, [{ id: comment.id, revision: read!.revision }])).statusCode).toBe(409);
  });

  it('refuses an approval that names no revision, and still takes a rejection or spam mark by ids', async () => {
    const app = await testApp();
    const comment = await post(app, validBody());
    const ids = (status: string) =>
      app.inject({
        method: 'POST',
        url: '/api/moderation/decisions',
        headers: moderatorHeaders,
        payload: { ids: [comment.id], status },
      });
    const approval = await ids('approved');
    expect(approval.statusCode).toBe(400);
    expect(errorOf(approval).message).toContain('an approval names the revision of each comment you read');
    expect((await ids('rejected')).json()).toMatchObject({ updated: [comment.id] });
  });
});
