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
 * itself applies again.
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
  '/ar/search?q=participation': SEARCH_READY,
};
/**
 * The other languages' pages are held to the same budget (issue 14): they carry the interface
 * translations every page shows in main.js, and a translated page its own text.
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
  // Arabic has the most interface text in main.js of the four languages.
  ['Arabic home', '/ar/', 'home'],
  ['Arabic search', '/ar/search?q=participation', 'home'],
];

type Measure = `${'js' | 'css'} ${'gzip' | 'brotli'}`;

/**
 * Ceilings (bytes) for page types over budget, each the figure measured when listed, rounded up to
 * the next KiB, plus one. None is listed: every page type, in every language, is within the budget,
 * service worker included (sw.js and its cleanup script, 5.9 KB gzip, fetched on every first visit
 * after the page's load event). What brought them back:
 * - the syntax highlighter (prism-react-renderer and Prism's language table, about 35 KB gzip) loads
 *   only on pages with code (src/plugins/codeHighlighting, src/theme/MDXComponents/Code.tsx);
 * - a locale's interface strings load with the features that show them, and main.js keeps the rest
 *   (src/plugins/codeTranslationGroups): 8.4 KB gzip less in French, 10.4 KB in Arabic, which pays
 *   for the search worker's dynamic pruning on the French search page (measured 2026-11-30 at
 *   173887 B gzip and 149001 B brotli, 7.5 and 6.3 KB under);
 * - the translated glossary's terms come from the page's metadata (src/plugins/docs), without the
 *   English definitions or the translation records.
 */
const NOT_YET_WITHIN_BUDGET: Readonly<Record<string, Partial<Record<Measure, number>>>> = {};

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
