/**
 * The exports editors open in spreadsheets: the public and internal CSV (labels not codes, page
 * title, full paragraph URL, paragraph text at the time of the comment, UTF-8 BOM, escaping of
 * commas, quotes, newlines and formula triggers), the ISO/IEC commenting template as CSV and .xlsx,
 * and JSON; each naming the language a comment was written in, as does the W3C export. Parsed back with csv-parse and ExcelJS, not string-matched. On SQLite and PostgreSQL.
 */
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { neutralise } from '../../../src/server/exports/spreadsheet';
import { COMMENT_TYPES } from '../../../src/shared/annotations';
import { ISO_TYPE_OF } from '../../../src/shared/feedback';
import { cleanup, decide, moderatorHeaders, post, PUBLIC_ORIGIN, validBody } from './helpers';
import { DATABASES, dispose, feedbackApp, openRound, REGISTER } from './feedbackHelpers';

afterEach(cleanup);

const HOSTILE = {
  authorName: '=HYPERLINK("http://evil.example","click")',
  organisation: '+1+1, "Org", Ltd',
  country: '@SUM(A1)',
  body: '-2+3 and "quoted", with a comma\nand a second line',
  proposedWording: '+ add "a" word',
};

async function csvOf(app: FastifyInstance, url: string, headers: Record<string, string> = {}) {
  const response = await app.inject({ url, headers });
  expect(response.statusCode, response.body).toBe(200);
  expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
  expect(response.body.startsWith('\uFEFF')).toBe(true);
  expect(response.body).toContain('\r\n');
  const records: string[][] = parse(response.body, { bom: true });
  const [header = [], ...rows] = records;
  return { header, rows, record: (row: string[]) => Object.fromEntries(header.map((h, i) => [h, row[i] ?? ''])) };
}

/** Seeds: a hostile public comment (approved, decided), a reply, an editors-only and a pending comment. */
async function seed(app: FastifyInstance) {
  const roundId = await openRound(app, { name: 'Global consultation, February' });
  const hostile = await post(
    app,
    validBody({
      ...HOSTILE,
      stakeholder: 'nso',
      focus: 'enabling-environment',
      commentType: 'editorial',
      target: {
        page: '/docs/definition',
        paragraphId: 'definition-who',
        paragraphHash: 'a1',
        quote: { exact: 'Second paragraph', prefix: '', suffix: ', in' },
      },
    }),
  );
  const editorsOnly = await post(app, validBody({ visibility: 'editors', body: 'Confidential remark' }));
  const pending = await post(app, validBody({ body: 'Still waiting' }));
  await decide(app, [hostile.id, editorsOnly.id], 'approved');
  const reply = await post(app, validBody({ parentId: hostile.id, body: 'A reply' }));
  await decide(app, [reply.id], 'approved');
  await dispose(app, {
    ids: [hostile.id],
    disposition: 'partly-accepted',
    response: '=cmd|calc, "partly"',
    release: 'Draft 2',
  });
  return { roundId, hostile, editorsOnly, pending, reply };
}

