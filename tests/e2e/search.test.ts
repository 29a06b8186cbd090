/**
 * Search in Chromium, keyboard only: the index loads on first open (never on page load), in the
 * search worker; a result opens at its paragraph with the terms highlighted; `/search` filters
 * change the count; the no-result state offers glossary terms; words that match nothing are named;
 * Ctrl+K pressed before hydration still opens the dialog; a dialog whose code cannot be fetched is
 * explained, not a crashed page; Enter sends focus to the result count
 * (from the dialog with no results, and on /search) at desktop and 360 px; axe finds nothing in
 * light and dark mode, at desktop and phone widths; /search does not shift as its results arrive.
 * The index arrives in parts: the dialog answers from the first and says what is still loading (or
 * could not be loaded), while /search waits for the whole index.
 * Every test waits for `<html data-hydrated>` (the app-ready signal), never for time. Expected
 * results come from the same engine run in Node on the same built index.
 */
import { provenanceLabel, TYPE_LABELS } from '../../src/shared/search/labels';
import type { ContentType } from '../../src/shared/contentModel';
import type { Provenance } from '../../src/shared/paragraphId';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page, Request } from 'playwright-core';
import { axeViolations, launchBrowser, type Browser } from './support/browser';
import { beforeHydration, HYDRATED } from './support/beforeHydration';
import { loadBuiltIndex } from '../../src/plugins/search/loadBuiltIndex';
import { SearchEngine } from '../../src/shared/search/engine';
import { BLOCK } from '../../src/shared/blocks';
import { EARLY_KEYS_GLOBAL } from '../../src/shared/search/earlyKeys';
import type { SearchManifest } from '../../src/shared/search/record';
import { readFileSync } from 'node:fs';

const INDEX_REQUEST = /\/search\/(?:manifest|index\.[0-9a-f]+)\.json$/;
/** A string only FlexSearch's code contains (its option name), to find the chunk that carries it. */
const FLEXSEARCH_MARK = 'fastupdate';
const QUERY = 'citizen data';
const NO_MATCH = 'qqxyzzy wibblewobble';
/** A query one of whose words is nowhere on the site. */
const PARTLY_UNKNOWN = 'citizen data Brazil';
const PHONE = { width: 390, height: 844 };

let browser: Browser;
let engine: SearchEngine;
const baseUrl = inject('baseUrl');

