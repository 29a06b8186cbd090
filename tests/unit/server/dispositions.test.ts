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
    await decide(app, [b.id], 'approved');
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

  it('names only a published comment as the one duplicated (400 naming duplicateOf otherwise)', async () => {
    const app = await feedbackApp(database);
    const a = await post(app, validBody());
    const hidden = {
      pending: await post(app, validBody({ body: 'Still pending' })),
      rejected: await post(app, validBody({ body: 'Rejected' })),
      spam: await post(app, validBody({ body: 'Spam' })),
      editors: await post(app, validBody({ body: 'Editors only', visibility: 'editors' })),
    };
    await decide(app, [hidden.rejected.id], 'rejected');
    await decide(app, [hidden.spam.id], 'spam');
    await decide(app, [hidden.editors.id], 'approved');
    for (const [what, comment] of Object.entries(hidden)) {
      const response = await app.inject({
        method: 'POST',
        url: '/api/moderation/dispositions',
        headers: moderatorHeaders,
        payload: { ids: [a.id], disposition: 'duplicate', response: 'dup', duplicateOf: comment.id, decidedBy: 'Ed' },
      });
      expect(response.statusCode, what).toBe(400);
      expect(errorOf(response).fields, what).toEqual([
        { field: 'duplicateOf', message: expect.stringContaining('must name a published comment') },
      ]);
    }
    const history = await app.inject({ url: `/api/moderation/dispositions/${a.id}`, headers: moderatorHeaders });
    expect(history.json()).toEqual({ annotationId: a.id, history: [] });
  });

  it('leaves out of every public answer the id of a duplicated comment hidden since it was named', async () => {
    const app = await feedbackApp(database);
    const original = await post(app, validBody({ body: 'The original point' }));
    const duplicate = await post(app, validBody({ body: 'The same point again' }));
    await decide(app, [original.id, duplicate.id], 'approved');
    await dispose(app, { ids: [duplicate.id], disposition: 'duplicate', response: 'Same.', duplicateOf: original.id });
    const publicAnswers = async () => {
      const urls = [
        '/api/responses',
        '/api/annotations?page=/docs/definition',
        `/api/annotations/${duplicate.id}`,
        '/annotations/',
        `/annotations/${duplicate.id}`,
        '/api/exports?format=json',
        '/api/exports?format=w3c',
        '/api/exports?format=csv',
      ];
      const answers = [];
      for (const url of urls) {
        const response = await app.inject({ url });
        expect(response.statusCode, url).toBe(200);
        answers.push([url, response.body]);
      }
      const mine = await app.inject({
        method: 'POST',
        url: '/api/annotations/mine',
        payload: { items: [{ id: duplicate.id, editToken: duplicate.editToken }] },
      });
      answers.push(['/api/annotations/mine', mine.body]);
      return answers;
    };
    // Published, the original is named.
    const before = await publicAnswers();
    expect(before.find(([url]) => url === '/api/responses')?.[1]).toContain(original.id);

    await decide(app, [original.id], 'rejected');
    for (const [url, body] of await publicAnswers()) expect(body, url).not.toContain(original.id);
    // The editors still see what was recorded.
    const history = await app.inject({
      url: `/api/moderation/dispositions/${duplicate.id}`,
      headers: moderatorHeaders,
    });
    expect(history.json().current.duplicateOf).toBe(original.id);
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
      [{ ids: [a.id], disposition: 'accepted', response: '\u200b\u200d' }, /^response: must contain visible text/],
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
