/**
 * The Framework pages in a real Chromium: following links, paragraph permalinks, keyboard access,
 * glossary previews. (axe-core runs once per page type in contentPages.test.ts.)
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { BLOCK } from '../../src/shared/blocks';
import { launchBrowser, type Browser } from './support/browser';

const baseUrl = inject('baseUrl');
let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  page = await browser.newPage();
});

afterAll(async () => {
  await browser?.close();
});

async function open(path: string): Promise<void> {
  await page.goto(`${baseUrl}${path}`);
  await page.waitForSelector('main');
}

describe('reading the Framework by following links', () => {
  it('goes from the home page to the definition to a principle page through links only', async () => {
    await open('/');
    await page.locator('main a[href="/docs/definition"]').first().click();
    await page.waitForURL(`${baseUrl}/docs/definition`);
    await expect.poll(() => page.locator('h1').first().textContent()).toMatch(/definition/i);

    await page.locator('article a[href^="/docs/principles"]').first().click();
    await page.waitForURL(/\/docs\/principles/);
    await expect.poll(() => page.locator('.fw-page-provenance').count()).toBe(1);
  });
});

describe('paragraph permalinks', () => {
  it('highlights the paragraph a link points at, on first load', async () => {
    await open('/docs/definition');
    const id = await page.locator(`article .${BLOCK.className}`).first().getAttribute('id');
    expect(id).toBeTruthy();
    await page.goto(`${baseUrl}/docs/definition#${id}`);
    const block = page.locator(`[id="${id}"]`);
    await expect
      .poll(() =>
        block.evaluate((el, cls) => el.classList.contains(cls) || el.matches(':target'), BLOCK.targetClassName),
      )
      .toBe(true);
    await expect.poll(() => block.evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
  });

  it('highlights a paragraph reached by an in-site link, without reloading the page', async () => {
    await open('/docs/principles/theme-inclusion-and-equity');
    await page.evaluate(() => Object.assign(window, { fwSamePage: true }));
    await page.locator('article a[href="/docs/principles#principles-official-text-pending"]').first().click();
    await page.waitForURL(`${baseUrl}/docs/principles#principles-official-text-pending`);
    const block = page.locator('#principles-official-text-pending');
    await expect.poll(() => block.evaluate((el, cls) => el.classList.contains(cls), BLOCK.targetClassName)).toBe(true);
    // Still the same document: the router navigated, the browser did not reload.
    expect(await page.evaluate(() => (window as unknown as { fwSamePage?: boolean }).fwSamePage)).toBe(true);
  });

  it('reaches the permalink control by keyboard, shows it, and copies the link', async () => {
    await open('/docs/definition');
    let focused = '';
    for (let presses = 0; presses < 150 && focused !== BLOCK.permalinkClassName; presses += 1) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => document.activeElement?.className ?? '');
    }
    expect(focused).toBe(BLOCK.permalinkClassName);
    const control = page.locator(`.${BLOCK.permalinkClassName}:focus`);
    await expect.poll(() => control.evaluate((el) => getComputedStyle(el.parentElement!).opacity)).toBe('1');
    const outline = await control.evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(outline).not.toBe('none');

    const href = await control.getAttribute('href');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => window.location.hash)).toBe(href);
    await expect
      .poll(() => page.evaluate(() => navigator.clipboard.readText()))
      .toBe(`${baseUrl}/docs/definition${href}`);
    await expect.poll(() => page.locator('#fw-live-region').textContent()).toMatch(/copied/i);
  });
});

describe('glossary previews', () => {
  it('shows a term’s definition on keyboard focus and hides it on Escape', async () => {
    await open('/docs/definition');
    const term = page.locator('article a.fw-term').first();
    const definition = await term.getAttribute('data-definition');
    expect(definition).toBeTruthy();
    await term.focus();
    const tooltip = page.locator('#fw-term-tooltip');
    await expect.poll(() => tooltip.isVisible()).toBe(true);
    expect(await tooltip.textContent()).toBe(definition);
    expect(await term.getAttribute('aria-describedby')).toBe('fw-term-tooltip');
    await page.keyboard.press('Escape');
    await expect.poll(() => tooltip.isVisible()).toBe(false);
  });
});

describe('a clean console', () => {
  // Hydration mismatches (React #418) and Content-Security-Policy violations surface here first.
  it.each([
    '/',
    '/docs/definition',
    '/docs/background/glossary',
    '/docs/background/timeline',
    '/search?q=nso',
    '/moderate',
    '/blog',
  ])('%s logs no error and violates no Content-Security-Policy', async (path) => {
    const fresh = await browser.newPage();
    const errors: string[] = [];
    fresh.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    fresh.on('pageerror', (error) => errors.push(error.message));
    await fresh.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) =>
        console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`),
      );
    });
    await fresh.goto(`${baseUrl}${path}`, { waitUntil: 'networkidle' });
    await fresh.close();
    expect(errors).toEqual([]);
  });
});
