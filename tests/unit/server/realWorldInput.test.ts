/**
 * Real-world input the service must refuse or clean, never crash on or store wrongly (issue 7):
 * limits measured on the text as stored, invisible names, lone surrogates, invalid UTF-8, quotes
 * in decomposed form or with bidi overrides, targets that were never published, malformed and
 * deeply nested JSON on every route, and Markdown built to exhaust the parser.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { CreateAnnotationBody, LIMITS, type CreatedAnnotationResponse } from '../../../src/shared/annotations';
import type { InjectOptions } from 'fastify';
import Type from 'typebox';
import { jsonDepth, MAX_JSON_DEPTH } from '../../../src/server/errors';
import { unexplainedPatterns, validatorCompiler } from '../../../src/server/validator';
import { MAX_NESTING, markdownNesting } from '../../../src/server/markdown';
import { visibleLength } from '../../../src/shared/visibleText';
import { textHash } from '../../../src/shared/paragraphId';
import {
  cleanup,
  decide,
  errorOf,
  moderatorHeaders,
  post,
  PUBLIC_ORIGIN,
  QUOTABLE,
  testApp,
  validBody,
} from './helpers';

afterEach(cleanup);

const json = { 'content-type': 'application/json', origin: PUBLIC_ORIGIN };

async function create(app: Awaited<ReturnType<typeof testApp>>, payload: unknown) {
  return app.inject({ method: 'POST', url: '/api/annotations', headers: json, payload: JSON.stringify(payload) });
}

const fieldsOf = (response: Parameters<typeof errorOf>[0]) => (errorOf(response).fields ?? []).map((f) => f.field);

describe('field text is measured and checked as stored', () => {
  it('applies length limits after NFC: names that expand or use astral characters are refused', async () => {
    const app = await testApp();
    // U+0958 is excluded from composition: NFC turns each into two code points.
    const expanding = await create(app, validBody({ authorName: '\u0958'.repeat(LIMITS.authorName) }));
    expect(expanding.statusCode).toBe(400);
    expect(fieldsOf(expanding)).toEqual(['authorName']);
    expect(errorOf(expanding).message).toBe(
      `authorName: must be at most ${LIMITS.authorName} characters (it has ${2 * LIMITS.authorName})`,
    );
    // 160 UTF-16 code units (the form's maxlength unit), 80 code points.
    const astral = await create(app, validBody({ authorName: '𝒜'.repeat(LIMITS.authorName) }));
    expect(fieldsOf(astral)).toEqual(['authorName']);
    const body = await create(app, validBody({ body: '😀'.repeat(LIMITS.body / 2 + 100) }));
    expect(body.statusCode).toBe(400);
    expect(fieldsOf(body)).toEqual(['body']);
    // Decomposed text within the limit is stored composed.
    const composed = await create(app, validBody({ authorName: 'e\u0301'.repeat(LIMITS.authorName / 2) }));
    expect(composed.statusCode).toBe(201);
    expect(composed.json<CreatedAnnotationResponse>().annotation.authorName).toBe('é'.repeat(LIMITS.authorName / 2));
  });

  it('refuses names and bodies made only of invisible characters, naming each field', async () => {
    const app = await testApp();
    const invisible = '\u200B\u200C\u200D\u2060\uFEFF\u3164\u2800\u0301';
    expect(visibleLength(invisible)).toBe(0);
    const response = await create(app, validBody({ authorName: invisible, body: `\u200B ${invisible}` }));
    expect(response.statusCode).toBe(400);
    expect(errorOf(response).fields).toEqual([
      { field: 'body', message: 'must contain visible text', code: 'noVisibleText' },
      { field: 'authorName', message: 'must contain visible text', code: 'noVisibleText' },
    ]);
    // Joiners inside a real name are kept: scripts such as Persian need them.
    const kept = await create(app, validBody({ authorName: 'می\u200Cخواهم' }));
    expect(kept.statusCode).toBe(201);
    expect(kept.json<CreatedAnnotationResponse>().annotation.authorName).toBe('می\u200Cخواهم');
  });

  it('refuses lone UTF-16 surrogates with a 400 naming the field, and invalid UTF-8 bytes', async () => {
    const app = await testApp();
    const lone = JSON.stringify(validBody()).replace('"Amina Diallo"', '"Amina \\ud800"');
    const surrogate = await app.inject({ method: 'POST', url: '/api/annotations', headers: json, payload: lone });
    expect(surrogate.statusCode).toBe(400);
    expect(fieldsOf(surrogate)).toEqual(['authorName']);
    expect(errorOf(surrogate).message).toContain('lone UTF-16 surrogate');
    const bytes = Buffer.concat([
      Buffer.from(JSON.stringify(validBody()).replace('"Amina Diallo"', '"Amina ')),
      Buffer.from([0xff, 0xfe]),
      Buffer.from('"}'),
    ]);
    const invalid = await app.inject({ method: 'POST', url: '/api/annotations', headers: json, payload: bytes });
    expect(invalid.statusCode).toBe(400);
    expect(errorOf(invalid).message).toBe('The request body is not valid UTF-8: send the JSON encoded as UTF-8.');
    // A well-formed pair written as escapes is fine.
    const pair = JSON.stringify(validBody()).replace('"Amina Diallo"', '"Amina \\ud83c\\udf0d"');
    const ok = await app.inject({ method: 'POST', url: '/api/annotations', headers: json, payload: pair });
    expect(ok.statusCode).toBe(201);
  });
});

describe('quote fields', () => {
  // QUOTABLE['p-citizen'] holds every passage these tests quote.
  const quoted = (exact: string, prefix = '', suffix = '') =>
    validBody({ target: { paragraphId: 'p-citizen', quote: { exact, prefix, suffix } } as never });

  it('refuses a quote that is empty, blank or shorter than a few visible characters, naming target.quote.exact', async () => {
    const app = await testApp();
    for (const exact of ['', '   ', '\u200B\u200B\u200B\u200B', 'ab', ' a\u00a0b ']) {
      const response = await create(app, quoted(exact));
      expect(response.statusCode, JSON.stringify(exact)).toBe(400);
      expect(fieldsOf(response), JSON.stringify(exact)).toEqual(['target.quote.exact']);
    }
    expect((await create(app, quoted('abc'))).statusCode).toBe(201);
  });

  it('stores quote, prefix and suffix in NFC, without bidi overrides or control characters', async () => {
    const app = await testApp();
    const decomposed = 'Cite\u0301 des donne\u0301es';
    const response = await create(app, quoted(`\u202E${decomposed}\u202C`, 'la \u0007', '\u2066 (2024)\u2069'));
    expect(response.statusCode).toBe(201);
    const { quote } = response.json<CreatedAnnotationResponse>().annotation.target;
    expect(quote).toEqual({ exact: 'Cité des données', prefix: 'la ', suffix: ' (2024)' });
    expect(quote!.exact).toBe(quote!.exact.normalize('NFC'));
  });

  it('keeps the context nearest the passage when normalising pushes it past its limit', async () => {
    const app = await testApp();
    const context = '\u0958'.repeat(LIMITS.quoteContext - 4);
    const response = await create(app, quoted('the passage', `st${context}`, `${context}en`));
    expect(response.statusCode).toBe(201);
    const { quote } = response.json<CreatedAnnotationResponse>().annotation.target;
    expect(quote!.prefix).toHaveLength(LIMITS.quoteContext);
    expect(quote!.suffix).toHaveLength(LIMITS.quoteContext);
    expect(quote!.prefix).toBe('\u0958'.repeat(LIMITS.quoteContext / 2).normalize('NFC'));
    expect(quote!.suffix).not.toContain('en');
  });
});

describe('a quoted passage must be in the paragraph as published', () => {
  const paragraph = QUOTABLE['p-1']!;
  const onP1 = (quote: { exact: string; prefix: string; suffix: string }, more: Record<string, unknown> = {}) =>
    validBody({ target: { paragraphId: 'p-1', paragraphHash: textHash(paragraph), quote, ...more } as never });
  const held = async (app: Awaited<ReturnType<typeof testApp>>) =>
    (await app.inject({ url: '/api/moderation/annotations', headers: moderatorHeaders })).json<{
      annotations: unknown[];
    }>().annotations;

  it('keeps no offsets sent without a passage: they describe no text', async () => {
    const app = await testApp({ premoderation: false });
    const whole = await create(
      app,
      validBody({
        target: { paragraphId: 'p-1', paragraphHash: 'k2j4h5', position: { start: 0, end: 99999 } } as never,
      }),
    );
    expect(whole.statusCode).toBe(201);
    expect(whole.json<CreatedAnnotationResponse>().annotation.target).not.toHaveProperty('position');
  });

  it('refuses a passage the paragraph never held, and stores nothing', async () => {
    const app = await testApp();
    // The attack: a passage written to look like the Framework's, sent with the paragraph's own hash.
    const invented = await create(
      app,
      onP1({ exact: 'citizen data must be certified by the NSO', prefix: '', suffix: '' }),
    );
    expect(invented.statusCode).toBe(400);
    expect(fieldsOf(invented)).toEqual(['target.quote']);
    expect(errorOf(invented).message).toBe(
      'target.quote: is not in this paragraph as published: select the passage on the page again',
    );
    // The code is what the site says in the reader's language (src/shared/errorCodes.ts).
    expect(errorOf(invented)).toMatchObject({
      code: 'quoteNotFound',
      fields: [{ field: 'target.quote', code: 'quoteNotFound' }],
    });
    expect(await held(app)).toEqual([]);
  });

  it('answers 409 when the paragraph was reworded after the page was opened and the passage is gone', async () => {
    const app = await testApp();
    const stale = await create(
      app,
      validBody({
        target: {
          paragraphId: 'p-1',
          paragraphHash: textHash('An earlier wording.'),
          quote: { exact: 'earlier wording', prefix: 'An ', suffix: '.' },
        } as never,
      }),
    );
    expect(stale.statusCode).toBe(409);
    expect(errorOf(stale).message).toBe(
      'This paragraph was reworded after the page was opened, and the passage you selected is no longer in it: ' +
        'reload the page, select the passage again and send your comment.',
    );
    expect(errorOf(stale).code).toBe('paragraphReworded');
    expect(await held(app)).toEqual([]);
  });

  it('stores the context and offsets of the published text, whatever was sent with the passage', async () => {
    const app = await testApp({ premoderation: false });
    // "of citizen data in" occurs twice; the position sent points near the second.
    const at = paragraph.lastIndexOf('citizen data');
    const response = await create(
      app,
      onP1(
        { exact: 'citizen data', prefix: 'INVENTED of ', suffix: ' in INVENTED' },
        { position: { start: at - 2, end: at + 5 } },
      ),
    );
    expect(response.statusCode).toBe(201);
    const { target } = response.json<CreatedAnnotationResponse>().annotation;
    expect(target.quote).toEqual({
      exact: 'citizen data',
      prefix: paragraph.slice(at - 12, at),
      suffix: ' in practice',
    });
    expect(target.position).toEqual({ start: at, end: at + 'citizen data'.length });
    // The context decides between occurrences before the position does.
    const first = await create(
      app,
      onP1({ exact: 'citizen data', prefix: 'definition of ', suffix: '' }, { position: { start: at, end: at + 12 } }),
    );
    expect(first.json<CreatedAnnotationResponse>().annotation.target.position).toEqual({
      start: paragraph.indexOf('citizen data'),
      end: paragraph.indexOf('citizen data') + 12,
    });
  });

  /** A new thread quoting `exact` from `paragraphId`, sent with `hash` (and `language`, if given). */
  const quoting = (paragraphId: string, exact: string, hash: string, language?: string) =>
    validBody({
      ...(language ? { language } : {}),
      target: { paragraphId, paragraphHash: hash, quote: { exact, prefix: '', suffix: '' } } as never,
    });

  it("checks a translation's comment against that translation's text", async () => {
    const app = await testApp({ premoderation: false });
    const french = textHash('Texte de p-1 sur /docs/definition.');
    expect((await create(app, quoting('p-1', 'Texte de p-1', french, 'fr'))).statusCode).toBe(201);
    // English words are not in the French paragraph, whatever the hash says: the answer names the language they are in.
    const english = await create(app, quoting('p-1', 'citizen data', textHash(paragraph), 'fr'));
    expect(english.statusCode).toBe(400);
    expect(errorOf(english).message).toBe(
      'target.quote: is in the English text of this paragraph, not the Français: send the comment with language "en"',
    );
    expect((await create(app, quoting('p-1', 'Texte de p-1', french))).statusCode).toBe(400);
    // The fake site publishes no Spanish edition: there is no Spanish text to quote.
    const spanish = await create(app, quoting('p-1', 'citizen data', textHash(paragraph), 'es'));
    expect(spanish.statusCode).toBe(400);
    expect(errorOf(spanish).message).toBe(
      'target.quote: this site publishes no Español text to quote from (language "es"): send the comment in a language of the site, or without a quoted passage',
    );
  });

  it('records the paragraph as a translation’s reader saw it, for editors: its text and address', async () => {
    const app = await testApp({ premoderation: false });
    const french = textHash('Texte de p-1 sur /docs/definition.');
    expect((await create(app, quoting('p-1', 'Texte de p-1', french, 'fr'))).statusCode).toBe(201);
    const csv = (await app.inject({ url: '/api/moderation/export?format=csv', headers: moderatorHeaders })).body;
    // Before, the editor saw the English paragraph beside a French quote, and an English address.
    expect(csv).toContain('Texte de p-1 sur /docs/definition.');
    expect(csv).toContain('/fr/docs/definition#p-1');
    expect(csv).not.toContain(paragraph);
  });

  it('checks a passage quoted under an id of an earlier release against the paragraph that holds its content now', async () => {
    const app = await testApp();
    expect((await create(app, quoting('p-old-handout', 'Who is a citizen', 'k2j4h5'))).statusCode).toBe(201);
    const invented = await create(app, quoting('p-old-handout', 'An invented passage', textHash(paragraph)));
    expect(invented.statusCode).toBe(400);
    expect(fieldsOf(invented)).toEqual(['target.quote']);
  });
});

