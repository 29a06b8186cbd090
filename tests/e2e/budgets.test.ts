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

/** Each page type, one page of it, and the plain site's page of the same kind. */
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
 * (about 25 KB gzip above the shell; its ceiling was raised by 1 KiB for the ranking rules that
 * took page top-1 from 78 % to 90 %). Lower a ceiling whenever a change makes a page smaller.
 */
const NOT_YET_WITHIN_BUDGET: Readonly<Record<string, Partial<Record<Measure, number>>>> = {
  // Raised on 2026-11-30 (issue 14) by what the languages cost every English page: the navbar's
  // language switcher (Docusaurus's LocaleDropdownNavbarItem) and the locale metadata in the main
  // bundle, and on docs pages the translation notice (the glossary also its translated block
  // labels); the blog post moved from 242 B under its budget to 242 B over. Measured 204603/173376,
  // 202234/171390, 213812/180946, 188849 and 189638 B.
  '/docs/definition': { 'js gzip': 205824, 'js brotli': 174080 },
  '/docs/principles/theme-participation-and-collaboration': { 'js gzip': 202752, 'js brotli': 172032 },
  '/docs/background/glossary': { 'js gzip': 214016, 'js brotli': 181248 },
  '/search?q=participation': { 'js gzip': 189440, 'js brotli': 160768 },
  '/blog/2024/02/26/side-event-from-insights-to-action': { 'js gzip': 190464 },
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
      if (!measured.has(pagePath)) measured.set(pagePath, await firstLoad(browser, inject('baseUrl'), pagePath, BUILD));
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
