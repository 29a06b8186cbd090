/**
 * `npm run bench:site`: what a reader's browser downloads on first load of each page type, and how
 * long the site takes to build.
 *
 * It builds the site (timed; pass --no-build to reuse ./build), starts the product server on a
 * loopback port with one approved comment on the definition page (so "page with comments" loads
 * the comment UI as a reader with comments would), opens each page type in Chromium and lists the
 * JavaScript and CSS fetched until the network is idle (tests/e2e/support/firstLoad.ts), raw,
 * gzip -9 and brotli 11 from the built files. The reference is the plain classic Docusaurus 3.10.2
 * site's page of the same kind (tests/built/plainBaseline.json); the budget is +10 KB.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { launchBrowser } from '../tests/e2e/support/browser';
import { firstLoad } from '../tests/e2e/support/firstLoad';
import { startServerProcess } from '../tests/e2e/support/process';
import type { PlainBaseline, PlainPageType } from './plainSite';

const BUDGET = 10 * 1024;
const ROOT = path.resolve(__dirname, '..');
const BUILD = path.join(ROOT, 'build');
const TOKEN = 'bench-site-token-0123456789';
const baseline = JSON.parse(
  readFileSync(path.join(ROOT, 'tests', 'built', 'plainBaseline.json'), 'utf8'),
) as PlainBaseline;

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

function timedBuild(): number {
  const started = process.hrtime.bigint();
  execFileSync('npm', ['run', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
  return Number(process.hrtime.bigint() - started) / 1e9;
}

/** Posts and approves one comment on the first paragraph of `pagePath`. */
async function seedComment(baseUrl: string, page: Page, pagePath: string): Promise<void> {
  await page.goto(`${baseUrl}${pagePath}`);
  const paragraphId = await page.evaluate(() =>
    document.querySelector('.fw-block[data-pid]')?.getAttribute('data-pid'),
  );
  if (!paragraphId) throw new Error(`${pagePath} has no commentable block`);
  const created = await fetch(`${baseUrl}/api/annotations`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      target: { page: pagePath, paragraphId, paragraphHash: 'bench' },
      body: 'A comment so that this page loads the comment UI.',
      authorName: 'Bench Reader',
      stakeholder: 'cso',
      focus: 'general',
      commentType: 'question',
      visibility: 'public',
    }),
  });
  const { id } = (await created.json()) as { id: string };
  // An approval names the revision the editor read, as the moderation list gives it.
  const listed = await fetch(`${baseUrl}/api/moderation/annotations?status=pending`, {
    headers: { authorization: `Bearer ${TOKEN}` },
  });
  const { annotations } = (await listed.json()) as { annotations: { id: string; revision: string }[] };
  const revision = annotations.find((a) => a.id === id)?.revision;
  await fetch(`${baseUrl}/api/moderation/decisions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
    body: JSON.stringify({ items: [{ id, revision }], status: 'approved' }),
  });
}

async function main(): Promise<void> {
  const buildSeconds = process.argv.includes('--no-build') ? undefined : timedBuild();
  const dataDir = mkdtempSync(path.join(tmpdir(), 'fw-bench-site-'));
  const server = await startServerProcess({ dataDir, env: { MODERATOR_TOKEN: TOKEN } });
  const baseUrl = server.baseUrl;
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    await page.goto(`${baseUrl}/docs/principles`);
    const principle = (await firstHref(page, 'article a[href^="/docs/principles/"]')) ?? '/docs/principles';
    await page.goto(`${baseUrl}/blog`);
    const post = (await firstHref(page, 'article h2 a')) ?? '/blog';
    await seedComment(baseUrl, page, '/docs/definition');
    await page.close();

    const pageTypes: [string, string, PlainPageType][] = [
      ['home', '/', 'home'],
      ['definition (with a comment)', '/docs/definition', 'doc'],
      ['principle', principle, 'doc'],
      ['enabling environment', '/docs/enabling-environment', 'doc'],
      ['roadmap', '/docs/roadmap', 'doc'],
      ['glossary', '/docs/background/glossary', 'doc'],
      ['timeline', '/docs/background/timeline', 'doc'],
      ['blog index', '/blog', 'blog index'],
      ['blog post', post, 'blog post'],
      ['blog archive', '/blog/archive', 'blog index'],
      ['search (empty)', '/search', 'home'],
      ['search ?q=participation', '/search?q=participation', 'home'],
      // The other languages: their interface strings every page shows ride in main.js.
      ['Spanish home', '/es/', 'home'],
      ['French definition', '/fr/docs/definition', 'doc'],
      ['French search ?q=…', '/fr/search?q=participation', 'home'],
      ['Arabic home', '/ar/', 'home'],
      ['Arabic definition', '/ar/docs/definition', 'doc'],
      ['Arabic glossary', '/ar/docs/background/glossary', 'doc'],
      ['Arabic search ?q=…', '/ar/search?q=participation', 'home'],
    ];

    console.log(
      `Build time: ${buildSeconds === undefined ? 'skipped (--no-build)' : `${buildSeconds.toFixed(1)} s`}\n`,
    );
    console.log('First load per page type: JS and CSS fetched until the network is idle (idle prefetches excluded).');
    console.log(
      'Brotli and gzip of the built files; Δ = ours − plain Docusaurus 3.10.2 page of the same kind (budget +10 KB).\n',
    );
    console.log(
      ['page type'.padEnd(28), 'JS br', 'JS gz', 'Δ JS gz', 'CSS br', 'CSS gz', 'Δ CSS gz', 'files', 'verdict'].join(
        '\t',
      ),
    );
    let over = 0;
    for (const [type, url, plainType] of pageTypes) {
      const ours = await firstLoad(browser, baseUrl, url, BUILD);
      const plain = baseline.pages[plainType];
      const dJs = ours.js.gzip - plain.js.gzip;
      const dCss = ours.css.gzip - plain.css.gzip;
      const within =
        ours.js.gzip <= plain.js.gzip + BUDGET &&
        ours.js.brotli <= plain.js.brotli + BUDGET &&
        ours.css.gzip <= plain.css.gzip + BUDGET &&
        ours.css.brotli <= plain.css.brotli + BUDGET;
      if (!within) over += 1;
      console.log(
        [
          type.padEnd(28),
          kb(ours.js.brotli),
          kb(ours.js.gzip),
          `${dJs >= 0 ? '+' : ''}${kb(dJs)}`,
          kb(ours.css.brotli),
          kb(ours.css.gzip),
          `${dCss >= 0 ? '+' : ''}${kb(dCss)}`,
          ours.files.length,
          within ? 'within budget' : 'OVER BUDGET',
        ].join('\t'),
      );
    }
    console.log(`\n${over} of ${pageTypes.length} page types over budget.`);
  } finally {
    await browser.close();
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

function firstHref(page: Page, selector: string): Promise<string | null> {
  return page.evaluate((css) => document.querySelector(css)?.getAttribute('href') ?? null, selector);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
