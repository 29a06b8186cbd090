/**
 * The offline journey, in Chromium against a server of its own (so "offline" can be real: the
 * server is stopped and the browser told it is offline): visit the Framework, the glossary and a
 * search online; go offline; navigate, search and write a comment; come back online; the comment
 * arrives once. Also: a new build's worker drops the old build's caches (no stale page).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pendingComments } from '../fixtures/comments/service';
import { launchBrowser, type Browser } from './support/browser';
import { startServerProcess, type ServerProcess } from './support/process';

const TOKEN = 'e2e-offline-moderator-token-0123456789';
const PAGE = '/docs/definition';
const GLOSSARY = '/docs/background/glossary';
const SEARCH = '/search?q=participation';
const BODY = `Written on a train without a connection (${Date.now().toString(36)}).`;

let dataDir: string;
let server: ServerProcess;
let browser: Browser;
let page: Page;

const start = (port?: number) =>
  startServerProcess({ dataDir, port, env: { MODERATOR_TOKEN: TOKEN, RATE_LIMIT_WRITES_PER_MINUTE: '1000' } });
const url = (pagePath: string) => `${server.baseUrl}${pagePath}`;
const searchResults = (target: Page) => target.getByRole('main').locator('ol > li a');

async function visit(pagePath: string, ready: string): Promise<void> {
  await page.goto(url(pagePath));
  await page.locator(ready).first().waitFor();
}

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'fw-e2e-offline-'));
  server = await start();
  browser = await launchBrowser();
  page = await browser.newPage();
  await visit(PAGE, 'article h1');
  // The worker registers after load and takes control at once (clientsClaim); from then on, what
  // the reader fetches is kept for offline use.
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('offline', () => {
  it(
    'keeps visited pages, search and a comment written offline, and sends the comment once',
    { timeout: 240_000 },
    async () => {
      // Online: read the Framework page (and open its comment panel once), the glossary, a search.
      await visit(PAGE, 'article h1');
      await page.locator('button.fw-comment-button').first().click();
      await page.locator('dialog[open] form').last().waitFor();
      await page.keyboard.press('Escape');
      await visit(GLOSSARY, 'article h1');
      await visit(SEARCH, 'main ol > li a');
      const onlineResults = await searchResults(page).allTextContents();
      expect(onlineResults.length).toBeGreaterThan(0);

      // Offline: the server is gone and the browser knows it.
      const port = server.port;
      await server.stop();
      await browser.context.setOffline(true);
      await visit(GLOSSARY, 'article h1');
      expect(await page.locator('article h1').textContent()).toMatch(/Glossary/i);
      await visit(SEARCH, 'main ol > li a');
      expect(await searchResults(page).allTextContents()).toEqual(onlineResults);

      await visit(PAGE, 'article h1');
      await page.locator('button.fw-comment-button').first().click();
      const form = page.locator('dialog[open] form').last();
      await form.getByLabel(/^Your comment/).fill(BODY);
      await form.getByLabel(/^Name shown with your comment/).fill('Offline Reader');
      await form.getByLabel(/^You are commenting as/).selectOption('nso');
      await form.getByLabel(/^Side-event focus area/).selectOption('practicality');
      await form.getByLabel(/^Type of comment/).selectOption('question');
      await form.getByRole('button', { name: /^Send comment/ }).click();
      await page
        .getByText(/You are offline\. Your comment is saved in this browser/)
        .first()
        .waitFor();
      expect(await page.evaluate(() => localStorage.getItem('fw-comments-outbox'))).toContain(BODY);

      // Back online: the same server (same port, same database) and the browser's online event.
      server = await start(port);
      await browser.context.setOffline(false);
      await expect
        .poll(() => page.evaluate(() => localStorage.getItem('fw-comments-outbox')), { timeout: 30_000 })
        .toBeNull();
      // A reload flushes again if anything were left; nothing is, so nothing is sent twice.
      await visit(PAGE, 'article h1');
      const arrived = (await pendingComments(server.baseUrl, TOKEN)).filter((c) => c.body === BODY);
      expect(arrived).toHaveLength(1);
    },
  );

  it('names every cache after the build, so a new build replaces them', async () => {
    const names = await page.evaluate(() => caches.keys());
    expect(names.length).toBeGreaterThan(0);
    const prefixes = new Set(names.map((name) => /^fw-[0-9a-f]{12}-/.exec(name)?.[0]));
    expect([...prefixes]).toHaveLength(1);
    expect([...prefixes][0]).toMatch(/^fw-[0-9a-f]{12}-$/);
  });
});

describe('offline, from the first page a reader opens', () => {
  /** Whether some cache of the worker holds `pagePath`. */
  const kept = (tab: Page, pagePath: string) => () =>
    tab.evaluate(async (wanted) => {
      for (const name of await caches.keys()) if (await (await caches.open(name)).match(wanted)) return true;
      return false;
    }, pagePath);

  it(
    'keeps the page landed on by a short link and a page reached by a link, with their files, for a reload offline',
    { timeout: 180_000 },
    async () => {
      // A new reader (a profile of its own): the landing page loads before any worker exists.
      const reader = await launchBrowser();
      try {
        const tab = await reader.newPage();
        await tab.goto(url('/p/definition-who'));
        await tab.locator('article h1').waitFor();
        await tab.waitForFunction(() => navigator.serviceWorker.controller !== null);
        await expect.poll(kept(tab, PAGE), { timeout: 30_000 }).toBe(true);
        const files = await tab.evaluate(() =>
          [...document.querySelectorAll<HTMLScriptElement | HTMLLinkElement>('script[src], link[rel=stylesheet]')].map(
            (element) => new URL('src' in element ? element.src : element.href).pathname,
          ),
        );
        expect(files.length).toBeGreaterThan(1);
        for (const file of files) await expect.poll(kept(tab, file), { timeout: 30_000 }).toBe(true);

        // Read on by a link: the site renders the page without asking the server for it.
        await tab.locator('article a[href="/docs/definition/who-is-a-citizen"]').first().click();
        await tab.waitForURL(/\/docs\/definition\/who-is-a-citizen$/);
        await expect.poll(kept(tab, '/docs/definition/who-is-a-citizen'), { timeout: 30_000 }).toBe(true);

        await reader.context.setOffline(true);
        for (const pagePath of ['/docs/definition/who-is-a-citizen', '/docs/definition#definition-who']) {
          await tab.goto(url(pagePath));
          await tab.locator('html[data-hydrated="true"] article h1').waitFor();
          // Styled and running: every stylesheet loaded from the cache.
          const unstyled = await tab.evaluate(
            () =>
              [...document.querySelectorAll<HTMLLinkElement>('link[rel=stylesheet]')].filter((link) => !link.sheet)
                .length,
          );
          expect(unstyled, pagePath).toBe(0);
        }
      } finally {
        await reader.context.setOffline(false);
        await reader.close();
      }
    },
  );
});