beforeAll(async () => {
  engine = (await loadBuiltIndex('build')).engine;
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

/** Opens a page and waits until React has hydrated it (the app-ready signal). */
async function visit(page: Page, path: string, waitUntil: 'load' | 'networkidle' = 'load'): Promise<void> {
  await page.goto(`${baseUrl}${path}`, { waitUntil });
  await page.waitForSelector(HYDRATED, { state: 'attached' });
}

async function openDialog(page: Page): Promise<void> {
  await page.keyboard.press('Control+k');
  await page.getByRole('combobox', { name: 'Search' }).waitFor();
}

describe('search dialog', () => {
  it('loads the index and the search code on first open only, then opens a result at its paragraph by keyboard', async () => {
    const page = await browser.newPage();
    const requests: string[] = [];
    const scripts = new Map<string, string>();
    page.on('request', (request: Request) => requests.push(request.url()));
    page.on('response', async (response) => {
      if (response.request().resourceType() === 'script')
        scripts.set(response.url(), await response.text().catch(() => ''));
    });
    await visit(page, '/docs/background', 'networkidle');
    expect(requests.filter((url) => INDEX_REQUEST.test(url))).toEqual([]);
    const firstLoad = [...scripts].filter(([, body]) => body.includes(FLEXSEARCH_MARK)).map(([url]) => url);
    expect(firstLoad, 'FlexSearch is not part of the first load').toEqual([]);

    const indexLoaded = page.waitForRequest((request) => /\/search\/index\.[0-9a-f]+\.json$/.test(request.url()));
    // The engine runs in the search worker, started on first open: typing never waits on it.
    const worker = page.waitForEvent('worker');
    await openDialog(page);
    await indexLoaded;
    expect(new URL((await worker).url()).pathname).toMatch(/^\/assets\/js\/search\.[0-9a-f]{8}\.js$/);
    await expect.poll(() => [...scripts.values()].some((body) => body.includes(FLEXSEARCH_MARK))).toBe(true);

    await page.keyboard.type(QUERY);
    await page.getByRole('option').first().waitFor();
    // Compared with the whole index: wait until the dialog no longer says a part is on its way.
    await expect.poll(() => page.getByTestId('search-partial').count()).toBe(0);
    const first = engine.search(QUERY).hits[0]?.record;
    expect(first, 'the built index answers the query').toBeDefined();
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.getAttribute('[role="option"][aria-selected="true"]', 'id')).toBeTruthy();
    await page.keyboard.press('Enter');

    const [path, hash] = first!.u.split('#');
    await page.waitForURL((url) => url.pathname === path && url.hash === `#${hash}`);
    const target = page.locator(`.${BLOCK.targetClassName}`);
    await target.waitFor();
    expect(await target.getAttribute('id')).toBe(hash);
    // The permalink code marks the target on arrival; the terms are marked by code loaded then.
    await expect.poll(() => target.locator('mark').count()).toBeGreaterThan(0);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe(hash);
    await page.close();
  });

  it('moves with the arrow keys, closes with Escape and keeps recent searches until cleared', async () => {
    const page = await browser.newPage();
    await visit(page, '/', 'networkidle');
    await openDialog(page);
    await page.keyboard.type(QUERY);
    // The reply to the whole query, not to a word still being typed: on a loaded machine a reply
    // to "citizen dat" can arrive after the last key (the list is aria-busy until the last reply).
    await page.locator('[role="listbox"][aria-busy="false"] [role="option"]').first().waitFor();
    await expect.poll(() => page.getByTestId('search-partial').count()).toBe(0);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    const options = await page.getByRole('option').count();
    const selected = await page.locator('[role="option"][aria-selected="true"]').getAttribute('id');
    expect(selected).toMatch(options > 1 ? /option-1$/ : /option-0$/);
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.hash.length > 1);
    await page.locator(`.${BLOCK.targetClassName}`).waitFor();

    await page.keyboard.press('/');
    await page.getByRole('button', { name: QUERY }).waitFor();
    await page.getByRole('button', { name: 'Clear recent searches' }).click();
    await expect.poll(() => page.getByRole('button', { name: QUERY }).count()).toBe(0);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('dialog[open]').count()).toBe(0);
    await page.close();
  });

  it('starts loading the index when the search button first gets focus', async () => {
    const page = await browser.newPage();
    await visit(page, '/', 'networkidle');
    const indexLoaded = page.waitForRequest((request) => /\/search\/index\.[0-9a-f]+\.json$/.test(request.url()));
    await page.getByRole('button', { name: 'Search' }).focus();
    await indexLoaded;
    await page.close();
  });

  it('offers glossary terms in the dialog when nothing matches', async () => {
    const page = await browser.newPage();
    await visit(page, '/', 'networkidle');
    await openDialog(page);
    await page.keyboard.type(NO_MATCH);
    const suggestions = page.getByRole('region', { name: /^No results/ }).getByRole('link');
    await suggestions.first().waitFor();
    expect(await suggestions.first().getAttribute('href')).toMatch(/\/docs\/background\/glossary#term-/);
    expect(await page.getByRole('option').count()).toBe(0);
    await page.close();
  });

  it('names the words that match nothing and shows the results of the others, axe-clean', async () => {
    const page = await browser.newPage();
    await visit(page, '/');
    await openDialog(page);
    await page.keyboard.type(PARTLY_UNKNOWN);
    const notice = page.getByTestId('search-unmatched');
    await notice.waitFor();
    expect(await notice.textContent()).toBe('No match for Brazil; showing results for the other words.');
    expect(await notice.locator('em').textContent()).toBe('Brazil');
    await page.getByRole('option').first().waitFor();
    expect(await page.getByRole('option').count()).toBe(Math.min(20, engine.search(QUERY).total));
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('closes with one press of Escape while the field holds a query, as its footer says', async () => {
    const page = await browser.newPage();
    await visit(page, '/');
    await openDialog(page);
    await page.keyboard.type(QUERY);
    await page.getByRole('option').first().waitFor();
    expect(await page.getByTestId('search-syntax-help').textContent()).toContain('-word');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('dialog[open]').count()).toBe(0);
    await page.close();
  });

  it('says search could not be loaded when its code cannot be fetched, keeps the page, and opens on "Try again" (axe clean)', async () => {
    // A profile without a service worker, so that the route below sees every script request.
    const offline = await launchBrowser({ serviceWorkers: 'block' });
    try {
      const page = await offline.newPage();
      await visit(page, '/docs/definition');
      // The connection drops: the dialog's code was never loaded on this page.
      await page.route('**/*.js', (route) => route.abort('internetdisconnected'));
      await page.getByRole('button', { name: 'Search' }).click();
      const alert = page.getByRole('alert').filter({ hasText: 'Search could not be loaded' });
      await alert.waitFor();
      // The page is still there (before, Docusaurus's top-level boundary replaced it with "This page crashed").
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Definition of citizen data');
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Try again');
      expect(await axeViolations(page)).toEqual([]);

      await page.unroute('**/*.js');
      await page.keyboard.press('Enter');
      await page.getByRole('combobox', { name: 'Search' }).waitFor();
      expect(await alert.count()).toBe(0);
    } finally {
      await offline.close();
    }
  });

  it('opens with what was typed when the search button is clicked before the page has hydrated', async () => {
    const { page, hydrate, close } = await beforeHydration(`${baseUrl}/docs/background`, 'button[aria-keyshortcuts]');
    try {
      await page.waitForFunction((name) => name in window, EARLY_KEYS_GLOBAL);
      await page.locator('button[aria-keyshortcuts]').click();
      await page.keyboard.type('data');
      await hydrate();
      const input = page.getByRole('combobox', { name: 'Search' });
      await input.waitFor();
      await expect.poll(() => input.inputValue()).toBe('data');
    } finally {
      await close();
    }
  });

  it('opens with what was typed when Ctrl+K is pressed before the page has hydrated', async () => {
    const { page, hydrate, close } = await beforeHydration(`${baseUrl}/docs/background`, 'button[aria-keyshortcuts]');
    try {
      await page.waitForFunction((name) => name in window, EARLY_KEYS_GLOBAL);
      await page.keyboard.press('Control+k');
      await page.keyboard.type('data');
      await hydrate();
      const input = page.getByRole('combobox', { name: 'Search' });
      await input.waitFor();
      await expect.poll(() => input.inputValue()).toBe('data');
      await page.getByRole('option').first().waitFor();
    } finally {
      await close();
    }
  });

  it.each(['light', 'dark'] as const)('has no axe violations with the dialog open (%s)', async (colorScheme) => {
    const themed = await launchBrowser({ colorScheme });
    try {
      const page = await themed.newPage();
      await visit(page, '/docs/background', 'networkidle');
      await openDialog(page);
      await page.keyboard.type(QUERY);
      await page.getByRole('option').first().waitFor();
      await page.keyboard.press('ArrowDown');
      expect(await axeViolations(page)).toEqual([]);
    } finally {
      await themed.close();
    }
  });
});

/**
 * Cumulative layout shift of the page so far (shifts not caused by input), and what moved: read
 * from the browser's buffered `layout-shift` entries.
 */
async function layoutShift(page: Page): Promise<{ value: number; moved: string[] }> {
  return page.evaluate(
    () =>
      new Promise<{ value: number; moved: string[] }>((resolve) => {
        type Shift = PerformanceEntry & {
          value: number;
          hadRecentInput: boolean;
          sources: Array<{ node?: Node | null }>;
        };
        const result = { value: 0, moved: [] as string[] };
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as Shift[]) {
            if (entry.hadRecentInput) continue;
            result.value += entry.value;
            for (const source of entry.sources)
              result.moved.push(
                source.node instanceof Element ? source.node.outerHTML.slice(0, 80) : String(source.node?.nodeName),
              );
          }
        }).observe({ type: 'layout-shift', buffered: true });
        // Buffered entries are delivered in the next task.
        setTimeout(() => resolve(result), 0);
      }),
  );
}

