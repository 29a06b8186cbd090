/**
 * The navbar from the keyboard and at the smallest phone width: every desktop dropdown ("Start
 * here", the language switcher) closes on Escape with the focus back on its toggle, also when the
 * pointer opened it (src/theme/NavbarItem/DropdownNavbarItem/Desktop); the phone menu's controls,
 * its close button among them (21 × 21 px before), are 24 × 24 px or more at 360 px (WCAG 2.5.8,
 * tests/e2e/support/targetSize.ts).
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, launchBrowser, type Browser } from './support/browser';
import { targetSizeFaults } from './support/targetSize';

const baseUrl = inject('baseUrl');

/** The desktop navbar's dropdown toggles, as the classic theme draws them. */
const TOGGLES = '.navbar__items .dropdown > .navbar__link';

async function hydrated(page: Page, path: string): Promise<void> {
  await page.goto(`${baseUrl}${path}`);
  await page.waitForSelector('html[data-hydrated="true"]', { state: 'attached' });
}

describe('navbar dropdowns on a desktop', () => {
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    browser = await launchBrowser();
    page = await browser.newPage();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('has the dropdowns of docusaurus.config.ts: "Start here" and the language switcher', async () => {
    await hydrated(page, '/docs/definition');
    const labels = await page.locator(TOGGLES).allTextContents();
    expect(labels).toContain('Start here');
    expect(labels).toContain('English');
  });

  it('closes each one on Escape pressed on an item, with the focus back on its toggle', async () => {
    await hydrated(page, '/docs/definition');
    const count = await page.locator(TOGGLES).count();
    expect(count).toBeGreaterThanOrEqual(2);
    for (let index = 0; index < count; index += 1) {
      const toggle = page.locator(TOGGLES).nth(index);
      const label = (await toggle.textContent()) ?? '';
      const firstItem = toggle.locator('xpath=following-sibling::ul[1]/li[1]//a').first();
      await toggle.focus();
      await page.keyboard.press('Enter');
      await firstItem.waitFor({ state: 'visible' });
      expect(await toggle.getAttribute('aria-expanded'), label).toBe('true');
      // The open menu's items too are checked (axe, reflow, target sizes).
      if (index === 0) expect(await axeViolations(page)).toEqual([]);
      await page.keyboard.press('Tab');
      expect(await firstItem.evaluate((item) => item === document.activeElement), label).toBe(true);

      await page.keyboard.press('Escape');
      await firstItem.waitFor({ state: 'hidden' });
      expect(await toggle.getAttribute('aria-expanded'), label).toBe('false');
      expect(await toggle.evaluate((element) => element === document.activeElement), label).toBe(true);
    }
  });

  it('closes one that the pointer opened on Escape, until the pointer leaves it', async () => {
    await hydrated(page, '/docs/definition');
    const toggle = page.locator(TOGGLES).filter({ hasText: 'Start here' });
    const firstItem = toggle.locator('xpath=following-sibling::ul[1]/li[1]//a').first();
    await toggle.hover();
    await firstItem.waitFor({ state: 'visible' });
    await page.keyboard.press('Escape');
    await firstItem.waitFor({ state: 'hidden' });
    // Back on it after leaving: shown on hover again.
    await page.mouse.move(5, 600);
    await toggle.hover();
    await firstItem.waitFor({ state: 'visible' });
  });
});

describe('the phone menu at 360 px', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser({ viewport: { width: 360, height: 740 } });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('has every control 24 × 24 px or more, the close button among them', async () => {
    const page = await browser.newPage();
    await hydrated(page, '/docs/definition');
    expect(await targetSizeFaults(page, '360 px')).toEqual([]);
    await page.getByRole('button', { name: 'Toggle navigation bar' }).click();
    const close = page.getByRole('button', { name: 'Close navigation bar' });
    await close.waitFor();
    const box = await close.boundingBox();
    expect(box?.width).toBeGreaterThanOrEqual(24);
    expect(box?.height).toBeGreaterThanOrEqual(24);
    expect(await targetSizeFaults(page, '360 px, menu open')).toEqual([]);
    await page.close();
  });
});