describe('a comment target must have been published', () => {
  it('refuses a page or a paragraph id the build never published, naming the field', async () => {
    const app = await testApp();
    const page = await create(app, validBody({ target: { page: '/docs/never-written' } as never }));
    expect(page.statusCode).toBe(400);
    expect(fieldsOf(page)).toEqual(['target.page']);
    const paragraph = await create(app, validBody({ target: { paragraphId: 'p-made-up' } as never }));
    expect(paragraph.statusCode).toBe(400);
    expect(fieldsOf(paragraph)).toEqual(['target.paragraphId']);
    expect(errorOf(paragraph).message).toBe(
      'target.paragraphId: no paragraph "p-made-up" was published on /docs/definition: reload the page and comment again',
    );
  });

  it('refuses ids named like what every object inherits (`constructor`) as never published, not with a 500', async () => {
    const app = await testApp();
    const response = await create(app, validBody({ target: { paragraphId: 'constructor' } as never }));
    expect(response.statusCode).toBe(400);
    expect(fieldsOf(response)).toEqual(['target.paragraphId']);
    const page = await create(app, validBody({ target: { page: '/constructor' } as never }));
    expect(page.statusCode).toBe(400);
    expect(fieldsOf(page)).toEqual(['target.page']);
  });

  it('accepts ids of earlier releases and files comments on moved pages under their current path', async () => {
    const app = await testApp();
    const retired = await create(app, validBody({ target: { paragraphId: 'p-old-handout' } as never }));
    expect(retired.statusCode).toBe(201);
    const moved = await create(app, validBody({ target: { page: '/docs/old-definition' } as never }));
    expect(moved.statusCode).toBe(201);
    expect(moved.json<CreatedAnnotationResponse>().annotation.target.page).toBe('/docs/definition');
  });

  it('reads a page’s comments under every path a comment is filed under: trailing slash, moved page', async () => {
    const app = await testApp();
    const created = (await create(app, validBody())).json<CreatedAnnotationResponse>();
    await decide(app, [created.id], 'approved');
    for (const page of ['/docs/definition', '/docs/definition/', '/docs/old-definition']) {
      const response = await app.inject({ url: `/api/annotations?page=${encodeURIComponent(page)}` });
      expect(response.statusCode, page).toBe(200);
      expect(
        response.json<{ annotations: { id: string }[] }>().annotations.map((a) => a.id),
        page,
      ).toEqual([created.id]);
    }
  });
});

