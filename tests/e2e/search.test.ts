/**
 * Search in Chromium, keyboard only: the index loads on first open (never on page load), a
 * result opens at its paragraph with the terms highlighted, `/search` filters change the count,
 * the no-result state offers glossary terms, and axe finds nothing in light and dark mode.
 * Expected results come from the same engine run in Node on the same built index.
 */
import { provenanceLabel, TYPE_LABELS } from '../../src/shared/search/labels';
import type { ContentType } from '../../src/shared/contentModel';
import type { Provenance } from '../../src/shared/paragraphId';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page, Request } from 'playwright-core';
import { axeViolations, launchBrowser, type Browser } from './support/browser';
import { loadBuiltIndex } from '../../src/plugins/search/loadBuiltIndex';
import type { SearchEngine } from '../../src/shared/search/engine';
import { BLOCK } from '../../src/shared/blocks';

const INDEX_REQUEST = /\/search\/(?:manifest|index\.[0-9a-f]+)\.json$/;
/** A string only FlexSearch's code contains (its option name), to find the chunk that carries it. */
const FLEXSEARCH_MARK = 'fastupdate';
const QUERY = 'citizen data';
const NO_MATCH = 'qqxyzzy wibblewobble';

let browser: Browser;
let engine: SearchEngine;
const baseUrl = inject('baseUrl');

beforeAll(async () => {
  engine = (await loadBuiltIndex('build')).engine;
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

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
    await page.goto(`${baseUrl}/docs/background`, { waitUntil: 'networkidle' });
    expect(requests.filter((url) => INDEX_REQUEST.test(url))).toEqual([]);
    const firstLoad = [...scripts].filter(([, body]) => body.includes(FLEXSEARCH_MARK)).map(([url]) => url);
    expect(firstLoad, 'FlexSearch is not part of the first load').toEqual([]);

    const indexLoaded = page.waitForRequest((request) => /\/search\/index\.[0-9a-f]+\.json$/.test(request.url()));
    await openDialog(page);
    await indexLoaded;
    await expect.poll(() => [...scripts.values()].some((body) => body.includes(FLEXSEARCH_MARK))).toBe(true);

    await page.keyboard.type(QUERY);
    await page.getByRole('option').first().waitFor();
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
    expect(await target.locator('mark').count()).toBeGreaterThan(0);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe(hash);
    await page.close();
  });

  it('moves with the arrow keys, closes with Escape and keeps recent searches until cleared', async () => {
    const page = await browser.newPage();
    await page.goto(`${baseUrl}/`, { waitUntil: 'networkidle' });
    await openDialog(page);
    await page.keyboard.type(QUERY);
    await page.getByRole('option').first().waitFor();
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
    await page.goto(`${baseUrl}/`, { waitUntil: 'networkidle' });
    const indexLoaded = page.waitForRequest((request) => /\/search\/index\.[0-9a-f]+\.json$/.test(request.url()));
    await page.getByRole('button', { name: 'Search' }).focus();
    await indexLoaded;
    await page.close();
  });

  it('offers glossary terms in the dialog when nothing matches', async () => {
    const page = await browser.newPage();
    await page.goto(`${baseUrl}/`, { waitUntil: 'networkidle' });
    await openDialog(page);
    await page.keyboard.type(NO_MATCH);
    const suggestions = page.getByRole('region', { name: /^No results/ }).getByRole('link');
    await suggestions.first().waitFor();
    expect(await suggestions.first().getAttribute('href')).toMatch(/\/docs\/background\/glossary#term-/);
    expect(await page.getByRole('option').count()).toBe(0);
    await page.close();
  });

  it.each(['light', 'dark'] as const)('has no axe violations with the dialog open (%s)', async (colorScheme) => {
    const themed = await launchBrowser({ colorScheme });
    try {
      const page = await themed.newPage();
      await page.goto(`${baseUrl}/docs/background`, { waitUntil: 'networkidle' });
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

describe('search page', () => {
  async function count(page: Page): Promise<number> {
    const text = await page.getByTestId('search-count').textContent();
    return Number(/^(\d+)/.exec(text ?? '')?.[1]);
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
    await page.goto(`${baseUrl}/search?q=${encodeURIComponent(QUERY)}`);
    await expect.poll(() => count(page)).toBe(all.total);

    await page
      .getByRole('group', { name: 'Content type' })
      .getByRole('checkbox', { name: new RegExp(`^${TYPE_LABELS[type as ContentType]}$`) })
      .check();
    await expect.poll(() => count(page)).toBe(byType);
    expect(new URL(page.url()).searchParams.getAll('type')).toEqual([type]);
    expect(byType).toBeLessThan(all.total);

    await page.goto(`${baseUrl}/search?q=${encodeURIComponent(QUERY)}&provenance=${provenance}`);
    await expect.poll(() => count(page)).toBe(byProvenance);
    expect(await page.getByRole('checkbox', { name: provenanceLabel(provenance as Provenance) }).isChecked()).toBe(
      true,
    );
    await page.close();
  });

  it('offers glossary terms when nothing matches', async () => {
    const page = await browser.newPage();
    await page.goto(`${baseUrl}/search?q=${encodeURIComponent(NO_MATCH)}`);
    await expect.poll(() => count(page)).toBe(0);
    const suggestions = page.getByRole('list', { name: 'Glossary suggestions' }).getByRole('link');
    expect(await suggestions.count()).toBeGreaterThan(0);
    expect(await suggestions.first().getAttribute('href')).toMatch(/\/docs\/background\/glossary#term-/);
    await page.close();
  });

  it.each(['light', 'dark'] as const)('has no axe violations (%s)', async (colorScheme) => {
    const themed = await launchBrowser({ colorScheme });
    try {
      const page = await themed.newPage();
      await page.goto(`${baseUrl}/search?q=${encodeURIComponent(QUERY)}`);
      await page.getByTestId('search-count').waitFor();
      expect(await axeViolations(page)).toEqual([]);
    } finally {
      await themed.close();
    }
  });
});