describe.each(DATABASES)('exports on %s', (database) => {
  it('public CSV: approved public comments only, with labels, context and neutralised formulas', async () => {
    const app = await feedbackApp(database);
    const { hostile, reply } = await seed(app);
    const { header, rows, record } = await csvOf(app, '/api/exports?format=csv');
    expect(header).toEqual([
      'Comment id',
      'Page title',
      'Section',
      'Paragraph id',
      'Paragraph URL',
      'Paragraph text at the time of the comment',
      'Quoted passage',
      'Reply to',
      'Stakeholder type',
      'Organisation',
      'Country',
      'Author',
      'Focus',
      'Comment type',
      'Comment',
      'Language',
      'Proposed wording',
      'Consultation round',
      'Disposition',
      'Response',
      'Handled in release',
      'Duplicate of',
      'Created (UTC)',
    ]);
    expect(rows.map((r) => r[0])).toEqual([hostile.id, reply.id]);
    const first = record(rows[0]!);
    expect(first).toMatchObject({
      'Page title': 'Definition',
      Section: 'Who',
      'Paragraph id': 'definition-who',
      'Paragraph URL': `${PUBLIC_ORIGIN}/docs/definition#definition-who`,
      'Paragraph text at the time of the comment': REGISTER.pages[0]!.blocks[1]!.text,
      'Quoted passage': 'Second paragraph',
      'Stakeholder type': 'National statistical office',
      Focus: '(b) Elements of an enabling environment for citizen data',
      'Comment type': 'Editorial',
      Language: 'en',
      'Consultation round': 'Global consultation, February',
      Disposition: 'Partly accepted',
      'Handled in release': 'Draft 2',
      // Formula triggers get an apostrophe; commas, quotes and newlines survive quoting intact.
      Author: `'${HOSTILE.authorName}`,
      Organisation: `'${HOSTILE.organisation}`,
      Country: `'${HOSTILE.country}`,
      Comment: `'${HOSTILE.body}`,
      'Proposed wording': `'${HOSTILE.proposedWording}`,
      Response: `'=cmd|calc, "partly"`,
    });
    expect(record(rows[1]!)['Reply to']).toBe(hostile.id);
    const body = (await app.inject({ url: '/api/exports?format=csv' })).body;
    expect(body).not.toMatch(/Confidential remark|Still waiting|Editor Test|Awaiting|ip_?hash|edit_?token/i);
  });

  it('internal CSV: every comment, with status, visibility and who decided; editors only', async () => {
    const app = await feedbackApp(database);
    const { hostile, editorsOnly, pending } = await seed(app);
    expect((await app.inject({ url: '/api/moderation/export?format=csv' })).statusCode).toBe(401);
    const { header, rows, record } = await csvOf(app, '/api/moderation/export?format=csv', moderatorHeaders);
    expect(header.slice(-5)).toEqual([
      'Moderation status',
      'Visibility',
      'Response decided by',
      'Response decided at (UTC)',
      'Updated (UTC)',
    ]);
    const byId = new Map(rows.map((r) => [r[0], record(r)]));
    expect(byId.size).toBe(4);
    expect(byId.get(editorsOnly.id)).toMatchObject({ 'Moderation status': 'Published', Visibility: 'Editors only' });
    expect(byId.get(pending.id)).toMatchObject({ 'Moderation status': 'Awaiting moderation', Disposition: '' });
    expect(byId.get(hostile.id)).toMatchObject({
      'Response decided by': 'Editor Test',
      Disposition: 'Partly accepted',
    });
    // Filters apply to the internal export too.
    const filtered = await csvOf(app, '/api/moderation/export?format=csv&disposition=none', moderatorHeaders);
    const filteredIds = filtered.rows.map((r) => r[0]);
    expect(filteredIds).toHaveLength(3);
    expect(filteredIds).toEqual(expect.arrayContaining([editorsOnly.id, pending.id]));
    expect(filteredIds).not.toContain(hostile.id);
  });

  it('ISO/IEC commenting template as CSV and .xlsx, with the template columns', async () => {
    const app = await feedbackApp(database);
    const { hostile } = await seed(app);
    const iso = await csvOf(app, '/api/exports?format=iso-csv');
    const COLUMNS = [
      'MB/NC',
      'Line number',
      'Clause/Subclause',
      'Paragraph/Figure/Table',
      'Type of comment',
      'Comments',
      'Proposed change',
      'Observations of the secretariat',
      'Language',
    ];
    expect(iso.header).toEqual(COLUMNS);
    expect(iso.record(iso.rows[0]!)).toEqual({
      'MB/NC': `'National statistical office, ${HOSTILE.organisation} (${HOSTILE.country})`.replace(/^'/, ''),
      'Line number': 'definition-who',
      'Clause/Subclause': 'Definition › Who',
      'Paragraph/Figure/Table': 'Second paragraph, in a section called Who, with …',
      'Type of comment': 'editorial',
      Comments: `'${HOSTILE.body}`,
      'Proposed change': `'${HOSTILE.proposedWording}`,
      'Observations of the secretariat': 'Partly accepted (Draft 2): =cmd|calc, "partly"',
      Language: 'en',
    });

    const response = await app.inject({ url: '/api/exports?format=iso-xlsx' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(response.headers['content-disposition']).toMatch(/filename="comments-public-\d{4}-\d{2}-\d{2}\.iso\.xlsx"/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Comments')!;
    const values = (n: number) => (sheet.getRow(n).values as unknown[]).slice(1);
    expect(values(1)).toEqual(COLUMNS);
    expect(sheet.rowCount).toBe(3);
    const row = values(2);
    expect(row[1]).toBe('definition-who');
    // In .xlsx text stays exactly as typed: every cell is a string, never a formula.
    expect(row[5]).toBe(HOSTILE.body);
    expect(row[6]).toBe(HOSTILE.proposedWording);
    sheet.eachRow((r) => r.eachCell((cell) => expect(cell.type).toBe(ExcelJS.ValueType.String)));
    expect(values(3)[5]).toBe('A reply');
    expect(hostile.id).toBeTruthy();
  });

  it('JSON: the public export has no hidden comment; the internal one has everything and the context', async () => {
    const app = await feedbackApp(database);
    const { hostile, pending } = await seed(app);
    const pub = await app.inject({ url: '/api/exports?format=json' });
    expect(pub.headers['content-disposition']).toMatch(/comments-public-\d{4}-\d{2}-\d{2}\.json/);
    const publicIds = pub.json().annotations.map((a: { id: string }) => a.id);
    expect(publicIds).toHaveLength(2);
    expect(publicIds).not.toContain(pending.id);
    expect(pub.body).not.toMatch(/decidedBy|editTokenHash|ipHash/);
    const internal = (
      await app.inject({ url: '/api/moderation/export?format=json', headers: moderatorHeaders })
    ).json();
    expect(internal.annotations).toHaveLength(4);
    const decided = internal.annotations.find((a: { id: string }) => a.id === hostile.id);
    expect(decided.disposition.decidedBy).toBe('Editor Test');
    expect(decided.context).toMatchObject({
      pageTitle: 'Definition',
      section: 'Who',
      paragraphUrl: `${PUBLIC_ORIGIN}/docs/definition#definition-who`,
    });
    expect(JSON.stringify(internal)).not.toMatch(/editTokenHash|ipHash/);
  });

  it('keeps the paragraph text of the time of the comment after the Framework text changes', async () => {
    const app = await feedbackApp(database);
    const a = await post(
      app,
      validBody({ target: { page: '/docs/definition', paragraphId: 'definition-how', paragraphHash: 'h1' } }),
    );
    await decide(app, [a.id], 'approved');
    const revised = structuredClone(REGISTER);
    revised.pages[0]!.blocks[2]!.text = 'Revised wording of the third paragraph.';
    const { indexBlockRegister } = await import('../../../src/shared/blockRegister');
    (app as unknown as { blocks: unknown }).blocks = indexBlockRegister(revised);
    const { rows, record } = await csvOf(app, '/api/exports?format=csv');
    expect(record(rows[0]!)['Paragraph text at the time of the comment']).toBe(
      'Third paragraph, in the section called How.',
    );
    const iso = await csvOf(app, '/api/exports?format=iso-csv');
    expect(iso.record(iso.rows[0]!)['Paragraph/Figure/Table']).toBe('Revised wording of the third paragraph.');
  });

  it('names the language of each comment in every export and in the response table', async () => {
    const app = await feedbackApp(database);
    const english = await post(app, validBody({ body: 'Who counts as a citizen here?' }));
    const french = await post(
      app,
      validBody({ language: 'fr', body: 'Qui compte comme citoyen ici ?', proposedWording: 'Toute personne' }),
    );
    await decide(app, [english.id, french.id], 'approved');
    const arabic = await post(app, validBody({ language: 'ar', parentId: french.id, body: 'من يُعدّ مواطنًا هنا؟' }));
    await decide(app, [arabic.id], 'approved');
    const expected = { [english.id]: 'en', [french.id]: 'fr', [arabic.id]: 'ar' };

    for (const url of ['/api/exports?format=csv', '/api/moderation/export?format=csv']) {
      const { rows, record } = await csvOf(app, url, moderatorHeaders);
      expect(Object.fromEntries(rows.map((r) => [r[0], record(r).Language])), url).toEqual(expected);
    }
    const iso = await csvOf(app, '/api/exports?format=iso-csv');
    expect(iso.rows.map((r) => iso.record(r).Language).sort()).toEqual(['ar', 'en', 'fr']);
    const xlsx = await app.inject({ url: '/api/exports?format=iso-xlsx' });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Comments')!;
    const languageColumn = (sheet.getRow(1).values as unknown[]).indexOf('Language');
    expect(languageColumn).toBeGreaterThan(0);
    expect([2, 3, 4].map((n) => sheet.getRow(n).getCell(languageColumn).value).sort()).toEqual(['ar', 'en', 'fr']);

    for (const [url, headers] of [
      ['/api/exports?format=json', {}],
      ['/api/moderation/export?format=json', moderatorHeaders],
    ] as const) {
      const items: { id: string; language: string }[] = (await app.inject({ url, headers })).json().annotations;
      expect(Object.fromEntries(items.map((a) => [a.id, a.language])), url).toEqual(expected);
    }

    // W3C Web Annotation: the TextualBody's own `language`, on the comment and the proposed wording.
    const collection = (await app.inject({ url: '/api/exports?format=w3c' })).json();
    const annotations: {
      id: string;
      body: { purpose: string; language: string }[];
      target: { source: string } | string;
    }[] = collection.first.items;
    const frenchItem = annotations.find((a) => a.id.endsWith(`/annotations/${french.id}`))!;
    expect(frenchItem.body.map((b) => [b.purpose, b.language])).toEqual([
      ['commenting', 'fr'],
      ['editing', 'fr'],
    ]);
    const englishItem = annotations.find((a) => a.id.endsWith(`/annotations/${english.id}`))!;
    expect(englishItem.body[0]!.language).toBe('en');
    // The target is the page in the comment's language: its text is what the comment quotes.
    const sourcePath = (item: (typeof annotations)[number]) =>
      new URL((item.target as { source: string }).source).pathname;
    expect(sourcePath(frenchItem)).toBe(`/fr${sourcePath(englishItem)}`);
    expect(sourcePath(englishItem)).not.toMatch(/^\/(fr|es|ar)\//);

    // Moved to another instance through the W3C import, each comment keeps its language.
    const languagesAfterImport = async (document: unknown): Promise<Record<string, string>> => {
      const instance = await feedbackApp(database);
      const imported = await instance.inject({
        method: 'POST',
        url: '/api/moderation/import',
        headers: moderatorHeaders,
        payload: document as object,
      });
      expect(imported.statusCode, imported.body).toBe(200);
      const listed: { id: string; language: string }[] = (
        await instance.inject({ url: '/api/moderation/export?format=json', headers: moderatorHeaders })
      ).json().annotations;
      return Object.fromEntries(listed.map((a) => [a.id, a.language]));
    };
    expect(await languagesAfterImport(collection)).toEqual(expected);

    // A tool that drops the bodies' `language` still names the French page: the comment stays French.
    const withoutLanguage = JSON.parse(
      JSON.stringify(collection, (key, value) => (key === 'language' ? undefined : value)),
    );
    const guessed = await languagesAfterImport(withoutLanguage);
    expect(guessed[french.id]).toBe('fr');
    expect(guessed[english.id]).toBe('en');

    // The response table (top-level comments) says which language each comment is in.
    const table = (await app.inject({ url: '/api/responses' })).json();
    expect(Object.fromEntries(table.rows.map((r: { id: string; language: string }) => [r.id, r.language]))).toEqual({
      [english.id]: 'en',
      [french.id]: 'fr',
    });
  });

  it('refuses an unknown format or filter with a clear message', async () => {
    const app = await feedbackApp(database);
    for (const url of ['/api/exports?format=pdf', '/api/exports?stakeholder=king', '/api/exports?colour=red']) {
      const response = await app.inject({ url });
      expect(response.statusCode, url).toBe(400);
      expect(response.json().message.length).toBeGreaterThan(10);
    }
  });
});

describe('the ISO/IEC "Type of comment"', () => {
  it('maps every comment type to general, technical or editorial', () => {
    expect(Object.keys(ISO_TYPE_OF).sort()).toEqual(Object.keys(COMMENT_TYPES).sort());
    expect(ISO_TYPE_OF).toEqual({
      question: 'general',
      example: 'general',
      suggestion: 'technical',
      concern: 'technical',
      editorial: 'editorial',
    });
  });
});

describe('neutralise', () => {
  it('makes every formula trigger inert and leaves other text alone', () => {
    for (const text of ['=1+1', '+1', '-1', '@A1', '\tx', '\rx']) expect(neutralise(text)).toBe(`'${text}`);
    for (const text of ['', 'plain', ' =not first', "'already", '1-2']) expect(neutralise(text)).toBe(text);
  });
});