describe('malformed JSON is a 400 on every route', () => {
  const deepArray = '['.repeat(6000) + ']'.repeat(6000);
  const deepObject = '{"a":'.repeat(2000) + '1' + '}'.repeat(2000);
  const routes = [
    ['POST', '/api/annotations'],
    ['POST', '/api/annotations/mine'],
    ['PATCH', '/api/annotations/abcdefgh12'],
    ['POST', '/api/moderation/decisions'],
  ] as const;
  const payloads = [
    deepArray,
    deepObject,
    `{"ids":${deepArray}}`,
    `{"ids":[${'['.repeat(40)}1${']'.repeat(40)}],"status":"approved"}`,
    '{"ids": ["abcdefgh12"], "status": "approved"',
    '{"body": "x",}',
    '\u0000',
  ];

  it.each(routes)('%s %s', async (method, url) => {
    const app = await testApp();
    for (const payload of payloads) {
      const response = await app.inject({
        method,
        url,
        headers: { ...json, ...moderatorHeaders, 'x-edit-token': 'a'.repeat(32) },
        payload,
      });
      expect(response.statusCode, payload.slice(0, 30)).toBe(400);
      expect(errorOf(response).message, payload.slice(0, 30)).toMatch(/Malformed JSON|must be/);
    }
    const nested = await app.inject({ method, url, headers: { ...json, ...moderatorHeaders }, payload: deepArray });
    expect(errorOf(nested).message).toBe(
      `Malformed JSON: nested more than ${MAX_JSON_DEPTH} levels deep. Send a flat JSON object.`,
    );
  });

  it('measures depth outside strings only', () => {
    expect(jsonDepth('{"a":[1,{"b":"[[[[{{{{"}]}')).toBe(3);
    expect(jsonDepth('"\\"[[["')).toBe(0);
    expect(jsonDepth('['.repeat(1000), 32)).toBe(33);
  });
});

