/**
 * First-load byte budgets: for each page type, the JavaScript and the CSS a reader's browser
 * fetches on a first visit, gzip and brotli, may exceed the plain classic Docusaurus 3.10.2 site's
 * page of the same kind by at most 10 KB each. Sizes come from the built files (deterministic);
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
const READY: Record<string, string> = { '/search?q=participation': '[data-testid="search-count"]' };
const PAGE_TYPES: [string, string, PlainPageType][] = [
  ['home', '/', 'home'],
  ['definition', '/docs/definition', 'doc'],
  ['principle', '/docs/principles/theme-participation-and-collaboration', 'doc'],
  ['glossary', '/docs/background/glossary', 'doc'],
  ['blog index', '/blog', 'blog index'],
  ['blog post', '/blog/2024/02/26/side-event-from-insights-to-action', 'blog post'],
  ['search', '/search?q=participation', 'home'],
];

type Measure = `${'js' | 'css'} ${'gzip' | 'brotli'}`;

/**
 * Ceilings (bytes) for the pages over budget, each the figure measured on 2026-11-30 rounded up to
 * the next KiB. Docs pages carry the content graph, the page's sources, its own MDX content and
 * the comment entry (pageComments.ts); /search needs its engine and FlexSearch to show results
 * (about 26 KB gzip above the shell, of which 21 KB is the search worker: FlexSearch's compact
 * build alone is 10 KB; its ceiling was raised by 1 KiB for the ranking rules that took page top-1
 * from 78 % to 90 %, and by 1 KiB gzip for the worker's runtime and message layer, which keep
 * typing from waiting on a query). The principle and glossary pages' gzip ceilings were raised
 * by 1 KiB when the measurement stopped letting an earlier page's service worker hide requests:
 * the comment client's API chunk, which a first visit fetches, is now counted. Lower a ceiling
 * whenever a change makes a page smaller.
 */
const NOT_YET_WITHIN_BUDGET: Readonly<Record<string, Partial<Record<Measure, number>>>> = {
  '/docs/definition': { 'js gzip': 203776, 'js brotli': 173056 },
  '/docs/principles/theme-participation-and-collaboration': { 'js gzip': 201728, 'js brotli': 171008 },
  '/docs/background/glossary': { 'js gzip': 212992, 'js brotli': 180224 },
  '/search?q=participation': { 'js gzip': 189440, 'js brotli': 160768 },
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
