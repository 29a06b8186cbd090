/**
 * Editors' dispositions: bulk decisions with who and when, the history, validation, and who sees
 * what (the public and the author see the disposition and response, never who decided; hidden
 * comments stay hidden). On SQLite and PostgreSQL.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, decide, errorOf, moderatorHeaders, post, validBody } from './helpers';
import { DATABASES, dispose, feedbackApp } from './feedbackHelpers';

afterEach(cleanup);

describe.each(DATABASES)('dispositions on %s', (database) => {
  it('records one disposition and response on many comments, with who and when, and keeps the history', async () => {
    const app = await feedbackApp(database);
    const a = await post(app, validBody());
    const b = await post(app, validBody({ body: 'Second comment' }));
    const first = await dispose(app, {
      ids: [a.id, b.id, 'missing-id-0000'],
      disposition: 'partly-accepted',
      response: 'We reworded the paragraph.',
      release: 'Draft 2',
    });
    expect(first).toEqual({ disposition: 'partly-accepted', updated: [a.id, b.id], notFound: ['missing-id-0000'] });
    await dispose(app, {
      ids: [a.id],
      disposition: 'duplicate',
      response: 'See the other comment.',
      duplicateOf: b.id,
      decidedBy: 'Editor Two',
    });

    const history = await app.inject({ url: `/api/moderation/dispositions/${a.id}`, headers: moderatorHeaders });
    expect(history.statusCode).toBe(200);
    const body = history.json();
    expect(body.current).toMatchObject({ disposition: 'duplicate', duplicateOf: b.id, decidedBy: 'Editor Two' });
    expect(body.history.map((h: { disposition: string; decidedBy: string }) => [h.disposition, h.decidedBy])).toEqual([
      ['partly-accepted', 'Editor Test'],
      ['duplicate', 'Editor Two'],
    ]);
    expect(body.history[0]).toMatchObject({ release: 'Draft 2', response: 'We reworded the paragraph.' });
    expect(Date.parse(body.history[1].decidedAt)).toBeGreaterThanOrEqual(Date.parse(body.history[0].decidedAt));
  });

  it('takes the editor name from the X-Moderator-Name header, and refuses an anonymous decision', async () => {
    const app = await feedbackApp(database);
    const a = await post(app, validBody());
    const anonymous = await app.inject({
      method: 'POST',
      url: '/api/moderation/dispositions',
      headers: moderatorHeaders,
      payload: { ids: [a.id], disposition: 'noted', response: 'Thanks' },
    });
    expect(anonymous.statusCode).toBe(400);
    expect(errorOf(anonymous).message).toMatch(/who decides/);
    const named = await app.inject({
      method: 'POST',
      url: '/api/moderation/dispositions',
      headers: { ...moderatorHeaders, 'x-moderator-name': 'Header Editor' },
      payload: { ids: [a.id], disposition: 'noted', response: 'Thanks' },
    });
    expect(named.statusCode).toBe(200);
    const history = await app.inject({ url: `/api/moderation/dispositions/${a.id}`, headers: moderatorHeaders });
    expect(history.json().current.decidedBy).toBe('Header Editor');
  });

  it('validates before storing anything: duplicate needs another existing comment; response needs text; editors only', async () => {
    const app = await feedbackApp(database);
    const a = await post(app, validBody());
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ ids: [a.id], disposition: 'duplicate', response: 'dup' }, /duplicateOf/],
      [{ ids: [a.id], disposition: 'duplicate', response: 'dup', duplicateOf: a.id }, /itself/],
      [{ ids: [a.id], disposition: 'duplicate', response: 'dup', duplicateOf: 'missing-id-0000' }, /no comment/],
      [{ ids: [a.id], disposition: 'accepted', response: 'ok', duplicateOf: 'missing-id-0000' }, /only a "duplicate"/],
      [{ ids: [a.id], disposition: 'accepted', response: '   ' }, /response/],
      [{ ids: [a.id], disposition: 'maybe', response: 'x' }, /disposition/],
      [{ ids: [], disposition: 'accepted', response: 'x' }, /ids/],
      [{ ids: [a.id], disposition: 'accepted', response: 'x'.repeat(2001) }, /response/],
    ];
    for (const [payload, message] of cases) {
      const response = await app.inject({
        method: 'POST',
        url: '/api/moderation/dispositions',
        headers: moderatorHeaders,
        payload: { decidedBy: 'Editor', ...payload },
      });
      expect(response.statusCode, JSON.stringify(payload)).toBe(400);
      expect(errorOf(response).message).toMatch(message);
    }
    const history = await app.inject({ url: `/api/moderation/dispositions/${a.id}`, headers: moderatorHeaders });
    expect(history.json()).toEqual({ annotationId: a.id, history: [] });
    const reader = await app.inject({
      method: 'POST',
      url: '/api/moderation/dispositions',
      payload: { ids: [a.id], disposition: 'accepted', response: 'x', decidedBy: 'Me' },
    });
    expect(reader.statusCode).toBe(401);
    expect((await app.inject({ url: `/api/moderation/dispositions/${a.id}` })).statusCode).toBe(401);
    const missing = await app.inject({
      url: '/api/moderation/dispositions/missing-id-0000',
      headers: moderatorHeaders,
    });
    expect(missing.statusCode).toBe(404);
  });

  it('shows the disposition and response to readers and to the author, never who decided', async () => {
    const app = await feedbackApp(database);
    const a = await post(app, validBody());
    await dispose(app, { ids: [a.id], disposition: 'accepted', response: 'Changed in the next draft.', release: 'v2' });

    // The author sees it on their pending comment, with the edit token.
    const mine = await app.inject({
      method: 'POST',
      url: '/api/annotations/mine',
      payload: { items: [{ id: a.id, editToken: a.editToken }] },
    });
    const own = mine.json().annotations[0];
    expect(own).toMatchObject({
      status: 'pending',
      disposition: { disposition: 'accepted', response: 'Changed in the next draft.', release: 'v2' },
    });
    expect(own.disposition).not.toHaveProperty('decidedBy');
    // Not published yet: nobody else sees it anywhere.
    expect((await app.inject({ url: '/api/annotations?page=/docs/definition' })).json().annotations).toEqual([]);
    expect((await app.inject({ url: '/api/responses' })).json().rows).toEqual([]);

    await decide(app, [a.id], 'approved');
    const page = (await app.inject({ url: '/api/annotations?page=/docs/definition' })).json();
    expect(page.annotations[0].disposition).toMatchObject({
      disposition: 'accepted',
      response: 'Changed in the next draft.',
    });
    const single = (await app.inject({ url: `/api/annotations/${a.id}` })).json();
    expect(single.disposition.disposition).toBe('accepted');
    for (const url of [
      '/api/annotations?page=/docs/definition',
      `/api/annotations/${a.id}`,
      '/api/responses',
      '/api/exports?format=csv',
      '/api/exports',
      '/annotations/',
    ]) {
      const body = (await app.inject({ url })).body;
      expect(body, url).not.toContain('Editor Test');
    }
  });

  it('a decision changes what a cached page thread shows at once', async () => {
    const app = await feedbackApp(database);
    const a = await post(app, validBody());
    await decide(app, [a.id], 'approved');
    const before = await app.inject({ url: '/api/annotations?page=/docs/definition' });
    expect(before.json().annotations[0]).not.toHaveProperty('disposition');
    await dispose(app, { ids: [a.id], disposition: 'out-of-scope', response: 'Outside the Framework.' });
    const after = await app.inject({
      url: '/api/annotations?page=/docs/definition',
      headers: { 'if-none-match': String(before.headers.etag) },
    });
    expect(after.statusCode).toBe(200);
    expect(after.json().annotations[0].disposition.disposition).toBe('out-of-scope');
  });
});