describe('hostile Markdown', () => {
  it('estimates nesting of quotes and lists in one pass, skipping code and thematic breaks', () => {
    expect(markdownNesting('plain text\n\nmore')).toBe(0);
    expect(markdownNesting('> quote\n> > nested')).toBe(2);
    expect(markdownNesting('- a\n  - b\n    - c')).toBe(3);
    expect(markdownNesting('1. a\n   1) b')).toBe(2);
    expect(markdownNesting('>'.repeat(5000))).toBe(5000);
    expect(markdownNesting('- - - -')).toBe(0);
    expect(markdownNesting('```\n' + '> '.repeat(100) + '\n```')).toBe(0);
    expect(markdownNesting('* * *\n-1 is a number, 2.5 too')).toBe(0);
  });

  it('refuses 5,000 ">" with a fast 400 that says why, before any parsing', async () => {
    const app = await testApp();
    for (const body of ['>'.repeat(LIMITS.body), '1. '.repeat(1666), '> - '.repeat(1250)]) {
      const response = await create(app, validBody({ body }));
      expect(response.statusCode).toBe(400);
      expect(fieldsOf(response)).toEqual(['body']);
      expect(errorOf(response).message).toMatch(
        new RegExp(
          `^body: quotes and lists may be nested at most ${MAX_NESTING} levels deep \\(this body nests \\d+\\)$`,
        ),
      );
    }
  });

  it('keeps /api/health answering while a slow hostile body renders', async () => {
    const app = await testApp();
    await app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = app.server.address() as { port: number };
    const base = `http://127.0.0.1:${port}`;
    // Nested emphasis: within every limit, and the slowest body we found to parse (seconds).
    const hostile = '*_'.repeat(1250) + 'a' + '_*'.repeat(1250);
    const order: string[] = [];
    const slow = fetch(`${base}/api/annotations`, {
      method: 'POST',
      headers: json,
      body: JSON.stringify(validBody({ body: hostile })),
    }).then(async (response) => {
      order.push('hostile post');
      return response;
    });
    const health = await fetch(`${base}/api/health`);
    order.push('health');
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok' });
    // Another write goes through the same queue and still completes.
    const answered = await slow;
    expect(order).toEqual(['health', 'hostile post']);
    expect([201, 400]).toContain(answered.status);
  });
});

