/**
 * A plain classic Docusaurus 3.10.2 site, the peer every size and speed figure is compared with:
 * the `classic` template of create-docusaurus 3.10.2 (a pinned devDependency, so no download),
 * copied to a temporary folder and built with this repository's own node_modules (the same
 * Docusaurus, React and Rspack), then precompressed like ours.
 *
 * `tsx scripts/plainSite.ts --baseline` also measures its first-load bytes per page type and
 * writes tests/built/plainBaseline.json, the committed figures the byte-budget test compares with
 * (bytes are deterministic for a given Docusaurus version, so they need measuring only when it changes).
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { mkdtempSync as tempDir, rmSync } from 'node:fs';
import { launchBrowser } from '../tests/e2e/support/browser';
import { firstLoad, type FirstLoad } from '../tests/e2e/support/firstLoad';
import { startServerProcess } from '../tests/e2e/support/process';
import { precompressSite } from '../src/plugins/precompress';

const ROOT = path.resolve(__dirname, '..');
const TEMPLATES = path.join(ROOT, 'node_modules', 'create-docusaurus', 'templates');
export const BASELINE_FILE = path.join(ROOT, 'tests', 'built', 'plainBaseline.json');

/** The plain site's page of each kind (paths relative to its build folder). */
export const PLAIN_PAGES = {
  home: '/',
  doc: '/docs/intro',
  'blog post': '/blog/welcome',
  'blog index': '/blog',
} as const;
export type PlainPageType = keyof typeof PLAIN_PAGES;

export interface PlainBaseline {
  docusaurus: string;
  pages: Record<PlainPageType, Omit<FirstLoad, 'files'>>;
}

/**
 * Creates and builds the plain site; returns the absolute path of its build folder.
 * @param log - where Docusaurus's own output goes (the bench wants it quiet)
 */
export async function buildPlainSite(log: 'inherit' | 'ignore' = 'ignore'): Promise<string> {
  const dir = mkdtempSync(path.join(tmpdir(), 'fw-plain-docusaurus-'));
  // create-docusaurus copies `shared` and then the template over it; so do we.
  cpSync(path.join(TEMPLATES, 'shared'), dir, { recursive: true });
  cpSync(path.join(TEMPLATES, 'classic'), dir, { recursive: true });
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  // One change: `trailingSlash: false`, as ours, so both sites' pages are `page.html` files and
  // one server serves both the same way. It changes file names, not what a page loads.
  const config = path.join(dir, 'docusaurus.config.js');
  writeFileSync(
    config,
    readFileSync(config, 'utf8').replace("baseUrl: '/',", "baseUrl: '/',\n  trailingSlash: false,"),
  );
  execFileSync(
    process.execPath,
    [path.join(ROOT, 'node_modules', '@docusaurus', 'core', 'bin', 'docusaurus.mjs'), 'build'],
    {
      cwd: dir,
      stdio: ['ignore', log, 'inherit'],
    },
  );
  const build = path.join(dir, 'build');
  await precompressSite(build);
  return build;
}

async function main(): Promise<void> {
  const build = await buildPlainSite('inherit');
  console.log(`Plain classic Docusaurus site built in ${build}`);
  if (!process.argv.includes('--baseline')) return;
  const pages = {} as PlainBaseline['pages'];
  const dataDir = tempDir(path.join(tmpdir(), 'fw-plain-data-'));
  const server = await startServerProcess({
    dataDir,
    env: { MODERATOR_TOKEN: 'plain-site-token-0123456789', SITE_DIR: build },
  });
  const browser = await launchBrowser();
  try {
    for (const [type, pagePath] of Object.entries(PLAIN_PAGES) as [PlainPageType, string][]) {
      const { js, css } = await firstLoad(browser, server.baseUrl, pagePath, build);
      pages[type] = { js, css };
    }
  } finally {
    await browser.close();
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
  const { version: docusaurus } = JSON.parse(
    readFileSync(path.join(ROOT, 'node_modules', '@docusaurus', 'core', 'package.json'), 'utf8'),
  ) as { version: string };
  writeFileSync(BASELINE_FILE, `${JSON.stringify({ docusaurus, pages } satisfies PlainBaseline, null, 2)}\n`);
  console.log(`Wrote ${path.relative(ROOT, BASELINE_FILE)}`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
