/**
 * Launches Debian's Chromium through playwright-core with the flags this machine needs, and runs
 * axe-core at desktop and phone width. A missing browser fails loudly with the install hint; it
 * never skips.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { targetSizeFaults } from './targetSize';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The flags this machine's closed network needs (see env notes); the benchmarks reuse them. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface Browser {
  context: BrowserContext;
  newPage(): Promise<Page>;
  /** A second, fully separate browser profile (another reader). */
  newIsolatedBrowser(): Promise<Browser>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  colorScheme?: 'light' | 'dark';
  /** Defaults to 1280 × 900 (desktop). */
  viewport?: { width: number; height: number };
  /** A phone: touch, mobile viewport meta honoured. */
  mobile?: boolean;
  /** False to load pages as a reader whose scripts have not run (yet). */
  javaScriptEnabled?: boolean;
  /**
   * 'block' for tests that hold requests back with `page.route`: the site's service worker
   * (src/plugins/offline) answers from its cache, where routes never see the request.
   */
  serviceWorkers?: 'allow' | 'block';
}

/**
 * @throws Error with the install hint when there is no Chromium at `CHROMIUM_PATH`: checked before
 * any work, so a run that needs a browser fails at once rather than after a build.
 */
export function assertChromium(): void {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM_PATH}. Install it with: sudo apt-get install -y chromium (or set CHROMIUM_PATH).`,
    );
  }
}

export async function launchBrowser(options: LaunchOptions = {}): Promise<Browser> {
  assertChromium();
  const userDataDir = mkdtempSync(path.join(tmpdir(), 'fw-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    colorScheme: options.colorScheme ?? 'light',
    viewport: options.viewport ?? { width: 1280, height: 900 },
    isMobile: options.mobile ?? false,
    hasTouch: options.mobile ?? false,
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    serviceWorkers: options.serviceWorkers ?? 'allow',
    permissions: ['clipboard-read', 'clipboard-write'],
  });
  return {
    context,
    newPage: () => context.newPage(),
    newIsolatedBrowser: () => launchBrowser(options),
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** The phone width every axe check also runs at (a common phone's CSS width). */
export const PHONE_VIEWPORT = { width: 390, height: 844 } as const;

/** Two animation frames: React has committed what a resize or an event scheduled. */
async function settled(page: Page): Promise<void> {
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

/**
 * Waits for the CSS transitions under way to end: a colour checked mid-transition (just after a
 * theme switch, a hover) is neither the old one nor the new one, and axe would judge its contrast.
 * Transitions only: an animation may run for ever (a spinner).
 */
async function transitionsEnded(page: Page): Promise<void> {
  await page.evaluate(async () => {
    // Reading a style starts the transitions a change has scheduled, so that they are listed.
    document.body.getBoundingClientRect();
    const running = document.getAnimations().filter((animation) => animation instanceof CSSTransition);
    await Promise.all(running.map((transition) => transition.finished.catch(() => undefined)));
  });
}

/**
 * WCAG 1.4.10 (reflow), which axe does not check: the page is no wider than the viewport, so a
 * reader never scrolls sideways to read a line. Content that is wide by nature (a data table, code)
 * scrolls inside its own box. A phone's browser widens its layout viewport to fit a page that is too
 * wide, so the width is compared with the viewport that was set, not with `innerWidth`.
 * @returns a fault naming the first element that sticks out, or none
 */
async function reflowFaults(page: Page, label: string): Promise<string[]> {
  const width = page.viewportSize()?.width;
  if (width === undefined) return [];
  const wider = await page.evaluate((viewport) => {
    const pageWidth = document.documentElement.scrollWidth;
    if (pageWidth <= viewport) return null;
    // A fixed-position box (the closed phone menu, the skip link) never widens the page.
    const placed = [...document.body.querySelectorAll('*')].filter((element) => {
      for (let box: Element | null = element; box; box = box.parentElement)
        if (getComputedStyle(box).position === 'fixed') return false;
      return true;
    });
    // An element that sticks out, else the innermost one whose content does (text, list numbers).
    const out =
      placed.find((element) => {
        const { left, right } = element.getBoundingClientRect();
        return right > viewport + 1 || left < -1;
      }) ?? placed.filter((element) => element.scrollWidth > element.clientWidth + 1).at(-1);
    const name = out
      ? `${out.tagName.toLowerCase()}${out.className ? `.${String(out.className).split(' ').join('.')}` : ''}`
      : '?';
    return { pageWidth, name };
  }, width);
  return wider
    ? [
        `[${label}] reflow (WCAG 1.4.10): the page is ${wider.pageWidth} px wide in a ${width} px viewport; first out: ${wider.name}`,
      ]
    : [];
}

/**
 * Runs axe-core on the page as it is, then again at phone width (PHONE_VIEWPORT), and returns the
 * violations of both in a readable form, each labelled with its width (empty when clean), with
 * any reflow fault (`reflowFaults`) and every target under 24 × 24 px (`targetSizeFaults`, WCAG
 * 2.5.8, which axe-core leaves off and judges more leniently: see targetSize.ts). Every
 * page type and state is checked at both widths this way; the viewport is restored afterwards.
 */
export async function axeViolations(page: Page, options: { include?: string } = {}): Promise<string[]> {
  const analyse = async (label: string) => {
    await transitionsEnded(page);
    let builder = new AxeBuilder({ page });
    if (options.include) builder = builder.include(options.include);
    const result = await builder.analyze();
    return [
      ...result.violations.map(
        (v) =>
          `[${label}] ${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary ?? ''}`).join('\n  ')}`,
      ),
      ...(await reflowFaults(page, label)),
      ...(await targetSizeFaults(page, label, options.include)),
    ];
  };
  const original = page.viewportSize();
  const violations = await analyse(`${original?.width ?? '?'} px`);
  if (original && original.width !== PHONE_VIEWPORT.width) {
    await page.setViewportSize(PHONE_VIEWPORT);
    await page.waitForFunction((width) => window.innerWidth === width, PHONE_VIEWPORT.width);
    await settled(page);
    violations.push(...(await analyse(`${PHONE_VIEWPORT.width} px`)));
    await page.setViewportSize(original);
    await page.waitForFunction((width) => window.innerWidth === width, original.width);
    await settled(page);
  }
  return violations;
}