describe('canonical page addresses and paths that leave the site', () => {
  it('redirects equivalent forms of a page path permanently to the canonical one, keeping the query', async () => {
    const app = await testApp();
    for (const [from, to] of [
      ['/docs/definition/', '/docs/definition'],
      ['/docs/definition.html', '/docs/definition'],
      ['/docs/definition.html?x=1', '/docs/definition?x=1'],
      ['/docs//definition', '/docs/definition'],
      ['/blog/', '/blog'],
      ['/index.html', '/'],
      // Re-encoded by a mail client or a slide tool: unreserved characters percent-encoded.
      ['/docs/%64efinition', '/docs/definition'],
      ['/docs/%64%65finition%2Ehtml?x=%64', '/docs/definition?x=%64'],
      ['/%62log/', '/blog'],
    ]) {
      const response = await app.inject({ url: from });
      expect(response.statusCode, from).toBe(301);
      expect(response.headers.location, from).toBe(to);
    }
    expect((await app.inject({ url: '/docs/definition' })).statusCode).toBe(200);
    expect((await app.inject({ url: '/docs/nope/' })).statusCode).toBe(404);
  });

  it('answers the site 404 page, never a bare Forbidden, for traversal, encoded slashes and over-long paths', async () => {
    const app = await testApp();
    for (const url of [
      '/../package.json',
      '//etc/passwd',
      '/docs/../../package.json',
      '/%2e%2e/package.json',
      '/docs/%2E%2E/%2e%2e/etc/passwd',
      '/docs%2f..%2f..%2fpackage.json',
      '/docs%5c..%5cpackage.json',
      '/docs/%00definition',
      '/docs/definition%',
      '/docs/%E0%A4%A',
      `/docs/${'a'.repeat(5000)}`,
    ]) {
      const response = await app.inject({ url });
      expect(response.statusCode, url).toBe(404);
      expect(response.body, url).toContain('Page not found');
    }
  });
});

