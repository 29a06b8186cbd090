/** Moderation routes through inject(): sign-in, the queue, bulk decisions, the export. */
import { afterEach, describe, expect, it } from 'vitest';
import type { ExportResponse, ModerationListResponse } from '../../../src/shared/annotations';
import {
  cleanup,
  errorOf,
  moderatorHeaders,
  MODERATOR_TOKEN,
  post,
  PUBLIC_ORIGIN,
  testApp,
  validBody,
} from './helpers';

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
    for (const route of routes) {
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
        const wrong = await app.inject({ ...route, headers: { authorization } });
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
    expect(response.json()).toEqual({ status: 'approved', updated: ids, notFound: ['UNKNOWN-id-123'] });
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

describe('GET /api/moderation/export', () => {
  it('exports a W3C Web Annotation collection with selectors, replies and proposed wording', async () => {
    const app = await testApp();
    const target = {
      page: '/docs/definition',
      paragraphId: 'p-7',
      paragraphHash: 'h7',
      quote: { exact: 'citizen data', prefix: 'on ', suffix: '.' },
      position: { start: 3, end: 15 },
    };
    const parent = await post(
      app,
      validBody({ target, proposedWording: 'data by citizens', commentType: 'suggestion' }),
    );
    await app.inject({
      method: 'POST',
      url: '/api/moderation/decisions',
      headers: moderatorHeaders,
      payload: { ids: [parent.id], status: 'approved' },
    });
    await post(app, validBody({ parentId: parent.id, body: 'Agreed' }));
    const response = await app.inject({ url: '/api/moderation/export?format=w3c', headers: moderatorHeaders });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('application/ld+json');
    const collection = response.json();
    expect(collection['@context'][0]).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(collection).toMatchObject({ type: 'AnnotationCollection', total: 2 });
    const [first, reply] = collection.first.items;
    expect(first).toMatchObject({
      id: `${PUBLIC_ORIGIN}/api/annotations/${parent.id}`,
      type: 'Annotation',
      motivation: 'editing',
      target: {
        source: `${PUBLIC_ORIGIN}/docs/definition`,
        selector: {
          type: 'FragmentSelector',
          value: 'p-7',
          refinedBy: [
            { type: 'TextQuoteSelector', exact: 'citizen data', prefix: 'on ', suffix: '.' },
            { type: 'TextPositionSelector', start: 3, end: 15 },
          ],
        },
      },
      'cons:moderationStatus': 'approved',
    });
    expect(first.body).toContainEqual({
      type: 'TextualBody',
      purpose: 'editing',
      format: 'text/plain',
      value: 'data by citizens',
    });
    expect(reply).toMatchObject({
      motivation: 'replying',
      target: `${PUBLIC_ORIGIN}/api/annotations/${parent.id}`,
      'cons:moderationStatus': 'pending',
    });
  });

  it('exports every comment as JSON, with statuses and sources, and no secrets', async () => {
    const app = await testApp();
    await post(app, validBody({ visibility: 'editors' }));
    const response = await app.inject({ url: '/api/moderation/export?format=json', headers: moderatorHeaders });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-disposition']).toMatch(/attachment; filename="comments-\d{4}-\d{2}-\d{2}\.json"/);
    const body = response.json<ExportResponse>();
    expect(body.annotations).toHaveLength(1);
    expect(response.body).not.toMatch(/editToken|ipHash|ip_hash|edit_token/);
  });

  it('exports CSV with formula triggers neutralised', async () => {
    const app = await testApp();
    await post(
      app,
      validBody({
        authorName: '=HYPERLINK("http://evil","x")',
        organisation: '+1+1',
        country: '@SUM(A1)',
        body: '-2+3 "quoted"',
      }),
    );
    const response = await app.inject({ url: '/api/moderation/export?format=csv', headers: moderatorHeaders });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    const [header, row] = response.body.replace(/^\uFEFF/, '').split('\r\n');
    expect(header).toContain('"authorName"');
    expect(row).toContain(`"'=HYPERLINK(""http://evil"",""x"")"`);
    expect(row).toContain(`"'+1+1"`);
    expect(row).toContain(`"'@SUM(A1)"`);
    expect(row).toContain(`"'-2+3 ""quoted"""`);
    expect(
      errorOf(await app.inject({ url: '/api/moderation/export?format=xml', headers: moderatorHeaders })).message,
    ).toBe('format: must be one of: json, csv, w3c');
  });
});
