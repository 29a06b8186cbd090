/**
 * The import round trip (export the container, import it into an empty database, same
 * annotations), the import report, the public response tables and the insights figures against a
 * seeded database. On SQLite and PostgreSQL.
 */
import type { FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { LIMITS } from '../../../src/shared/annotationFields';
import { cleanup, decide, moderatorHeaders, post, PUBLIC_ORIGIN, validBody } from './helpers';
import { DATABASES, dispose, feedbackApp } from './feedbackHelpers';

afterEach(cleanup);

const on = (paragraphId: string, page = '/docs/definition') => ({ page, paragraphId, paragraphHash: 'h1' });

/** Seven approved public comments, one reply, one editors-only, one pending, one spam. */
async function seed(app: FastifyInstance) {
  const make = (overrides: Parameters<typeof validBody>[0]) => post(app, validBody(overrides));
  const c = [
    await make({ target: on('definition-who'), stakeholder: 'nso', focus: 'practicality', commentType: 'question' }),
    await make({ target: on('definition-who'), stakeholder: 'nso', focus: 'general', commentType: 'editorial' }),
    await make({
      target: { ...on('definition-who'), quote: { exact: 'Second paragraph', prefix: '', suffix: ', in' } },
      stakeholder: 'cso',
      focus: 'practicality',
      commentType: 'suggestion',
      proposedWording: 'New words',
    }),
    await make({
      target: on('definition-how'),
      stakeholder: 'opd',
      focus: 'enabling-environment',
      commentType: 'concern',
    }),
    await make({ target: on('p-3f2a1c'), stakeholder: 'lgbtqi', focus: 'collaborative-use', commentType: 'example' }),
    await make({
      target: on('roadmap-first', '/docs/roadmap'),
      stakeholder: 'academia',
      focus: 'general',
      commentType: 'question',
      organisation: 'A University',
      country: 'Chile',
    }),
    await make({ target: on('old-who'), stakeholder: 'nso', focus: 'general', commentType: 'question' }),
  ];
  const editorsOnly = await make({ target: on('definition-who'), stakeholder: 'nso', visibility: 'editors' });
  const pending = await make({ target: on('definition-who'), stakeholder: 'international' });
  const spam = await make({ target: on('definition-who'), stakeholder: 'other' });
  await decide(app, [...c.map((x) => x.id), editorsOnly.id], 'approved');
  await decide(app, [spam.id], 'spam');
  const reply = await make({ parentId: c[0]!.id, body: 'A reply', stakeholder: 'cso' });
  await decide(app, [reply.id], 'approved');
  await dispose(app, { ids: [c[0]!.id, c[1]!.id], disposition: 'accepted', response: 'Adopted.', release: 'Draft 2' });
  await dispose(app, {
    ids: [c[2]!.id],
    disposition: 'duplicate',
    response: 'Same as the first.',
    duplicateOf: c[0]!.id,
  });
  await dispose(app, { ids: [c[3]!.id], disposition: 'out-of-scope', response: 'Not for this Framework.' });
  return {
    comments: c.map((x) => x.id),
    reply: reply.id,
    editorsOnly: editorsOnly.id,
    pending: pending.id,
    spam: spam.id,
  };
}

/** POSTs a document to the editors' import, with the moderator's credential. */
function importDocument(app: FastifyInstance, payload: unknown) {
  return app.inject({
    method: 'POST',
    url: '/api/moderation/import',
    headers: moderatorHeaders,
    payload: payload as object,
  });
}

async function containerItems(app: FastifyInstance) {
  const collection = (await app.inject({ url: '/annotations/' })).json();
  return collection.first?.items ?? [];
}

describe.each(DATABASES)('import, response tables and insights on %s', (database) => {
  it('round trip: the container imported into an empty database gives the same annotations, idempotently', async () => {
    const source = await feedbackApp(database);
    const { comments, reply } = await seed(source);
    const exported = (await source.inject({ url: '/api/exports?format=w3c' })).json();
    const before = await containerItems(source);
    expect(before).toHaveLength(8);

    const target = await feedbackApp(database);
    const first = await importDocument(target, exported);
    expect(first.statusCode, first.body).toBe(200);
    const report = first.json();
    expect(report.imported).toEqual([...comments, reply]);
    expect(report.alreadyPresent).toEqual([]);
    expect(report.rejected).toEqual([]);
    // The retired id is re-anchored by the register (it points at its new paragraph): nothing unplaced.
    expect(report.unanchored).toEqual([]);
    expect(await containerItems(target)).toEqual(before);

    const again = await importDocument(target, exported);
    expect(again.json()).toMatchObject({ imported: [], alreadyPresent: [...comments, reply] });
    expect(await containerItems(target)).toEqual(before);
    // Imported comments are published on their pages, with their dispositions.
    const thread = (await target.inject({ url: '/api/annotations?page=/docs/definition' })).json().annotations;
    expect(thread.find((a: { id: string }) => a.id === comments[0]).disposition).toMatchObject({
      disposition: 'accepted',
      release: 'Draft 2',
    });
  });

  it('reports what could not be anchored or used, and imports the rest', async () => {
    const app = await feedbackApp(database);
    const item = (id: string, target: unknown, body: unknown = { type: 'TextualBody', value: 'Text' }) => ({
      id,
      type: 'Annotation',
      body,
      target,
    });
    const document = {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      type: 'AnnotationPage',
      items: [
        item('http://other.example/a/1', {
          source: 'http://other.example/docs/definition',
          selector: {
            type: 'FragmentSelector',
            value: 'gone-id',
            refinedBy: { type: 'TextQuoteSelector', exact: 'Third paragraph', prefix: '', suffix: '' },
          },
        }),
        item('http://other.example/a/2', {
          source: 'http://other.example/docs/definition',
          selector: { type: 'FragmentSelector', value: 'gone-id' },
        }),
        item('http://other.example/a/3', {
          source: 'http://other.example/docs/nowhere',
          selector: { type: 'FragmentSelector', value: 'x-1' },
        }),
        item('http://other.example/a/4', { source: 'http://other.example/docs/definition' }, []),
        item('http://other.example/a/5', 'http://other.example/a/missing'),
        { type: 'Annotation' },
      ],
    };
    const response = await importDocument(app, document);
    expect(response.statusCode, response.body).toBe(200);
    const report = response.json();
    expect(report.imported).toHaveLength(3);
    expect(report.unanchored.map((u: { reason: string }) => u.reason)).toEqual([
      'paragraph gone-id is not on /docs/definition',
      'page /docs/nowhere is not on this site',
    ]);
    expect(report.rejected.map((r: { reason: string }) => r.reason)).toEqual([
      'no comment text (a TextualBody with a value)',
      'not an annotation with an id',
      'reply to http://other.example/a/missing, which is neither here nor in the file',
    ]);
    // Another tool's comments wait for an editor under pre-moderation; the quote found its
    // paragraph and is re-anchored to definition-how.
    expect((await app.inject({ url: '/api/annotations?page=/docs/definition' })).json().annotations).toEqual([]);
    const held = (
      await app.inject({ url: '/api/moderation/annotations?status=pending', headers: moderatorHeaders })
    ).json().annotations as { status: string; target: { page: string; paragraphId: string } }[];
    expect(
      held
        .filter((a) => a.target.page === '/docs/definition')
        .map((a) => a.target.paragraphId)
        .sort(),
    ).toEqual(['definition-how', 'gone-id']);
    expect((await app.inject({ method: 'POST', url: '/api/moderation/import', payload: document })).statusCode).toBe(
      401,
    );
    const linked = await importDocument(app, { type: 'AnnotationCollection', first: 'http://x.example/p0' });
    expect(linked.statusCode).toBe(400);
    expect(linked.json().message).toMatch(/embedding/);
  });

  it('imports quotes as untrusted text: cleaned, cut from the published paragraph, or reported; never a foreign address as page', async () => {
    const app = await feedbackApp(database);
    const quoted = (id: string, exact: string, extra: Record<string, unknown> = {}, source = '/docs/definition') => ({
      id: `http://other.example/a/${id}`,
      type: 'Annotation',
      moderationStatus: 'approved',
      body: { type: 'TextualBody', value: `Comment ${id}` },
      target: {
        source: `http://other.example${source}`,
        selector: {
          type: 'FragmentSelector',
          value: 'definition-who',
          refinedBy: [
            { type: 'TextQuoteSelector', exact, prefix: 'MADE UP ', suffix: '' },
            { type: 'TextPositionSelector', start: 0, end: 99999 },
          ],
        },
        ...extra,
      },
    });
    const document = {
      type: 'AnnotationPage',
      items: [
        quoted('real', 'section \u202Ecalled\u202C Who'),
        quoted('invented', 'The Framework is binding international law'),
        { ...quoted('foreign', 'Second paragraph'), target: { source: 'http://localhost:4900javascript:alert(1)' } },
      ],
    };
    const response = await importDocument(app, document);
    expect(response.statusCode, response.body).toBe(200);
    const report = response.json();
    expect(report.rejected.map((r: { reason: string }) => r.reason)).toEqual([
      'target source "http://localhost:4900javascript:alert(1)" is not a page address',
    ]);
    expect(report.unanchored.map((u: { reason: string }) => u.reason)).toEqual([
      'the quoted passage is not in paragraph definition-who as published: it is shown as earlier wording',
    ]);
    const thread = (await app.inject({ url: '/api/annotations?page=/docs/definition' })).json().annotations as {
      bodyHtml: string;
      target: { quote?: unknown; position?: unknown };
    }[];
    const targetOf = (body: string) => thread.find((a) => a.bodyHtml === `<p>${body}</p>`)!.target;
    // Found: stored as it stands in the paragraph, without the bidi override, context and offsets from the text.
    const text = 'Second paragraph, in a section called Who, with a few more words.';
    const at = text.indexOf('section called Who');
    expect(targetOf('Comment real')).toMatchObject({
      quote: { exact: 'section called Who', prefix: text.slice(at - 8, at), suffix: '' },
      position: { start: at, end: at + 'section called Who'.length },
    });
    // Not found: kept as the record's quote, cleaned, without offsets that describe no text.
    expect(targetOf('Comment invented').quote).toEqual({
      exact: 'The Framework is binding international law',
      prefix: 'MADE UP ',
      suffix: '',
    });
    expect(targetOf('Comment invented').position).toBeUndefined();
  });

  it("takes only this site's own IRIs as its own: another host's annotation waits for an editor under a new id", async () => {
    const app = await feedbackApp(database);
    const annotation = (id: string, body: string) => ({
      id,
      type: 'Annotation',
      body: { type: 'TextualBody', value: body },
      target: {
        source: `${PUBLIC_ORIGIN}/docs/definition`,
        selector: { type: 'FragmentSelector', value: 'definition-who' },
      },
    });
    const response = await importDocument(app, [
      annotation('http://other.example/annotations/abcdefgh12', 'From another tool'),
      annotation(`${PUBLIC_ORIGIN}/annotations/ownid-0001`, 'From our own export'),
    ]);
    expect(response.statusCode, response.body).toBe(200);
    const [foreign, own] = response.json().imported as string[];
    expect(foreign).not.toBe('abcdefgh12');
    expect(foreign).toMatch(/^w3c-/);
    expect(own).toBe('ownid-0001');
    const listed = (await app.inject({ url: '/api/moderation/annotations', headers: moderatorHeaders })).json()
      .annotations as { id: string; status: string }[];
    expect(Object.fromEntries(listed.map((a) => [a.id, a.status]))).toEqual({
      [foreign!]: 'pending',
      [own!]: 'approved',
    });
  });

  it('imports all or nothing: an item over a limit or dated in the future refuses the file, naming the item', async () => {
    const app = await feedbackApp(database);
    const item = (n: number, extra: Record<string, unknown> = {}) => ({
      id: `http://other.example/a/${n}`,
      type: 'Annotation',
      body: { type: 'TextualBody', value: `Comment ${n}` },
      target: { source: '/docs/definition', selector: { type: 'FragmentSelector', value: 'definition-who' } },
      ...extra,
    });
    const stored = async () =>
      (await app.inject({ url: '/api/moderation/annotations', headers: moderatorHeaders })).json().annotations;
    const tooLong = await importDocument(app, [
      item(1),
      item(2, { body: { type: 'TextualBody', value: 'x'.repeat(LIMITS.body + 1000) } }),
      item(3),
    ]);
    expect(tooLong.statusCode).toBe(400);
    expect(tooLong.json().fields).toEqual([
      {
        field: 'items[1].body',
        message: `is ${LIMITS.body + 1000} characters long; the limit is ${LIMITS.body}: shorten it in the file`,
      },
    ]);
    expect(tooLong.json().message).toMatch(/^items\[1\]\.body: .*Nothing was imported\.$/);
    expect(await stored()).toEqual([]);

    const future = await importDocument(app, [
      item(1),
      item(2, { created: '9999-12-31T23:59:59Z' }),
      item(3, { disposition: { dispositionValue: 'noted', response: 'Later', decidedAt: '9999-01-01T00:00:00Z' } }),
    ]);
    expect(future.statusCode).toBe(400);
    expect(future.json().fields.map((f: { field: string }) => f.field)).toEqual([
      'items[1].created',
      'items[2].disposition.decidedAt',
    ]);
    expect(await stored()).toEqual([]);

    // Put right, the whole file goes in, and a retry finds all of it.
    const fixed = await importDocument(app, [item(1), item(2, { created: '2026-01-01T00:00:00Z' }), item(3)]);
    expect(fixed.json().imported).toHaveLength(3);
    expect((await importDocument(app, [item(1), item(2), item(3)])).json().alreadyPresent).toHaveLength(3);
  });

  it("reads the site's own export media type, application/ld+json with the W3C profile", async () => {
    const app = await feedbackApp(database);
    for (const type of ['application/ld+json', 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"']) {
      const response = await app.inject({
        method: 'POST',
        url: '/api/moderation/import',
        headers: { ...moderatorHeaders, 'content-type': type },
        payload: JSON.stringify({ type: 'AnnotationPage', items: [] }),
      });
      expect(response.statusCode, type).toBe(200);
    }
    const text = await app.inject({
      method: 'POST',
      url: '/api/moderation/import',
      headers: { ...moderatorHeaders, 'content-type': 'text/plain' },
      payload: '[]',
    });
    expect(text.statusCode).toBe(415);
  });

  it('response tables: per page and site-wide, public comments only, with filters and a count of editors-only ones', async () => {
    const app = await feedbackApp(database);
    const { comments, editorsOnly, pending } = await seed(app);
    // A page whose only comments are hidden (editors only, pending) is no choice of the page filter.
    const hiddenOnly = await post(app, validBody({ target: on('post-one', '/blog/post'), visibility: 'editors' }));
    await decide(app, [hiddenOnly.id], 'approved');
    await post(app, validBody({ target: on('post-one', '/blog/post') }));
    const all = (await app.inject({ url: '/api/responses' })).json();
    expect(all.total).toBe(7);
    expect(all.rows.map((r: { id: string }) => r.id)).toEqual(comments);
    expect(all.editorsOnly).toBe(2);
    expect(JSON.stringify(all)).not.toContain(editorsOnly);
    expect(JSON.stringify(all)).not.toContain(pending);
    // The page filter's choices: pages with published public comments, by title, whatever the filter.
    const pages = [
      { path: '/docs/definition', title: 'Definition' },
      { path: '/docs/roadmap', title: 'Roadmap' },
    ];
    expect(all.pages).toEqual(pages);
    expect((await app.inject({ url: '/api/responses?stakeholder=academia' })).json().pages).toEqual(pages);
    const page = (await app.inject({ url: '/api/responses?page=/docs/definition' })).json();
    expect(page.pageTitle).toBe('Definition');
    expect(page.total).toBe(6);
    expect(page.rows[0]).toMatchObject({
      paragraphId: 'definition-who',
      paragraphStart: 'Second paragraph, in a section called Who, with …',
      paragraphUrl: `${PUBLIC_ORIGIN}/docs/definition#definition-who`,
      section: 'Who',
      stakeholder: 'nso',
      disposition: { disposition: 'accepted', response: 'Adopted.', release: 'Draft 2' },
    });
    expect(page.rows[0].disposition).not.toHaveProperty('decidedBy');
    const count = async (query: string) => (await app.inject({ url: `/api/responses?${query}` })).json().total;
    expect(await count('stakeholder=nso')).toBe(3);
    expect(await count('focus=practicality')).toBe(2);
    expect(await count('disposition=accepted')).toBe(2);
    expect(await count('disposition=none')).toBe(3);
    expect(await count('stakeholder=nso&disposition=accepted&page=/docs/definition')).toBe(2);
    expect((await app.inject({ url: '/api/responses?disposition=maybe' })).statusCode).toBe(400);
  });

  it('insights: public figures count approved public comments only; editors see everything but spam', async () => {
    const app = await feedbackApp(database);
    await seed(app);
    const pub = (await app.inject({ url: '/api/insights' })).json();
    expect(pub.scope).toBe('public');
    expect(pub.total).toBe(8);
    const counts = (tallies: { key: string; count: number }[]) =>
      Object.fromEntries(tallies.filter((t) => t.count).map((t) => [t.key, t.count]));
    expect(counts(pub.byStakeholder)).toEqual({ nso: 3, cso: 2, opd: 1, lgbtqi: 1, academia: 1 });
    expect(counts(pub.byFocus)).toEqual({
      practicality: 3,
      general: 3,
      'enabling-environment': 1,
      'collaborative-use': 1,
    });
    expect(counts(pub.byCommentType)).toEqual({ question: 4, editorial: 1, suggestion: 1, concern: 1, example: 1 });
    expect(counts(pub.byDisposition)).toEqual({ accepted: 2, duplicate: 1, 'out-of-scope': 1, none: 4 });
    const definition = pub.pages.find((p: { page: string }) => p.page === '/docs/definition');
    expect(definition).toMatchObject({ title: 'Definition', count: 7 });
    expect(definition.sections.map((s: { heading: string; count: number }) => [s.heading, s.count])).toEqual([
      ['', 1],
      ['Who', 5],
      ['How', 1],
    ]);
    expect(definition.sections[1].paragraphs).toEqual([
      { id: 'definition-who', start: 'Second paragraph, in a section called Who, with …', count: 5 },
    ]);
    expect(pub.pages.map((p: { page: string }) => p.page)).toEqual(['/docs/definition', '/docs/roadmap']);

    const editors = (await app.inject({ url: '/api/insights', headers: moderatorHeaders })).json();
    expect(editors.scope).toBe('editors');
    expect(editors.total).toBe(10);
    expect(counts(editors.byStakeholder)).toMatchObject({ nso: 4, international: 1 });
    expect(counts(editors.byStakeholder)).not.toHaveProperty('other');
  });
});