describe('validation messages come from the schemas', () => {
  it('says what a pattern means for ids, paths, hashes and tokens', async () => {
    const app = await testApp();
    const response = await create(
      app,
      validBody({ target: { page: 'docs', paragraphId: 'Bad Id', paragraphHash: 'UP' } as never }),
    );
    expect(errorOf(response).fields).toEqual([
      { field: 'target.page', message: 'must be a site path starting with /, e.g. /docs/definition' },
      { field: 'target.paragraphId', message: 'must be a paragraph id such as p-3f2a1c' },
      { field: 'target.paragraphHash', message: 'must be a paragraph text hash (1 to 16 lowercase letters or digits)' },
    ]);
    const mine = await app.inject({
      method: 'POST',
      url: '/api/annotations/mine',
      headers: json,
      payload: { items: [{ id: 'abcdefgh12', editToken: 'not a token!!!!!!!' }] },
    });
    expect(errorOf(mine).fields).toEqual([
      { field: 'items.0.editToken', message: 'must be an edit token as returned when the comment was created' },
    ]);
  });

  it('says what every route pattern means: a row number, visible text, a card id, a page number, a size', async () => {
    const app = await testApp();
    const problems = async (request: InjectOptions) => errorOf(await app.inject(request)).fields;
    expect(await problems({ url: '/api/responses?offset=-1' })).toEqual([
      { field: 'offset', message: 'must be a row number: 0 or a whole number up to 999999' },
    ]);
    const floor = { method: 'POST' as const, url: '/api/event/input', headers: json };
    expect(await problems({ ...floor, payload: JSON.stringify({ focus: 'a', text: '   ' }) })).toEqual([
      { field: 'text', message: 'must contain visible text', code: 'noVisibleText' },
    ]);
    // Past the schema (zero-width characters are not white space), the field keeps the floor's name.
    const invisible = await app.inject({ ...floor, payload: JSON.stringify({ focus: 'a', text: '\u200b\u200b' }) });
    expect(errorOf(invisible)).toMatchObject({
      message: 'text: must contain visible text',
      fields: [{ field: 'text', message: 'must contain visible text', code: 'noVisibleText' }],
    });
    // A value that fits no form of a union gets one sentence, not one per form.
    expect(await problems({ url: '/api/responses?round=%25%25%25' })).toEqual([
      {
        field: 'round',
        message: 'must be a round id (as listed by /api/rounds), or none for comments made outside any round',
      },
    ]);
    const game = { method: 'POST' as const, url: '/api/event/game/answers', headers: json };
    expect(await problems({ ...game, payload: JSON.stringify({ card: 'Card 1', answer: 'yes' }) })).toContainEqual({
      field: 'card',
      message: 'must be a game card id such as water-points',
    });
    expect(await problems({ url: '/annotations/?page=01' })).toEqual([
      { field: 'page', message: 'must be a page number: 0, 1, 2… (no leading zeros)' },
    ]);
    expect(await problems({ url: '/api/qr?path=/p/p-1&format=png&size=big' })).toEqual([
      { field: 'size', message: 'must be a whole number of pixels, from 64 to 2048' },
    ]);
  });

  it('will not register a route whose schema has a pattern it does not explain', () => {
    expect(unexplainedPatterns(CreateAnnotationBody)).toEqual([]);
    const schema = Type.Object({
      a: Type.String({ pattern: '^x$' }),
      b: Type.Object({ c: Type.String({ pattern: '^y$' }) }),
    });
    expect(unexplainedPatterns(schema)).toEqual(['#/properties/a', '#/properties/b/properties/c']);
    expect(() => validatorCompiler({ schema, method: 'GET', url: '/x', httpPart: 'querystring' })).toThrow(
      'Route schema pattern(s) or union(s) at #/properties/a, #/properties/b/properties/c state no errorMessage: add one saying what a valid value looks like.',
    );
  });

  it('still posts a valid comment end to end', async () => {
    const app = await testApp();
    expect((await post(app, validBody())).status).toBe('pending');
  });
});

