/**
 * Real-world input in Chromium against the real service (issue 7): URLs that used to crash a
 * page or hydrate a wrong one, a paragraph link opened on a phone, the glossary preview across a
 * route change, passage comments posted in decomposed Unicode or on a removed clause, and
 * comments built to break the layout of the comment panel and of /moderate at 360 and 1280 px.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchBrowser, type Browser } from './support/browser';
import {
  approveByAuthor,
  COMMENT_DEFAULTS,
  createComment,
  storeFromEarlierRelease,
} from '../fixtures/comments/service';
import { textHash } from '../../src/shared/paragraphId';

const baseUrl = inject('baseUrl');
const moderatorToken = inject('moderatorToken');
const dataDir = inject('dataDir');
const PAGE = '/docs/definition';
const PARAGRAPH = 'definition-who';
// Comments go on pages the other comment suites leave alone, so no suite's counts depend on another's.
const ACCENTED_PAGE = '/docs/background/collaborative';
const ACCENTED_PARAGRAPH = 'collaborative-medellin';
const LAYOUT_PAGE = '/docs/principles/theme-co-designed-tools';
const LAYOUT_PARAGRAPH = 'theme-co-design-colombia';
const RUN = Date.now().toString(36);

let desktop: Browser;

beforeAll(async () => {
  desktop = await launchBrowser();
});

afterAll(async () => {
  await desktop?.close();
});

/** Opens `path` and records uncaught page errors and console errors (hydration mismatches among them). */
async function visit(page: Page, path: string) {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  const response = await page.goto(`${baseUrl}${path}`);
  await page.locator('h1').first().waitFor();
  return { response, errors };
}

/** The block's background colour as painted now, and the colour a highlighted block gets. */
async function highlightState(page: Page, id: string) {
  return page.evaluate((blockId) => {
    const block = document.getElementById(blockId)!;
    const probe = document.createElement('div');
    probe.style.backgroundColor = 'var(--fw-target-bg)';
    document.body.append(probe);
    const expected = getComputedStyle(probe).backgroundColor;
    probe.remove();
    return { painted: getComputedStyle(block).backgroundColor, expected };
  }, id);
}

