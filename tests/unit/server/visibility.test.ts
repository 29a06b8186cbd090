/**
 * Pending, rejected, spam and editors-only comments never leave through a public read path:
 * the page list, the single fetch, replies under a hidden parent, or `mine` without the token
 * (the leak Hypothesis had through its single-annotation API, comments-anchors §4.1).
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { PageAnnotationsResponse } from '../../../src/shared/annotations';
import { cleanup, decide, post, testApp, validBody } from './helpers';

afterEach(cleanup);

describe('hidden comments', () => {
  it('never appear in the page list, the single fetch or `mine` without their token', async () => {
    const app = await testApp();
    const visible = await post(app, validBody({ body: 'visible' }));
    const pending = await post(app, validBody({ body: 'pending' }));
    const rejected = await post(app, validBody({ body: 'rejected' }));
    const spam = await post(app, validBody({ body: 'spam' }));
    const editors = await post(app, validBody({ body: 'editors', visibility: 'editors' }));
    await decide(app, [visible.id, editors.id], 'approved');
    await decide(app, [rejected.id], 'rejected');
    await decide(app, [spam.id], 'spam');
    const hidden = [pending, rejected, spam, editors];

    const page = (await app.inject({ url: '/api/annotations?page=/docs/definition' })).json<PageAnnotationsResponse>();
    expect(page.annotations.map((a) => a.id)).toEqual([visible.id]);
    for (const h of hidden) {
      const single = await app.inject({ url: `/api/annotations/${h.id}` });
      expect(single.statusCode).toBe(404);
      expect(single.body).not.toContain('bodyHtml');
      const mine = await app.inject({
        method: 'POST',
        url: '/api/annotations/mine',
        payload: { items: [{ id: h.id, editToken: visible.editToken }] },
      });
      expect(mine.json().annotations).toEqual([]);
    }
    const everything = JSON.stringify(page);
    for (const word of ['pending', 'rejected', 'spam', 'editors']) expect(everything).not.toContain(`<p>${word}</p>`);
  });

  it('hide the replies under them, at any depth, and show them again once approved', async () => {
    const app = await testApp();
    const parent = await post(app, validBody({ body: 'parent' }));
    await decide(app, [parent.id], 'approved');
    const reply = await post(app, validBody({ body: 'reply', parentId: parent.id }));
    await decide(app, [reply.id], 'approved');
    const nested = await post(app, validBody({ body: 'nested', parentId: reply.id }));
    await decide(app, [nested.id], 'approved');
    const ids = async () =>
      (await app.inject({ url: '/api/annotations?page=/docs/definition' }))
        .json<PageAnnotationsResponse>()
        .annotations.map((a) => a.id);
    expect(await ids()).toEqual([parent.id, reply.id, nested.id]);

    await decide(app, [parent.id], 'rejected');
    expect(await ids()).toEqual([]);
    expect((await app.inject({ url: `/api/annotations/${nested.id}` })).statusCode).toBe(404);
    expect((await app.inject({ url: `/api/annotations/${reply.id}` })).statusCode).toBe(404);

    await decide(app, [parent.id], 'approved');
    expect(await ids()).toEqual([parent.id, reply.id, nested.id]);

    // The author withdraws the parent: the replies stay stored (for the editors) but are not shown.
    await app.inject({
      method: 'DELETE',
      url: `/api/annotations/${parent.id}`,
      headers: { 'x-edit-token': parent.editToken },
    });
    expect(await ids()).toEqual([]);
  });

  it('an edit under pre-moderation is not published until approved (the approved text stays)', async () => {
    const app = await testApp();
    const c = await post(app, validBody());
    await decide(app, [c.id], 'approved');
    expect((await app.inject({ url: `/api/annotations/${c.id}` })).statusCode).toBe(200);
    await app.inject({
      method: 'PATCH',
      url: `/api/annotations/${c.id}`,
      headers: { 'x-edit-token': c.editToken },
      payload: { body: 'now offensive' },
    });
    const single = await app.inject({ url: `/api/annotations/${c.id}` });
    expect(single.statusCode).toBe(200);
    expect(single.body).not.toContain('offensive');
    const page = await app.inject({ url: '/api/annotations?page=/docs/definition' });
    expect(page.body).not.toContain('offensive');
  });
});

describe('hostile plain-text fields', () => {
  it('are stored and returned as data (JSON with nosniff), never as markup, with bidi overrides removed', async () => {
    const app = await testApp({ premoderation: false });
    const hostile = {
      authorName: '<img src=x onerror=alert(1)>',
      organisation: '"><script>alert(1)</script>',
      country: 'javascript:alert(1)',
      proposedWording: '<svg onload=alert(1)>\u202Etxt.exe',
    };
    const created = await app.inject({ method: 'POST', url: '/api/annotations', payload: validBody(hostile) });
    expect(created.statusCode).toBe(201);
    const response = await app.inject({ url: '/api/annotations?page=/docs/definition' });
    expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    const [stored] = response.json<PageAnnotationsResponse>().annotations;
    expect(stored).toMatchObject({ ...hostile, proposedWording: '<svg onload=alert(1)>txt.exe' });
  });
});