describe('refusals a reader can meet carry a code and the numbers to say them with', () => {
  it('a schema limit: maxLength with its limit, under invalidFields', async () => {
    const app = await testApp();
    const response = await create(app, validBody({ authorName: 'a'.repeat(LIMITS.authorName + 1) }));
    expect(response.statusCode).toBe(400);
    expect(errorOf(response)).toMatchObject({
      code: 'invalidFields',
      fields: [{ field: 'authorName', code: 'tooLong', params: { limit: LIMITS.authorName } }],
    });
  });

  it('text cleaned to nothing: noVisibleText; longer once stored: tooLongAsStored with both lengths', async () => {
    const app = await testApp();
    const invisible = await create(app, validBody({ body: '\u200b\u2066\u2069' }));
    expect(invisible.statusCode).toBe(400);
    expect(errorOf(invisible)).toMatchObject({
      code: 'invalidFields',
      fields: [{ field: 'body', code: 'noVisibleText' }],
    });
    const expanding = await create(app, validBody({ authorName: '\u0958'.repeat(LIMITS.authorName) }));
    expect(errorOf(expanding).fields).toEqual([
      expect.objectContaining({
        field: 'authorName',
        code: 'tooLongAsStored',
        params: { limit: LIMITS.authorName, length: 2 * LIMITS.authorName },
      }),
    ]);
  });

  it('a blank required text: noVisibleText from the schema’s own pattern', async () => {
    const app = await testApp();
    const response = await create(app, validBody({ body: '   ' }));
    expect(response.statusCode).toBe(400);
    expect(errorOf(response).fields).toEqual([expect.objectContaining({ field: 'body', code: 'noVisibleText' })]);
  });
});