describe('URLs never crash a page', () => {
  it('opens /docs/definition#100% without crashing, and highlights nothing', async () => {
    const page = await desktop.newPage();
    const { errors } = await visit(page, `${PAGE}#100%`);
    expect(await page.textContent('body')).not.toContain('This page crashed');
    expect(errors.filter((e) => /URI|malformed/i.test(e))).toEqual([]);
    expect(await page.locator('.fw-block--target').count()).toBe(0);
    // Client-side navigation to undecodable fragments and paths, through the router too.
    for (const href of ['#50%off', '#%E0%A4%A', `${PAGE}#%`]) {
      await page.evaluate((link) => {
        const a = document.createElement('a');
        a.href = link;
        a.textContent = 'hostile link';
        document.querySelector('main')!.append(a);
        a.click();
        a.remove();
      }, href);
      await page.waitForFunction((link) => location.href.includes(link.replace(/^.*#/, '#').slice(0, 3)), href);
    }
    expect(await page.textContent('body')).not.toContain('This page crashed');
    expect(errors.filter((e) => /URI|malformed/i.test(e))).toEqual([]);
    await page.close();
  });

  it.each([`${PAGE}/`, `${PAGE}.html`])(
    'redirects %s permanently to the canonical page, keeps the fragment and highlights the paragraph',
    async (path) => {
      const page = await desktop.newPage();
      const { response, errors } = await visit(page, `${path}#${PARAGRAPH}`);
      expect((await response!.request().redirectedFrom()!.response())!.status()).toBe(301);
      expect(response!.status()).toBe(200);
      expect(new URL(page.url()).pathname).toBe(PAGE);
      expect(new URL(page.url()).hash).toBe(`#${PARAGRAPH}`);
      await page.waitForFunction(
        (id) => document.getElementById(id)?.matches('.fw-block--target, :target') ?? false,
        PARAGRAPH,
      );
      const { expected } = await highlightState(page, PARAGRAPH);
      await page.waitForFunction(
        ([id, colour]) => getComputedStyle(document.getElementById(id)!).backgroundColor === colour,
        [PARAGRAPH, expected] as const,
      );
      expect(await page.textContent('body')).not.toContain('Page Not Found');
      expect(errors.filter((e) => /hydrat|Minified React error #4(18|19|23|25)/i.test(e))).toEqual([]);
      await page.close();
    },
  );

  it('answers paths that try to leave the site with the site 404 page', async () => {
    const page = await desktop.newPage();
    for (const path of ['/%2e%2e/package.json', '/docs%2f..%2fpackage.json', `/docs/${'x'.repeat(3000)}`]) {
      const response = await page.goto(`${baseUrl}${path}`);
      expect(response!.status(), path).toBe(404);
      // The site's own 404 page (src/theme/NotFound), not a bare server or file-system answer.
      await page.getByRole('heading', { level: 1, name: 'This page is not here' }).waitFor();
    }
    await page.close();
  });
});

describe('paragraph links on a phone', () => {
  it('paints the paragraph highlighted and scrolled into view from the HTML alone, before any script runs', async () => {
    const phone = await launchBrowser({
      viewport: { width: 360, height: 740 },
      mobile: true,
      javaScriptEnabled: false,
    });
    try {
      const page = await phone.newPage();
      await page.goto(`${baseUrl}${PAGE}#${PARAGRAPH}`);
      const { painted, expected } = await highlightState(page, PARAGRAPH);
      expect(expected).not.toBe('rgba(0, 0, 0, 0)');
      expect(painted).toBe(expected);
      // The browser scrolled to it (below the fold on a phone): under the sticky navbar, on screen.
      expect(
        await page.evaluate((id) => {
          const top = document.getElementById(id)!.getBoundingClientRect().top;
          const navbar = document.querySelector('.navbar')!.getBoundingClientRect().bottom;
          return { scrolled: window.scrollY > 0, onScreen: top >= navbar && top < window.innerHeight };
        }, PARAGRAPH),
      ).toEqual({ scrolled: true, onScreen: true });
    } finally {
      await phone.close();
    }
  });

  it('keeps it highlighted while comment and search code are still loading', async () => {
    const phone = await launchBrowser({ viewport: { width: 360, height: 740 }, mobile: true, serviceWorkers: 'block' });
    try {
      const page = await phone.newPage();
      // Comments and the search index never arrive: the highlight must not wait for them.
      await page.route('**/api/annotations**', () => undefined);
      await page.route('**/search/**', () => undefined);
      await page.goto(`${baseUrl}${PAGE}#${PARAGRAPH}`, { waitUntil: 'domcontentloaded' });
      const { expected } = await highlightState(page, PARAGRAPH);
      await page.waitForFunction(
        ([id, colour]) => getComputedStyle(document.getElementById(id)!).backgroundColor === colour,
        [PARAGRAPH, expected] as const,
      );
    } finally {
      await phone.close();
    }
  });
});

describe('glossary preview', () => {
  it('closes when the reader follows the term to the glossary', async () => {
    const page = await desktop.newPage();
    await visit(page, PAGE);
    const term = page.locator('a.fw-term[data-definition]').first();
    await term.hover();
    const tooltip = page.locator('#fw-term-tooltip');
    await tooltip.waitFor({ state: 'visible' });
    await term.click();
    await page.waitForURL(/\/docs\/background\/glossary#term-/);
    await tooltip.waitFor({ state: 'hidden' });
    expect(await tooltip.isVisible()).toBe(false);
    await page.close();
  });
});

/** The text of one block as comments see it (the block register holds the same text). */
async function blockText(page: Page, id: string): Promise<string> {
  return page.evaluate(async (blockId) => {
    const register = (await (await fetch('/block-register.json')).json()) as {
      pages: { blocks: { id: string; text: string }[] }[];
    };
    return register.pages.flatMap((p) => p.blocks).find((b) => b.id === blockId)!.text;
  }, id);
}

/** Text of the passages highlighted through the CSS Custom Highlight API. */
async function highlightedPassages(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const registry = (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights;
    const highlight = registry?.get('fw-comment-passage');
    return highlight ? [...highlight].map((range) => range.toString().replace(/\s+/g, ' ')) : [];
  });
}

describe('passage comments are anchored on the quoted words or not at all', () => {
  it('highlights a quote posted in decomposed form (NFD) and orphans a removed clause beside a lookalike', async () => {
    const page = await desktop.newPage();
    await visit(page, ACCENTED_PAGE);
    const text = await blockText(page, ACCENTED_PARAGRAPH);
    const place = text.indexOf('Medellín');
    expect(place).toBeGreaterThan(10);
    const at = text.lastIndexOf(' ', place - 2) + 1;
    const exact = text.slice(at, place + 'Medellín'.length);
    expect(exact.normalize('NFD')).not.toBe(exact);
    const author = `Anchoring Reader ${RUN}`;
    const target = { page: ACCENTED_PAGE, paragraphId: ACCENTED_PARAGRAPH, paragraphHash: textHash(text) };
    await createComment(baseUrl, {
      ...COMMENT_DEFAULTS,
      target: {
        ...target,
        quote: {
          exact: exact.normalize('NFD'),
          prefix: text.slice(Math.max(0, at - 32), at).normalize('NFD'),
          suffix: text.slice(at + exact.length, at + exact.length + 32).normalize('NFD'),
        },
        position: { start: at, end: at + exact.length },
      },
      body: `On a passage posted in NFD (${RUN}).`,
      authorName: author,
    });
    // A clause that is not on the page, close to words that are: never placed on them.
    const lookalike = `${text.split(' ').slice(1, 4).join(' ')} removed from this paragraph`;
    expect(text).not.toContain(lookalike);
    const removedClause = {
      ...COMMENT_DEFAULTS,
      target: { ...target, quote: { exact: lookalike, prefix: '', suffix: '' }, position: { start: 4, end: 40 } },
      body: `On a clause that was removed (${RUN}).`,
      authorName: author,
    };
    // The service takes no passage its build did not publish: such a comment comes from an earlier release.
    const refused = await fetch(`${baseUrl}/api/annotations`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: baseUrl },
      body: JSON.stringify(removedClause),
    });
    expect(refused.status).toBe(400);
    expect(((await refused.json()) as { fields: { field: string }[] }).fields.map((f) => f.field)).toEqual([
      'target.quote',
    ]);
    await storeFromEarlierRelease(dataDir, removedClause);
    await approveByAuthor(baseUrl, moderatorToken, author);

    await visit(page, ACCENTED_PAGE);
    const earlier = page.locator('section', {
      has: page.getByRole('heading', { name: 'Comments on earlier wording' }),
    });
    await earlier.waitFor();
    expect(await earlier.textContent()).toContain(`On a clause that was removed (${RUN}).`);
    expect(await earlier.textContent()).not.toContain(`On a passage posted in NFD (${RUN}).`);
    await page.waitForFunction((words) => {
      const registry = (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights;
      return [...(registry?.get('fw-comment-passage') ?? [])].some((r) => r.toString().includes(words));
    }, exact.normalize('NFC'));
    const passages = await highlightedPassages(page);
    expect(passages).toContain(exact.normalize('NFC'));
    expect(passages.some((p) => p.includes('removed from this paragraph'))).toBe(false);
    await page.close();
  });
});

const LONG_WORD = 'Donaudampfschifffahrtsgesellschaftskapitänskajütenschlüssel'.repeat(6);
const LONG_URL = `https://example.org/${'a-very-long-path-segment/'.repeat(20)}?q=${'x'.repeat(120)}`;
const ZALGO = `Z${'\u0336\u0335\u0334\u0337\u0338\u0489\u0300\u0301\u0302\u0303\u0304'.repeat(12)}algo`;
const HOSTILE_LAYOUT = [
  LONG_WORD,
  `<${LONG_URL}>`,
  `\`${'inline_code_without_spaces_'.repeat(12)}\``,
  '```\n' + 'const wide = "' + 'w'.repeat(400) + '";\n```',
  `| ${Array.from({ length: 30 }, (_, i) => `column${i}`).join(' | ')} |\n|${' --- |'.repeat(30)}\n| ${Array.from({ length: 30 }, () => 'cellcontentwide').join(' | ')} |`,
  ZALGO,
].join('\n\n');

/** How far the document and the given element overflow horizontally (0 when nothing does). */
async function overflow(page: Page, selector: string) {
  return page.evaluate((s) => {
    const element = document.querySelector(s) as HTMLElement | null;
    const widest = Math.max(
      0,
      ...[...(element?.querySelectorAll('button') ?? [])].map(
        (b) => b.getBoundingClientRect().width - element!.clientWidth,
      ),
    );
    return {
      document: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      element: element ? element.scrollWidth - element.clientWidth : -1,
      widestButton: Math.max(0, widest),
    };
  }, selector);
}

describe('layout under hostile content', () => {
  const paragraph = LAYOUT_PARAGRAPH;

  beforeAll(async () => {
    const page = await desktop.newPage();
    await visit(page, LAYOUT_PAGE);
    const text = await blockText(page, paragraph);
    await page.close();
    const hostile = (authorName: string) =>
      createComment(baseUrl, {
        ...COMMENT_DEFAULTS,
        target: { page: LAYOUT_PAGE, paragraphId: paragraph, paragraphHash: textHash(text) },
        body: HOSTILE_LAYOUT,
        authorName,
        organisation: LONG_WORD.slice(0, 110),
        proposedWording: `${LONG_WORD.slice(0, 300)} ${ZALGO}`,
      });
    // One published (the comment panel), one left pending (the moderation queue).
    await hostile(`${LONG_WORD.slice(0, 60)} ${RUN}`);
    await approveByAuthor(baseUrl, moderatorToken, `${LONG_WORD.slice(0, 60)} ${RUN}`);
    await hostile(`${LONG_WORD.slice(0, 59)}x ${RUN}`);
  });

  it.each([360, 1280])('never widens the comment panel at %i px', async (width) => {
    const reader = await launchBrowser({ viewport: { width, height: 800 }, mobile: width < 400 });
    try {
      const page = await reader.newPage();
      await visit(page, LAYOUT_PAGE);
      await page.click(`button.fw-comment-button[data-pid="${paragraph}"]`);
      const dialog = page.locator('dialog[open]');
      await dialog.getByText(LONG_WORD.slice(0, 40)).first().waitFor();
      const measured = await overflow(page, 'dialog[open]');
      expect(measured).toEqual({ document: 0, element: 0, widestButton: 0 });
      // Code blocks and tables scroll inside themselves; stacked marks are clipped to the comment.
      const clipped = await page.evaluate(() =>
        [...document.querySelectorAll('dialog[open] pre, dialog[open] table')].map(
          (e) => getComputedStyle(e).overflowX,
        ),
      );
      expect(clipped.length).toBeGreaterThanOrEqual(2);
      expect(new Set(clipped)).toEqual(new Set(['auto']));
    } finally {
      await reader.close();
    }
  });

  it.each([360, 1280])('never widens /moderate at %i px', async (width) => {
    const editor = await launchBrowser({ viewport: { width, height: 800 }, mobile: width < 400 });
    try {
      const page = await editor.newPage();
      await visit(page, '/moderate');
      await page.getByLabel('Your name').fill(`Editor ${RUN}`);
      await page.getByLabel('Moderator token').fill(moderatorToken);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByText(LONG_WORD.slice(0, 40)).first().waitFor();
      const measured = await overflow(page, 'main');
      expect(measured).toEqual({ document: 0, element: 0, widestButton: 0 });
    } finally {
      await editor.close();
    }
  });
});
