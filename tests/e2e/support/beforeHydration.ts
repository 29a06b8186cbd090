/**
 * A page seen as on a slow phone: server-rendered and shown, but its main bundle held back, so not
 * hydrated until `hydrate()`. For what readers do in that second or more: a click, a shortcut, a
 * form filled in. In a profile without a service worker, whose cache could serve main.js past the
 * route that holds it back.
 */
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { launchBrowser } from './browser';

/** Set on <html> once React has hydrated the page: the app-ready signal (src/client/search/appReady.ts). */
export const HYDRATED = 'html[data-hydrated="true"]';

/**
 * @param url - the page's full address
 * @param waitFor - an element of the static HTML to wait for (deferred scripts hold DOMContentLoaded
 *   back, so the usual load events do not come)
 */
export async function beforeHydration(
  url: string,
  waitFor: string,
): Promise<{ page: Page; hydrate: () => Promise<void>; close: () => Promise<void> }> {
  const held = await launchBrowser({ serviceWorkers: 'block' });
  const page = await held.newPage();
  let release: () => void = () => undefined;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/js\/main\.[0-9a-f]+\.js$/, async (route) => {
    await released;
    await route.continue();
  });
  await page.goto(url, { waitUntil: 'commit' });
  await page.locator(waitFor).waitFor({ state: 'attached' });
  expect(await page.locator(HYDRATED).count()).toBe(0);
  return {
    page,
    hydrate: async () => {
      release();
      await page.waitForSelector(HYDRATED, { state: 'attached' });
    },
    close: () => held.close(),
  };
}
