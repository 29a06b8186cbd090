/**
 * First-load byte budgets: for each page type, the JavaScript and the CSS a reader's browser
 * fetches on a first visit, gzip and brotli, may exceed the plain classic Docusaurus 3.10.2 site's
 * page of the same kind by at most 10 KB each. Sizes come from the built files (deterministic);
 * the browser only tells which files a visit loads (tests/e2e/support/firstLoad.ts). The plain
 * figures are committed in tests/built/plainBaseline.json, measured the same way by
 * `tsx scripts/plainSite.ts --baseline`. Features load where they are used, not up front.
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
  ] as const)(`%s %s is within 10 KB of plain Docusaurus's ${plainType} page`, async (kind, encoding) => {
    if (!measured.has(pagePath)) measured.set(pagePath, await firstLoad(browser, inject('baseUrl'), pagePath, BUILD));
    const ours = measured.get(pagePath)!;
    expect(
      ours[kind][encoding],
      `${kind} ${encoding}: ${ours[kind][encoding]} B, plain ${plain[kind][encoding]} B + ${BUDGET_BYTES} B allowed; files: ${ours.files.join(', ')}`,
    ).toBeLessThanOrEqual(plain[kind][encoding] + BUDGET_BYTES);
  });
});
