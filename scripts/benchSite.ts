/**
 * `npm run bench:site`: what a reader's browser downloads on first load of each page type, and how
 * long the site takes to build.
 *
 * It builds the site (timed; pass --no-build to reuse ./build), starts the product server on a
 * loopback port, opens each page in Chromium and records every JavaScript and CSS response until
 * the network is idle. Figures are raw and gzip (-9) bytes. The reference is the main bundle of a
 * plain classic Docusaurus 3.10.2 site on this machine: 151,758 B gzip
 * (shared/reference/baseline.md §1); the issue's budget is +10 KB gzip over it.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { launchBrowser } from '../tests/e2e/support/browser';
import { startServerProcess } from '../tests/e2e/support/process';

const PLAIN_CLASSIC_MAIN_GZIP = 151_758;
const BUDGET_GZIP = 10 * 1024;

interface Transfer {
  url: string;
  kind: 'js' | 'css';
  raw: number;
  gzip: number;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

function timedBuild(): number {
  const started = process.hrtime.bigint();
  execFileSync('npx', ['docusaurus', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
  return Number(process.hrtime.bigint() - started) / 1e9;
}

async function main(): Promise<void> {
  const buildSeconds = process.argv.includes('--no-build') ? undefined : timedBuild();
  const dataDir = mkdtempSync(path.join(tmpdir(), 'fw-bench-site-'));
  const server = await startServerProcess({ dataDir, env: { MODERATOR_TOKEN: 'bench-site-token-0123456789' } });
  const baseUrl = server.baseUrl;
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    await page.goto(`${baseUrl}/docs/principles`);
    const principle = (await firstHref(page, 'article a[href^="/docs/principles/"]')) ?? '/docs/principles';
    await page.goto(`${baseUrl}/blog`);
    const post = (await firstHref(page, 'article h2 a')) ?? '/blog';
    await page.close();

    const pageTypes: Record<string, string> = {
      home: '/',
      definition: '/docs/definition',
      principle,
      'enabling environment': '/docs/enabling-environment',
      roadmap: '/docs/roadmap',
      glossary: '/docs/background/glossary',
      'blog post': post,
    };

    console.log(
      `Build time: ${buildSeconds === undefined ? 'skipped (--no-build)' : `${buildSeconds.toFixed(1)} s`}\n`,
    );
    console.log(
      'First load, per page type (JavaScript and CSS fetched until the network is idle, idle-time prefetches of linked pages excluded):\n',
    );
    console.log(['page type'.padEnd(22), 'JS raw', 'JS gzip', 'CSS raw', 'CSS gzip', 'files'].join('\t'));
    let mainGzip = 0;
    for (const [type, url] of Object.entries(pageTypes)) {
      const transfers = await firstLoad(browser, `${baseUrl}${url}`);
      const sum = (kind: Transfer['kind'], key: 'raw' | 'gzip') =>
        transfers.filter((t) => t.kind === kind).reduce((total, t) => total + t[key], 0);
      mainGzip = Math.max(
        mainGzip,
        ...transfers.filter((t) => /\/main\.[0-9a-f]+\.js$/.test(t.url)).map((t) => t.gzip),
      );
      console.log(
        [
          type.padEnd(22),
          kb(sum('js', 'raw')),
          kb(sum('js', 'gzip')),
          kb(sum('css', 'raw')),
          kb(sum('css', 'gzip')),
          transfers.length,
        ].join('\t'),
      );
    }
    const delta = mainGzip - PLAIN_CLASSIC_MAIN_GZIP;
    console.log(
      `\nmain bundle: ${kb(mainGzip)} gzip; plain classic Docusaurus 3.10.2: ${kb(PLAIN_CLASSIC_MAIN_GZIP)} gzip; difference ${delta >= 0 ? '+' : ''}${kb(delta)} (budget +${kb(BUDGET_GZIP)}): ${delta <= BUDGET_GZIP ? 'within budget' : 'OVER BUDGET'}`,
    );
  } finally {
    await browser.close();
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

function firstHref(page: Page, selector: string): Promise<string | null> {
  return page.evaluate((css) => document.querySelector(css)?.getAttribute('href') ?? null, selector);
}

async function firstLoad(browser: Awaited<ReturnType<typeof launchBrowser>>, url: string): Promise<Transfer[]> {
  const page = await browser.newPage();
  const transfers: Promise<Transfer | null>[] = [];
  page.on('response', (response) => {
    const kind = /\.js(\?|$)/.test(response.url()) ? 'js' : /\.css(\?|$)/.test(response.url()) ? 'css' : null;
    // Docusaurus prefetches the chunks of linked pages when the browser is idle: not first load.
    const prefetched = response.request().headers()['sec-purpose']?.includes('prefetch');
    if (!kind || prefetched) return;
    transfers.push(
      response.body().then(
        (body) => ({ url: response.url(), kind, raw: body.length, gzip: gzipSync(body, { level: 9 }).length }),
        () => null,
      ),
    );
  });
  // A fresh page has an empty memory cache; the disk cache is disabled through the protocol.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await page.goto(url, { waitUntil: 'networkidle' });
  const result = (await Promise.all(transfers)).filter((t): t is Transfer => t !== null);
  await page.close();
  return result;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