describe('search while the index is still arriving', () => {
  /** The built manifest: which file is each part, and what it holds. */
  const manifest = (): SearchManifest =>
    JSON.parse(readFileSync('build/search/manifest.json', 'utf8')) as SearchManifest;
  /**
   * Runs `test` on a page whose index's second part waits until `release`, or is refused with
   * `refuse`, in a browser of its own without the service worker (which would answer from its cache,
   * where routes never see the request), closed afterwards.
   */
  async function withHeldSecondPart(test: (held: HeldPart) => Promise<void>): Promise<void> {
    const browserWithoutSw = await launchBrowser({ serviceWorkers: 'block' });
    try {
      await test(await heldSecondPart(browserWithoutSw));
    } finally {
      await browserWithoutSw.close();
    }
  }
  type HeldPart = Awaited<ReturnType<typeof heldSecondPart>>;
  async function heldSecondPart(browserWithoutSw: Browser) {
    const [first, second] = manifest().parts;
    expect(second, 'the index is published in two parts').toBeDefined();
    const page = await browserWithoutSw.newPage();
    let answer: (status: number) => void = () => undefined;
    let answered = new Promise<number>((resolve) => (answer = resolve));
    const asked: string[] = [];
    await page.route(`**/search/${second!.file}`, async (route) => {
      asked.push(route.request().url());
      const status = await answered;
      if (status === 200) await route.continue();
      else await route.fulfill({ status, body: 'Unavailable' });
    });
    return {
      page,
      first: first!,
      second: second!,
      asked,
      release: () => answer(200),
      refuse: () => answer(503),
      /** After `refuse`: the part is served again, to the next request. */
      recover: () => (answered = Promise.resolve(200)),
    };
  }

  /** Opens the dialog on the home page, types the query and waits for the notice of a part held back. */
  async function searchWhilePartHeld(page: Page): Promise<void> {
    await visit(page, '/');
    await openDialog(page);
    await page.keyboard.type(QUERY);
    await page.getByTestId('search-partial').waitFor();
  }

  it('answers from the Framework’s pages first, says what is still loading, then updates (axe clean)', async () => {
    await withHeldSecondPart(async ({ page, first, second, asked, release }) => {
      await searchWhilePartHeld(page);
      const notice = page.getByTestId('search-partial');
      const kinds = second.types.map((type) => TYPE_LABELS[type]);
      expect(await notice.locator('em').allTextContents()).toEqual(kinds);
      expect(await notice.textContent()).toBe(
        `Still loading ${new Intl.ListFormat('en', { type: 'conjunction' }).format(kinds)}: these results will update when they arrive.`,
      );
      // Results meanwhile come from the first part only.
      const groups = await page.locator('[role="listbox"] [role="group"] > [role="presentation"]').allTextContents();
      expect(groups.length).toBeGreaterThan(0);
      expect(groups.every((label) => first.types.some((type) => TYPE_LABELS[type] === label))).toBe(true);
      // The second part was asked for, and is what is held.
      expect(asked).toHaveLength(1);
      // Screen readers hear it with the count (the notice itself is not read twice).
      const status = page.locator('dialog[open] [role="status"]');
      expect(await status.textContent()).toMatch(
        new RegExp(
          `^\\d+ results Still loading ${kinds.join(' and ')}: these results will update when they arrive\\.$`,
        ),
      );
      expect(await notice.getAttribute('aria-hidden')).toBe('true');
      expect(await axeViolations(page)).toEqual([]);
      release();
      await expect.poll(() => notice.count()).toBe(0);
      const total = engine.search(QUERY).total;
      await expect.poll(() => status.textContent()).toBe(`${total} results`);
    });
  });

  it('keeps the first part’s results, says why when the rest cannot be loaded, and loads it on "Try again"', async () => {
    await withHeldSecondPart(async ({ page, second, asked, refuse, recover }) => {
      await searchWhilePartHeld(page);
      refuse();
      const failed = page.getByTestId('search-partial');
      await expect
        .poll(() => failed.textContent())
        .toContain(
          `could not be loaded, so these results leave them out: Could not load ${baseUrl}/search/${second.file} (HTTP 503).`,
        );
      expect(await failed.textContent()).toMatch(/\(HTTP 503\)\.$/);
      expect(await page.getByRole('option').count()).toBeGreaterThan(0);
      expect(await axeViolations(page)).toEqual([]);

      recover();
      await page.getByRole('button', { name: 'Try again' }).click();
      expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('combobox');
      await expect.poll(() => failed.count()).toBe(0);
      expect(asked).toHaveLength(2);
      const status = page.locator('dialog[open] [role="status"]');
      await expect.poll(() => status.textContent()).toBe(`${engine.search(QUERY).total} results`);
      expect(await page.getByRole('button', { name: 'Try again' }).count()).toBe(0);
    });
  });

  it('has /search show the first part’s results, saying what is still loading, when the rest stalls', async () => {
    await withHeldSecondPart(async ({ page, first }) => {
      await visit(page, `/search?q=${encodeURIComponent(QUERY)}`);
      // Never released: after WHOLE_INDEX_WAIT_MS the page shows what it has.
      const counter = page.getByTestId('search-count');
      await counter.waitFor({ timeout: 30_000 });
      expect(await page.getByTestId('search-partial').textContent()).toMatch(/^Still loading /);
      const partOnly = await SearchEngine.load(JSON.parse(readFileSync(`build/search/${first.file}`, 'utf8')));
      expect(Number(await counter.getAttribute('data-total'))).toBe(partOnly.search(QUERY).total);
      await expect
        .poll(() => page.locator('#fw-live-region').textContent())
        .toMatch(/ for “citizen data” Still loading /);
      expect(await axeViolations(page)).toEqual([]);
    });
  });

  it('has /search wait for the whole index, so that its count and filters cover every result', async () => {
    await withHeldSecondPart(async ({ page, asked, release }) => {
      await visit(page, `/search?q=${encodeURIComponent(QUERY)}`);
      await expect.poll(() => asked.length).toBe(1);
      expect(await page.getByText('Loading the search index…').count()).toBe(1);
      expect(await page.getByTestId('search-count').count()).toBe(0);
      release();
      const counter = page.getByTestId('search-count');
      await counter.waitFor();
      expect(Number(await counter.getAttribute('data-total'))).toBe(engine.search(QUERY, { limit: Infinity }).total);
      expect(await page.getByTestId('search-partial').count()).toBe(0);
    });
  });
});

