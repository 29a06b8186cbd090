/**
 * First-load byte budgets: for each page type, the JavaScript and the CSS a reader's browser
 * fetches on a first visit (workers included), gzip and brotli, may exceed the plain classic
 * Docusaurus 3.10.2 site's page of the same kind by at most 10 KB each. Sizes come from the built files (deterministic);
 * the browser only tells which files a visit loads (tests/e2e/support/firstLoad.ts). The plain
 * figures are committed in tests/built/plainBaseline.json, measured the same way by
 * `tsx scripts/plainSite.ts --baseline`. Features load where they are used, not up front.
 *
 * Page types not yet within the budget are listed in NOT_YET_WITHIN_BUDGET with the figure they
 * had when listed: until they come back within it, their first load may not grow past that figure,
 * and once a page is within budget its entry's test fails, so the entry is deleted and the budget
 * itself applies again. Issue 13 stays open while the list has entries.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { PlainBaseline, PlainPageType } from '../../scripts/plainSite';
import { launchBrowser, type Browser } from './support/browser';
import { firstLoad, type FirstLoad } from './support/firstLoad';

const BUILD = path.resolve(__dirname, '../../build');
const BUDGET_BYTES = 10 * 1024;
const baseline = JSON.parse(
  readFileSync(path.resolve(__dirname, '../built/plainBaseline.json'), 'utf8'),
) as PlainBaseline;

/**
 * Each page type, one page of it, and the plain site's page of the same kind. The search page is
 * measured once it shows its result count: its worker (script and chunks) and the index are
 * fetched by then, and counted.
 */
const SEARCH_READY = '[data-testid="search-count"]';
const READY: Record<string, string> = {
  '/search?q=participation': SEARCH_READY,
  '/fr/search?q=participation': SEARCH_READY,
};
/**
 * The other languages' pages are held to the same budget (issue 14): they carry their interface
 * translations in main.js, and a translated page its own text.
 */
const PAGE_TYPES: [string, string, PlainPageType][] = [
  ['home', '/', 'home'],
  ['definition', '/docs/definition', 'doc'],
  ['principle', '/docs/principles/theme-participation-and-collaboration', 'doc'],
  ['glossary', '/docs/background/glossary', 'doc'],
  ['blog index', '/blog', 'blog index'],
  ['blog post', '/blog/2024/02/26/side-event-from-insights-to-action', 'blog post'],
  ['search', '/search?q=participation', 'home'],
  ['Spanish home', '/es/', 'home'],
  ['French definition', '/fr/docs/definition', 'doc'],
  ['Arabic definition', '/ar/docs/definition', 'doc'],
  ['Arabic glossary', '/ar/docs/background/glossary', 'doc'],
  ['French page not yet translated', '/fr/docs/roadmap', 'doc'],
  ['French search', '/fr/search?q=participation', 'home'],
];

type Measure = `${'js' | 'css'} ${'gzip' | 'brotli'}`;

/**
 * Ceilings (bytes) for page types over budget, each the figure measured when listed, rounded up to
 * the next KiB, plus one. Every other page type, in every language, is within the budget, service
 * worker included (sw.js and its cleanup script, 5.9 KB gzip, fetched on every first visit after
 * the page's load event). What brought the docs pages back: the syntax highlighter
 * (prism-react-renderer and Prism's language table, about 35 KB gzip) no longer loads on pages
 * without code (src/plugins/codeHighlighting, src/theme/MDXComponents/Code.tsx), which pays for the
 * other languages' interface translations in main.js (about 12.8 KB gzip in French, 15.7 KB in
 * Arabic). The Arabic glossary is 0.8 KB gzip under: its terms come from the page's metadata
 * (src/plugins/docs), without the English definitions or the translation records.
 *
 * The French search page is over by 0.7 KB gzip and 1.0 KB brotli (measured 2026-11-30 at 182271 B
 * and 156493 B): it carries the search worker, which grew by the dynamic pruning that keeps queries
 * fast on ten times the content (src/shared/search/postings.ts), beside the French interface
 * strings in main.js. The lever is the latter: most of those strings belong to features that load
 * later (comment panel, moderation, event pages) and could load with them.
 */
const NOT_YET_WITHIN_BUDGET: Readonly<Record<string, Partial<Record<Measure, number>>>> = {
  '/fr/search?q=participation': { 'js gzip': 184320, 'js brotli': 157696 },
};

let browser: Browser;
const measured = new Map<string, FirstLoad>();
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

describe.each(PAGE_TYPES)('first load of the %s page (%s)', (_type, pagePath, plainType) => {
  const plain = baseline.pages[plainType];
  it.each([
    ['js', 'gzip'],
    ['js', 'brotli'],
    ['css', 'gzip'],
    ['css', 'brotli'],
  ] as const)(
    `%s %s: within 10 KB of plain Docusaurus's ${plainType} page, or not above its listed ceiling`,
    async (kind, encoding) => {
      if (!measured.has(pagePath))
        measured.set(
          pagePath,
          await firstLoad(browser, inject('baseUrl'), pagePath, BUILD, { ready: READY[pagePath] }),
        );
      const ours = measured.get(pagePath)!;
      const budget = plain[kind][encoding] + BUDGET_BYTES;
      const ceiling = NOT_YET_WITHIN_BUDGET[pagePath]?.[`${kind} ${encoding}`];
      const figures = `${kind} ${encoding}: ${ours[kind][encoding]} B, plain ${plain[kind][encoding]} B + ${BUDGET_BYTES} B allowed = ${budget} B; files: ${ours.files.join(', ')}`;
      if (ceiling === undefined) {
        expect(ours[kind][encoding], figures).toBeLessThanOrEqual(budget);
        return;
      }
      expect(
        ours[kind][encoding],
        `${figures}; over budget, and grown past its listed ceiling of ${ceiling} B`,
      ).toBeLessThanOrEqual(ceiling);
      expect(
        ours[kind][encoding],
        `${figures}; now within budget: delete its NOT_YET_WITHIN_BUDGET entry`,
      ).toBeGreaterThan(budget);
    },
  );
});
