/**
 * The content pages a reader lands on first: zero axe-core violations in light and dark mode, at
 * desktop and phone width (axeViolations checks both),
 * the timeline kept as an ordered list, and the register listing the pages that cite a source;
 * on a phone, the menu (drawn after hydration: src/theme/Navbar/MobileSidebar; used from the
 * keyboard: src/components/useMenuFocus.ts) and the links'
 * prefetching (moved to idle time: src/client/prefetch).
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations, launchBrowser, PHONE_VIEWPORT, type Browser } from './support/browser';

const PAGES = [
  '/',
  '/docs/definition',
  '/docs/principles',
  '/docs/principles/theme-inclusion-and-equity',
  '/docs/roadmap/in-practice',
  '/docs/background/timeline',
  '/docs/background/sources',
  '/docs/background/glossary',
  '/blog/2024/02/26/side-event-from-insights-to-action',
  '/blog',
  '/blog/archive',
  '/blog/2025-03-endorsement',
  // The reader's guide (issue 9): the pages people open first when preparing a talk.
  '/docs/at-a-glance',
  '/docs/questions',
  '/docs/known-and-unknown',
  '/docs/citing',
  '/docs/who-is-who',
  '/docs/side-event-focus-areas',
  '/docs/background/how-to-read-our-labels',
  '/docs/enabling-environment',
];

for (const colorScheme of ['light', 'dark'] as const) {
  describe(`content pages in ${colorScheme} mode`, () => {
    let browser: Browser;
    beforeAll(async () => {
      browser = await launchBrowser({ colorScheme });
    });
    afterAll(async () => {
      await browser.close();
    });

    it.each(PAGES)('%s has no axe violations', async (path) => {
      const page = await browser.newPage();
      await page.goto(`${inject('baseUrl')}${path}`);
      await page.waitForSelector('h1');
      expect(await axeViolations(page)).toEqual([]);
      await page.close();
    });
  });
}

describe('timeline, register, and the links that mark where the reader is', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  // `aria-current="page"` says "this link is the page you are on": only the sidebar's link to the
  // page itself may say it. The navbar's "The Framework" is active on every Framework page, and says
  // the page is in its section (`true`), not that it is the page it opens.
  it.each(['/docs/definition', '/docs/principles/theme-inclusion-and-equity'])(
    'on %s, only the link to the page itself is aria-current="page"',
    async (path) => {
      const page = await browser.newPage();
      await page.goto(`${inject('baseUrl')}${path}`);
      await page.waitForSelector('h1');
      const current = await page.$$eval('[aria-current="page"]', (links) =>
        links.map((link) => new URL((link as HTMLAnchorElement).href).pathname),
      );
      expect(current).toEqual([path]);
      await expect
        .poll(() => page.getByRole('link', { name: 'The Framework', exact: true }).getAttribute('aria-current'))
        .toBe('true');
      await page.close();
    },
  );

  it('renders the timeline as one ordered list of dated events', async () => {
    const page = await browser.newPage();
    await page.goto(`${inject('baseUrl')}/docs/background/timeline`);
    const items = page.locator('ol[aria-label^="Timeline"] > li');
    expect(await items.count()).toBeGreaterThan(10);
    expect(await items.first().locator('time').getAttribute('datetime')).toBe('2022-11-10');
    await page.close();
  });

  it('lists the pages that cite a source in the register', async () => {
    const page = await browser.newPage();
    await page.goto(`${inject('baseUrl')}/docs/background/sources#source-iisd-2024-02-14`);
    const entry = page.locator('#source-iisd-2024-02-14');
    await entry.waitFor();
    expect(await entry.getByRole('link', { name: 'Definition of citizen data' }).count()).toBe(1);
    await page.close();
  });
});

describe('on a phone', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser({ viewport: PHONE_VIEWPORT, mobile: true });
  });
  afterAll(async () => {
    await browser.close();
  });

  it('opens the menu on the docs sidebar with the page marked, and follows a link from it', async () => {
    const page = await browser.newPage();
    await page.goto(`${inject('baseUrl')}/docs/principles/theme-inclusion-and-equity`);
    await page.waitForSelector('html[data-hydrated="true"]', { state: 'attached' });
    await page.getByRole('button', { name: 'Toggle navigation bar' }).click();
    const menu = page.locator('.navbar-sidebar');
    // The docs sidebar's part of the menu (the navbar's own items are beside it, hidden).
    const current = menu.locator('.theme-doc-sidebar-menu a[aria-current="page"]');
    await current.waitFor();
    expect(await current.getAttribute('href')).toBe('/docs/principles/theme-inclusion-and-equity');
    await menu.getByRole('link', { name: 'At a glance', exact: true }).click();
    await page.waitForURL('**/docs/at-a-glance');
    await page.waitForSelector('.navbar-sidebar', { state: 'hidden' });
    await page.close();
  });

  it('opens and closes the menu from the keyboard: focus in it, the page behind out of reach, Escape (axe clean)', async () => {
    const page = await browser.newPage();
    await page.goto(`${inject('baseUrl')}/docs/definition`);
    await page.waitForSelector('html[data-hydrated="true"]', { state: 'attached' });
    const focused = () =>
      page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent);
    await page.getByRole('button', { name: 'Toggle navigation bar' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(focused).toBe('Close navigation bar');
    // Tab stays in the menu: the page behind is inert.
    for (let i = 0; i < 5; i += 1) {
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => Boolean(document.activeElement?.closest('.navbar-sidebar')))).toBe(true);
    }
    expect(await axeViolations(page)).toEqual([]);
    // To the main menu: the focus follows into the panel shown, never to the page's body.
    await page.getByRole('button', { name: '← Back to main menu' }).focus();
    await page.keyboard.press('Enter');
    // The main menu's first control has the focus: in the panel shown, not inert, not the body.
    await expect
      .poll(() =>
        page.evaluate(() => {
          const focused = document.activeElement;
          return focused?.closest('.navbar-sidebar__item:not([inert])') ? focused.textContent : null;
        }),
      )
      .not.toMatch(/^(← Back to main menu)?$/);
    await page.keyboard.press('Escape');
    await page.waitForSelector('.navbar-sidebar', { state: 'hidden' });
    expect(await focused()).toBe('Toggle navigation bar');
    // Nothing outside the menu stays inert (inside it, the theme makes its hidden panel inert).
    expect(await page.locator('[inert]:not(.navbar-sidebar *)').count()).toBe(0);
    await page.close();
  });

  it('still prefetches the code of the links in view, once the page is idle', async () => {
    const page = await browser.newPage();
    await page.goto(`${inject('baseUrl')}/docs/definition`);
    await page.waitForSelector('html[data-hydrated="true"]', { state: 'attached' });
    // A chunk of a page linked from the text in view (Docusaurus names each chunk's file by hash).
    await page.waitForFunction(() => document.querySelectorAll('link[rel="prefetch"][href*="/assets/js/"]').length > 0);
    await page.close();
  });
});