describe('search page', () => {
  async function count(page: Page): Promise<number> {
    return Number(await page.getByTestId('search-count').getAttribute('data-total'));
  }

  it('keeps the query in the URL and narrows the count with type and provenance filters', async () => {
    const all = engine.search(QUERY, { limit: 1000 });
    const type = all.hits[0]!.record.k;
    const provenance =
      all.hits.find((hit) => hit.record.p !== all.hits[0]!.record.p)?.record.p ?? all.hits[0]!.record.p;
    const byType = engine.search(QUERY, { types: [type] }).total;
    const byProvenance = engine.search(QUERY, { provenances: [provenance] }).total;
    expect(byProvenance).toBeLessThan(all.total);

    const page = await browser.newPage();
    await visit(page, `/search?q=${encodeURIComponent(QUERY)}`);
    await expect.poll(() => count(page)).toBe(all.total);

    await page
      .getByRole('group', { name: 'Content type' })
      .getByRole('checkbox', { name: new RegExp(`^${TYPE_LABELS[type as ContentType]} \\(\\d+\\)$`) })
      .check();
    await expect.poll(() => count(page)).toBe(byType);
    expect(new URL(page.url()).searchParams.getAll('type')).toEqual([type]);
    expect(byType).toBeLessThan(all.total);

    await visit(page, `/search?q=${encodeURIComponent(QUERY)}&provenance=${provenance}`);
    await expect.poll(() => count(page)).toBe(byProvenance);
    expect(
      await page
        .getByRole('checkbox', { name: new RegExp(`^${provenanceLabel(provenance as Provenance)} `) })
        .isChecked(),
    ).toBe(true);
    await page.close();
  });

  it('keeps what was typed and ticked before the page hydrated, and sends it with Enter before then too', async () => {
    const typed = await beforeHydration(`${baseUrl}/search`, '#fw-search-page-input');
    try {
      await typed.page.locator('#fw-search-page-input').fill(QUERY);
      // Before hydration the boxes have no counts yet: their names are the labels alone.
      const principles = typed.page
        .getByRole('group', { name: 'Content type' })
        .getByRole('checkbox', { name: new RegExp(`^${TYPE_LABELS.principle}`) });
      await principles.check();
      await typed.hydrate();
      await expect.poll(() => new URL(typed.page.url()).searchParams.get('q')).toBe(QUERY);
      expect(new URL(typed.page.url()).searchParams.getAll('type')).toEqual(['principle']);
      await expect.poll(() => typed.page.locator('#fw-search-page-input').inputValue()).toBe(QUERY);
      await typed.page.getByText(`for “${QUERY}”`).first().waitFor();
      expect(await principles.isChecked()).toBe(true);
    } finally {
      await typed.close();
    }

    // Enter before hydration: the form goes natively to /search?q=…, which the page then reads.
    const sent = await beforeHydration(`${baseUrl}/search`, '#fw-search-page-input');
    try {
      await sent.page.locator('#fw-search-page-input').fill('glossary');
      await Promise.all([
        sent.page.waitForURL(/\/search\?q=glossary$/, { waitUntil: 'commit' }),
        sent.page.keyboard.press('Enter'),
      ]);
      await sent.hydrate();
      // The field takes the address's query in the render after hydration.
      await expect.poll(() => sent.page.locator('#fw-search-page-input').inputValue()).toBe('glossary');
    } finally {
      await sent.close();
    }
  });

  it('offers glossary terms when nothing matches', async () => {
    const page = await browser.newPage();
    await visit(page, `/search?q=${encodeURIComponent(NO_MATCH)}`);
    await expect.poll(() => count(page)).toBe(0);
    expect(await page.getByTestId('search-unmatched').textContent()).toBe('No match for qqxyzzy, wibblewobble.');
    const suggestions = page.getByRole('list', { name: 'Glossary suggestions' }).getByRole('link');
    expect(await suggestions.count()).toBeGreaterThan(0);
    expect(await suggestions.first().getAttribute('href')).toMatch(/\/docs\/background\/glossary#term-/);
    await page.close();
  });

  it('shows every result, fifty at a time, and says which ones it shows', async () => {
    const total = engine.search('data', { limit: Infinity }).total;
    expect(total, 'the site has more than one page of results for "data"').toBeGreaterThan(50);
    const page = await browser.newPage();
    await visit(page, '/search?q=data');
    const counter = page.getByTestId('search-count');
    await expect.poll(() => count(page)).toBe(total);
    expect(await counter.textContent()).toBe(`Showing results 1–50 of ${total} for “data”`);
    expect(await page.locator('ol li').count()).toBe(50);
    await page.getByRole('button', { name: /^Show \d+ more results$/ }).click();
    await expect.poll(() => page.locator('ol li').count()).toBe(Math.min(100, total));
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('fw-search-result-50');
    // One click per page still hidden, each waiting for its rows: a loop on "is the button still
    // there?" could find it just before the last rows arrived and then wait for it forever.
    const more = page.getByRole('button', { name: /^Show \d+ more results$/ });
    for (let shown = 100; shown < total; shown += 50) {
      await more.click();
      await expect.poll(() => page.locator('ol li').count()).toBe(Math.min(shown + 50, total));
    }
    expect(await more.count()).toBe(0);
    expect(await counter.textContent()).toBe(`${total} results for “data”`);
    await page.close();
  });

  it('shows a filter that can match nothing disabled, with its count', async () => {
    const official = engine.search(QUERY, { provenances: ['official'] }).total;
    expect(official, 'no page is official text yet').toBe(0);
    const page = await browser.newPage();
    await visit(page, `/search?q=${encodeURIComponent(QUERY)}`);
    const box = page.getByRole('checkbox', { name: `${provenanceLabel('official')} (0)` });
    await box.waitFor();
    expect(await box.isDisabled()).toBe(true);
    await page.close();
  });

  it('names the words that match nothing, and does not shift its layout as results arrive', async () => {
    const page = await browser.newPage();
    await visit(page, `/search?q=${encodeURIComponent(PARTLY_UNKNOWN)}`);
    const notice = page.getByTestId('search-unmatched');
    await notice.waitFor();
    expect(await notice.textContent()).toBe('No match for Brazil; showing results for the other words.');
    await expect.poll(() => count(page)).toBe(engine.search(QUERY).total);
    const shift = await layoutShift(page);
    expect(shift.value, JSON.stringify(shift.moved)).toBeLessThan(0.01);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it.each(['light', 'dark'] as const)('has no axe violations (%s)', async (colorScheme) => {
    const themed = await launchBrowser({ colorScheme });
    try {
      const page = await themed.newPage();
      await visit(page, `/search?q=${encodeURIComponent(QUERY)}`);
      await page.getByTestId('search-count').waitFor();
      expect(await axeViolations(page)).toEqual([]);
    } finally {
      await themed.close();
    }
  });

  it('has no axe violations and no layout shift at a phone width, where the search button still has a name', async () => {
    const page = await browser.newPage();
    await page.setViewportSize(PHONE);
    await visit(page, `/search?q=${encodeURIComponent(PARTLY_UNKNOWN)}`);
    await page.getByTestId('search-unmatched').waitFor();
    await expect.poll(() => count(page)).toBe(engine.search(QUERY).total);
    // The results arrive from the search worker after the first paint: nothing moves for them.
    const shift = await layoutShift(page);
    expect(shift.value, JSON.stringify(shift.moved)).toBeLessThan(0.01);
    const button = page.getByRole('button', { name: 'Search', exact: true });
    expect(await button.isVisible()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});

describe.each([
  { name: 'desktop', width: 1280, height: 900 },
  { name: '360 px', width: 360, height: 740 },
])('Enter sends focus to the outcome ($name)', (viewport) => {
  const focusedTestId = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('data-testid'));

  it('from the dialog with no results to the count on /search, then Tab to the glossary terms; Enter on /search too (axe clean)', async () => {
    const page = await browser.newPage();
    await page.setViewportSize({ width: viewport.width, height: viewport.height });
    await visit(page, '/');
    await openDialog(page);
    await page.keyboard.type(NO_MATCH);
    await page.getByRole('region', { name: /^No results/ }).waitFor();
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === '/search' && url.searchParams.get('q') === NO_MATCH);
    await expect.poll(() => focusedTestId(page)).toBe('search-count');
    const counter = page.getByTestId('search-count');
    expect(await counter.getAttribute('data-total')).toBe('0');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('ul')?.getAttribute('aria-label'))).toBe(
      'Glossary suggestions',
    );
    expect(await axeViolations(page)).toEqual([]);

    // On /search itself, Enter in the field moves focus to the new count.
    await page.getByLabel('Search the knowledge base').fill(QUERY);
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedTestId(page)).toBe('search-count');
    expect(Number(await counter.getAttribute('data-total'))).toBe(engine.search(QUERY, { limit: Infinity }).total);
    // Typing on does not pull focus out of the field again.
    await page.getByLabel('Search the knowledge base').focus();
    await page.keyboard.type(' x');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('fw-search-page-input');
    await page.close();
  });
});
