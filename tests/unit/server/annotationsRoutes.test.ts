/** The public comment routes through inject(): create, read, edit, delete, own lookup, and their errors. */
import { afterEach, describe, expect, it } from 'vitest';
import { LIMITS, type PageAnnotationsResponse, type PublicAnnotation } from '../../../src/shared/annotations';
import { editKeepsConversationVisible } from './editScenario';
import { cleanup, decide, errorOf, post, testApp, validBody } from './helpers';

afterEach(cleanup);

const pageOf = async (app: Awaited<ReturnType<typeof testApp>>, page = '/docs/definition') =>
  (await app.inject({ url: `/api/annotations?page=${encodeURIComponent(page)}` })).json<PageAnnotationsResponse>();

describe('GET /api/health', () => {
  it('answers {"status":"ok"}', async () => {
    const app = await testApp();
    const response = await app.inject({ url: '/api/health' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ok' });
  });
});

describe('POST /api/annotations', () => {
  it('creates a pending comment with an edit token when pre-moderation is on', async () => {
    const app = await testApp();
    const response = await app.inject({ method: 'POST', url: '/api/annotations', payload: validBody() });
    expect(response.statusCode).toBe(201);
    const created = response.json();
    expect(created.status).toBe('pending');
    expect(created.editToken).toMatch(/^[A-Za-z0-9_-]{40,}$/);
    expect(created.annotation.id).toBe(created.id);
    expect(created.annotation.bodyHtml).toBe('<p>Please <strong>clarify</strong> who counts as a citizen here.</p>');
    expect(created.annotation).not.toHaveProperty('editTokenHash');
    expect(created.annotation).not.toHaveProperty('ipHash');
    expect(created.annotation).not.toHaveProperty('body');
  });

  it('approves at once when pre-moderation is off', async () => {
    const app = await testApp({ premoderation: false });
    const created = await post(app, validBody());
    expect(created.status).toBe('approved');
    expect((await pageOf(app)).annotations.map((a) => a.id)).toEqual([created.id]);
  });

  it('stores quote and position selectors and returns them', async () => {
    const app = await testApp({ premoderation: false });
    const target = {
      page: '/docs/definition',
      paragraphId: 'p-1',
      paragraphHash: 'abc',
      quote: { exact: 'citizen data', prefix: 'of ', suffix: ' in' },
      position: { start: 36, end: 48 },
    };
    await post(
      app,
      validBody({ target, organisation: 'Data for All', country: 'Kenya', proposedWording: 'data by citizens' }),
    );
    const [annotation] = (await pageOf(app)).annotations;
    expect(annotation?.target).toEqual(target);
    expect(annotation).toMatchObject({
      organisation: 'Data for All',
      country: 'Kenya',
      proposedWording: 'data by citizens',
    });
  });

  it('rejects each invalid field with an actionable message, and stores nothing', async () => {
    const app = await testApp({ premoderation: false });
    const cases: [unknown, string][] = [
      [validBody({ body: 'x'.repeat(LIMITS.body + 1) }), `body: must be at most ${LIMITS.body} characters`],
      [validBody({ body: '   ' }), 'body: must contain visible text'],
      [validBody({ body: '' }), 'body: must not be empty'],
      [
        validBody({ authorName: 'n'.repeat(LIMITS.authorName + 1) }),
        `authorName: must be at most ${LIMITS.authorName} characters`,
      ],
      [validBody({ stakeholder: 'government' as never }), 'stakeholder: must be one of: nso, cso'],
      [validBody({ focus: 'x' as never }), 'focus: must be one of'],
      [validBody({ commentType: 'rant' as never }), 'commentType: must be one of'],
      [validBody({ visibility: 'private' as never }), 'visibility: must be one of: public, editors'],
      [validBody({ target: { page: 'docs/x' } as never }), 'target.page: must be a site path'],
      [validBody({ target: { paragraphId: 'P 1' } as never }), 'target.paragraphId: must be a paragraph id'],
      [validBody({ parentId: 'x' }), 'parentId: must be a comment id'],
      [validBody({ organisation: 'o'.repeat(LIMITS.organisation + 1) }), 'organisation: must be at most'],
      [validBody({ proposedWording: 'w'.repeat(LIMITS.proposedWording + 1) }), 'proposedWording: must be at most'],
      [{ ...validBody(), body: 42 }, 'body: must be a string'],
      [{ ...validBody(), authorName: undefined }, 'authorName: is required'],
      [{ ...validBody(), foo: 1 }, 'Unknown field "foo": remove it'],
      [{ ...validBody(), target: { ...validBody().target, extra: true } }, 'Unknown field "extra": remove it'],
      [[], 'must be an object'],
      [
        validBody({ target: { position: { start: 9, end: 3 } } as never }),
        'target.position: must not start after its end',
      ],
    ];
    for (const [payload, message] of cases) {
      const response = await app.inject({ method: 'POST', url: '/api/annotations', payload: payload as object });
      expect(response.statusCode, JSON.stringify(payload).slice(0, 80)).toBe(400);
      expect(errorOf(response).message).toContain(message);
    }
    expect((await pageOf(app)).annotations).toEqual([]);
  });

  it('reports field details for forms', async () => {
    const app = await testApp();
    const response = await app.inject({
      method: 'POST',
      url: '/api/annotations',
      payload: { ...validBody(), body: '', country: 7 },
    });
    expect(errorOf(response).fields).toEqual(
      expect.arrayContaining([
        // A code where a reader can meet the problem through the form; none for what only a script sends.
        { field: 'body', message: 'must not be empty', code: 'noVisibleText' },
        { field: 'country', message: 'must be a string' },
      ]),
    );
  });

  it('answers malformed JSON, an empty body, a wrong content type and an oversize body with clear errors', async () => {
    const app = await testApp();
    const malformed = await app.inject({
      method: 'POST',
      url: '/api/annotations',
      headers: { 'content-type': 'application/json' },
      payload: '{"body": ',
    });
    expect(malformed.statusCode).toBe(400);
    expect(errorOf(malformed).message).toMatch(/^Malformed JSON: .+/);
    const empty = await app.inject({
      method: 'POST',
      url: '/api/annotations',
      headers: { 'content-type': 'application/json' },
      payload: '',
    });
    expect(empty.statusCode).toBe(400);
    expect(errorOf(empty).message).toContain('Empty request body');
    const text = await app.inject({
      method: 'POST',
      url: '/api/annotations',
      headers: { 'content-type': 'text/plain' },
      payload: 'hi',
    });
    expect(text.statusCode).toBe(415);
    expect(errorOf(text).message).toContain('application/json');
    const big = JSON.stringify({ ...validBody(), body: 'x'.repeat(LIMITS.requestBytes) });
    const oversize = await app.inject({
      method: 'POST',
      url: '/api/annotations',
      headers: { 'content-type': 'application/json' },
      payload: big,
    });
    expect(oversize.statusCode).toBe(413);
    expect(errorOf(oversize).message).toBe('Request body too large: the limit is 16 KB.');
  });

  it('makes a reply inherit its parent target and refuses parents that are hidden or on another page', async () => {
    const app = await testApp({ premoderation: false });
    const parent = await post(
      app,
      validBody({
        target: {
          page: '/docs/definition',
          paragraphId: 'p-parent',
          paragraphHash: 'aa',
          quote: { exact: 'quoted', prefix: 'a ', suffix: '' },
        },
      }),
    );
    const reply = await post(app, validBody({ parentId: parent.id, body: 'Agreed.' }));
    const annotations = (await pageOf(app)).annotations;
    const stored = annotations.find((a) => a.id === reply.id);
    expect(stored?.parentId).toBe(parent.id);
    expect(stored?.target.paragraphId).toBe('p-parent');
    expect(stored?.target.quote?.exact).toBe('quoted');

    const otherPage = await app.inject({
      method: 'POST',
      url: '/api/annotations',
      payload: validBody({ parentId: parent.id, target: { page: '/docs/other' } as never }),
    });
    expect(otherPage.statusCode).toBe(400);
    expect(errorOf(otherPage).message).toContain('parentId: no published comment with this id on /docs/other');

    const missing = await app.inject({
      method: 'POST',
      url: '/api/annotations',
      payload: validBody({ parentId: 'AAAAAAAAAAAAAAAAAAAAAA' }),
    });
    expect(missing.statusCode).toBe(400);

    await decide(app, [parent.id], 'rejected');
    const toRejected = await app.inject({
      method: 'POST',
      url: '/api/annotations',
      payload: validBody({ parentId: parent.id }),
    });
    expect(toRejected.statusCode).toBe(400);
  });
});

describe('GET /api/annotations?page=', () => {
  it('returns the page threads in creation order with an ETag that revalidates', async () => {
    const app = await testApp({ premoderation: false });
    const first = await post(app, validBody({ body: 'first' }));
    const second = await post(app, validBody({ body: 'second' }));
    await post(app, validBody({ body: 'elsewhere', target: { page: '/docs/other' } as never }));
    const response = await app.inject({ url: '/api/annotations?page=/docs/definition' });
    expect(response.statusCode).toBe(200);
    const body = response.json<PageAnnotationsResponse>();
    expect(body.page).toBe('/docs/definition');
    expect(body.annotations.map((a) => a.id)).toEqual([first.id, second.id]);
    const etag = String(response.headers.etag);
    const again = await app.inject({
      url: '/api/annotations?page=/docs/definition',
      headers: { 'if-none-match': etag },
    });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
    const listed = await app.inject({
      url: '/api/annotations?page=/docs/definition',
      headers: { 'if-none-match': `W/"other", ${etag}` },
    });
    expect(listed.statusCode).toBe(304);
    await post(app, validBody({ body: 'third' }));
    const changed = await app.inject({
      url: '/api/annotations?page=/docs/definition',
      headers: { 'if-none-match': etag },
    });
    expect(changed.statusCode).toBe(200);
  });

  it('rejects a missing or malformed page and unknown query parameters', async () => {
    const app = await testApp();
    expect(errorOf(await app.inject({ url: '/api/annotations' })).message).toBe('page: is required');
    expect(errorOf(await app.inject({ url: '/api/annotations?page=javascript:alert(1)' })).message).toContain(
      'page: must be a site path',
    );
    expect(errorOf(await app.inject({ url: '/api/annotations?page=/docs/x&status=pending' })).message).toBe(
      'Unknown field "status": remove it',
    );
  });
});

describe('GET /api/annotations/:id', () => {
  it('returns an approved public comment and 404 for anything else', async () => {
    const app = await testApp();
    const created = await post(app, validBody());
    expect((await app.inject({ url: `/api/annotations/${created.id}` })).statusCode).toBe(404);
    await decide(app, [created.id], 'approved');
    const response = await app.inject({ url: `/api/annotations/${created.id}` });
    expect(response.statusCode).toBe(200);
    expect(response.json<PublicAnnotation>().id).toBe(created.id);
    expect((await app.inject({ url: '/api/annotations/not-an-id!' })).statusCode).toBe(400);
  });
});

describe('PATCH and DELETE /api/annotations/:id', () => {
  it('keeps an approved comment and its replies published while its edit waits for an editor (SQLite)', async () => {
    await editKeepsConversationVisible(await testApp(), '/docs/definition');
  });

  it('changes a comment that is still pending in place, without a second review', async () => {
    const app = await testApp();
    const created = await post(app, validBody());
    const response = await app.inject({
      method: 'PATCH',
      url: `/api/annotations/${created.id}`,
      headers: { 'x-edit-token': created.editToken },
      payload: { body: 'Edited *text*', proposedWording: 'new wording' },
    });
    expect(response.json()).toMatchObject({
      status: 'pending',
      bodyHtml: '<p>Edited <em>text</em></p>',
      proposedWording: 'new wording',
    });
    expect(response.json()).not.toHaveProperty('editPending');
  });

  it('refuses an edit of a comment the editors rejected or marked as spam, and lets its author delete it', async () => {
    for (const refusal of ['rejected', 'spam'] as const) {
      const app = await testApp({ premoderation: false });
      const created = await post(app, validBody({ body: 'What the editors refused' }));
      await decide(app, [created.id], refusal);
      const response = await app.inject({
        method: 'PATCH',
        url: `/api/annotations/${created.id}`,
        headers: { 'x-edit-token': created.editToken },
        payload: { body: 'Rewritten after the refusal' },
      });
      expect(response.statusCode, refusal).toBe(409);
      expect(errorOf(response)).toMatchObject({ code: 'commentRefused' });
      expect(errorOf(response).message).toContain('You can delete it, or write a new comment.');
      const mine = await app.inject({
        method: 'POST',
        url: '/api/annotations/mine',
        payload: { items: [{ id: created.id, editToken: created.editToken }] },
      });
      expect(mine.json().annotations[0]).toMatchObject({
        status: refusal,
        bodyHtml: '<p>What the editors refused</p>',
      });
      const deleted = await app.inject({
        method: 'DELETE',
        url: `/api/annotations/${created.id}`,
        headers: { 'x-edit-token': created.editToken },
      });
      expect(deleted.statusCode, refusal).toBe(204);
    }
  });

  it('keeps an edited comment approved when pre-moderation is off', async () => {
    const app = await testApp({ premoderation: false });
    const created = await post(app, validBody());
    const response = await app.inject({
      method: 'PATCH',
      url: `/api/annotations/${created.id}`,
      headers: { 'x-edit-token': created.editToken },
      payload: { body: 'v2' },
    });
    expect(response.json().status).toBe('approved');
  });

  it('refuses a missing or wrong token, an unknown id, and invalid edits', async () => {
    const app = await testApp();
    const created = await post(app, validBody());
    const other = await post(app, validBody());
    const url = `/api/annotations/${created.id}`;
    const noToken = await app.inject({ method: 'PATCH', url, payload: { body: 'x' } });
    expect(noToken.statusCode).toBe(401);
    expect(errorOf(noToken).message).toContain('X-Edit-Token');
    const wrong = await app.inject({
      method: 'PATCH',
      url,
      headers: { 'x-edit-token': other.editToken },
      payload: { body: 'x' },
    });
    expect(wrong.statusCode).toBe(403);
    const garbage = await app.inject({ method: 'DELETE', url, headers: { 'x-edit-token': '<script>' } });
    expect(garbage.statusCode).toBe(403);
    const unknown = await app.inject({
      method: 'PATCH',
      url: '/api/annotations/AAAAAAAAAAAAAAAA',
      headers: { 'x-edit-token': created.editToken },
      payload: { body: 'x' },
    });
    expect(unknown.statusCode).toBe(404);
    const emptyPatch = await app.inject({
      method: 'PATCH',
      url,
      headers: { 'x-edit-token': created.editToken },
      payload: {},
    });
    expect(errorOf(emptyPatch).message).toBe('must contain at least one field to change');
    const changeStatus = await app.inject({
      method: 'PATCH',
      url,
      headers: { 'x-edit-token': created.editToken },
      payload: { status: 'approved' },
    });
    expect(errorOf(changeStatus).message).toContain('Unknown field "status"');
    const mine = await app.inject({
      method: 'POST',
      url: '/api/annotations/mine',
      payload: { items: [{ id: created.id, editToken: created.editToken }] },
    });
    expect(mine.json().annotations[0].bodyHtml).toContain('clarify');
  });

  it('deletes with the right token only', async () => {
    const app = await testApp({ premoderation: false });
    const created = await post(app, validBody());
    const url = `/api/annotations/${created.id}`;
    expect((await app.inject({ method: 'DELETE', url, headers: { 'x-edit-token': 'A'.repeat(43) } })).statusCode).toBe(
      403,
    );
    expect((await pageOf(app)).annotations).toHaveLength(1);
    const deleted = await app.inject({ method: 'DELETE', url, headers: { 'x-edit-token': created.editToken } });
    expect(deleted.statusCode).toBe(204);
    expect((await pageOf(app)).annotations).toHaveLength(0);
    expect(
      (await app.inject({ method: 'DELETE', url, headers: { 'x-edit-token': created.editToken } })).statusCode,
    ).toBe(404);
  });
});

describe('POST /api/annotations/mine', () => {
  it('returns the author’s own comments in any status and ignores wrong tokens', async () => {
    const app = await testApp();
    const a = await post(app, validBody({ visibility: 'editors' }));
    const b = await post(app, validBody());
    await decide(app, [b.id], 'spam');
    const c = await post(app, validBody());
    const response = await app.inject({
      method: 'POST',
      url: '/api/annotations/mine',
      payload: {
        items: [
          { id: a.id, editToken: a.editToken },
          { id: b.id, editToken: b.editToken },
          { id: c.id, editToken: a.editToken },
        ],
      },
    });
    expect(response.statusCode).toBe(200);
    const mine = response.json<{ annotations: PublicAnnotation[] }>().annotations;
    expect(mine.map((x) => [x.id, x.status, x.visibility])).toEqual([
      [a.id, 'pending', 'editors'],
      [b.id, 'spam', 'public'],
    ]);
  });

  it('limits the lookup to LIMITS.ownLookup items', async () => {
    const app = await testApp();
    const items = Array.from({ length: LIMITS.ownLookup + 1 }, (_, i) => ({
      id: `id-${String(i).padStart(8, '0')}`,
      editToken: 'A'.repeat(43),
    }));
    const response = await app.inject({ method: 'POST', url: '/api/annotations/mine', payload: { items } });
    expect(errorOf(response).message).toBe(`items: must have at most ${LIMITS.ownLookup} items`);
  });
});

describe('what a comment must say', () => {
  it('a reply needs only its text and a name: it inherits the thread’s focus, type and visibility', async () => {
    const app = await testApp({ premoderation: false });
    const parent = await post(app, validBody({ focus: 'collaborative-use', commentType: 'concern' }));
    const response = await app.inject({
      method: 'POST',
      url: '/api/annotations',
      payload: {
        target: validBody().target,
        parentId: parent.id,
        body: 'Agreed.',
        authorName: 'Second Reader',
      },
    });
    expect(response.statusCode).toBe(201);
    expect(response.json().annotation).toMatchObject({
      focus: 'collaborative-use',
      commentType: 'concern',
      visibility: 'public',
      stakeholder: 'other',
    });
  });

  it('the side event’s focus areas are optional (general feedback); a new thread names stakeholder, type and visibility', async () => {
    const app = await testApp();
    const { focus: _focus, ...withoutFocus } = validBody();
    const created = await app.inject({ method: 'POST', url: '/api/annotations', payload: withoutFocus });
    expect(created.statusCode).toBe(201);
    expect(created.json().annotation.focus).toBe('general');
    const { stakeholder: _s, commentType: _c, ...bare } = withoutFocus;
    const refused = await app.inject({ method: 'POST', url: '/api/annotations', payload: bare });
    expect(refused.statusCode).toBe(400);
    expect(errorOf(refused).fields?.map((f) => f.field)).toEqual(['stakeholder', 'commentType']);
  });
});
