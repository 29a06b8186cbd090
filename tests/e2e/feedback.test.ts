/**
 * The feedback loop in Chromium against the real service: an editor records a disposition on
 * /moderate; the author sees the decision on their own pending comment; the page's public
 * comment-response table shows it, filters by it (in the URL); the whole-site table filters by
 * page and stakeholder type from its own controls; a closed round's section shows its threads
 * read-only with the closing date; /insights draws its charts with accessible tables, without
 * layout shift, and is the only page that loads Chart.js. axe on each state, in light and dark
 * mode.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { BlockRegister } from '../../src/shared/blockRegister';
import type { InsightsResponse } from '../../src/shared/feedback';
import { axeViolations, launchBrowser, type Browser } from './support/browser';
import { firstLoadFiles } from './support/firstLoad';
import { approve, COMMENT_DEFAULTS, createComment } from '../fixtures/comments/service';

const baseUrl = inject('baseUrl');
const moderatorToken = inject('moderatorToken');
const RUN = Date.now().toString(36);
const AUTHOR = `Feedback Loop ${RUN}`;
const EDITOR = `Editor ${RUN}`;
const RESPONSE = `Reworded in the next draft (${RUN}).`;
const ids: string[] = [];
let paragraphId = '';

let browser: Browser;
let page: Page;
/** A reader who never signed in: the moderator session cookie lives in `browser`'s profile. */
let publicBrowser: Browser;

const auth = { Authorization: `Bearer ${moderatorToken}` };
/** The paragraph of /docs/definition this file comments on (see beforeAll). */
const FEEDBACK_PARAGRAPH = 'definition-not-paris21';

async function setTheme(target: Page, theme: 'light' | 'dark') {
  await target.evaluate((value) => document.documentElement.setAttribute('data-theme', value), theme);
}

beforeAll(async () => {
  const register = JSON.parse(readFileSync(path.resolve('build/block-register.json'), 'utf8')) as BlockRegister;
  const definition = register.pages.find((p) => p.path === '/docs/definition');
  // Not the page's first paragraphs: the e2e files share one service, and comments.test.ts counts
  // the comments on those, so a paragraph this file comments on must be one no other file counts.
  paragraphId = definition?.blocks.find((block) => block.id === FEEDBACK_PARAGRAPH)?.id ?? '';
  if (!paragraphId)
    throw new Error(
      `build/block-register.json has no /docs/definition block ${FEEDBACK_PARAGRAPH}: run npm run build.`,
    );
  for (const [index, stakeholder] of (['nso', 'cso'] as const).entries()) {
    const created = await createComment(baseUrl, {
      ...COMMENT_DEFAULTS,
      stakeholder,
      target: { page: '/docs/definition', paragraphId, paragraphHash: 'abc1234' },
      body: `Feedback loop comment ${index} (${RUN}).`,
      authorName: AUTHOR,
    });
    ids.push(created.id);
  }
  // A published comment whose code block and table scroll inside it: the queue, the response
  // table and /insights must stay keyboard-usable around it (axe scrollable-region-focusable).
  const wide = await createComment(baseUrl, {
    ...COMMENT_DEFAULTS,
    target: { page: '/docs/definition', paragraphId, paragraphHash: 'abc1234' },
    body: `Wide content (${RUN}):\n\n\`\`\`\n${'long_unbroken_identifier_'.repeat(12)}\n\`\`\`\n\n| ${'column '.repeat(6)}| b |\n| --- | --- |\n| ${'cell_'.repeat(40)} | 2 |`,
    authorName: `Wide Content ${RUN}`,
  });
  await approve(baseUrl, moderatorToken, [...ids, wide.id]);
  browser = await launchBrowser();
  page = await browser.newPage();
  publicBrowser = await browser.newIsolatedBrowser();
});

afterAll(async () => {
  await browser?.close();
  await publicBrowser?.close();
});

describe('dispositions on /moderate', () => {
  it('records one disposition with a public response for the selected comment, with the editor’s name', async () => {
    await page.goto(`${baseUrl}/moderate`);
    await page.getByLabel('Your name', { exact: true }).fill(EDITOR);
    await page.getByLabel('Moderator token').fill(moderatorToken);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByLabel('Show comments that are').selectOption('approved');
    const box = page.getByRole('checkbox', { name: `Select the comment by ${AUTHOR}` }).first();
    await box.check();
    const form = page.getByRole('form', { name: /Record a disposition for the selected comments \(1\)/ });
    await form.waitFor();
    await form.getByLabel('Disposition').selectOption('partly-accepted');
    await form.getByLabel('Public response').fill(RESPONSE);
    await form.getByLabel('Handled in release (optional)').fill('Draft 2');
    // Signed in with a name: the form records that one and does not ask again.
    expect(await form.getByLabel(/^Your name/).count()).toBe(0);
    expect(await form.textContent()).toContain(`Recorded as ${EDITOR}.`);
    expect(await axeViolations(page)).toEqual([]);
    await form.getByRole('button', { name: 'Record disposition' }).click();
    await page.getByText('Disposition “Partly accepted” recorded for 1.').waitFor();

    const decided: string[] = [];
    for (const id of ids) {
      const history = (await (
        await fetch(`${baseUrl}/api/moderation/dispositions/${id}`, { headers: auth })
      ).json()) as {
        current?: { disposition: string; response: string; release?: string; decidedBy: string };
      };
      if (history.current) decided.push(id);
      if (history.current) {
        expect(history.current).toMatchObject({
          disposition: 'partly-accepted',
          response: RESPONSE,
          release: 'Draft 2',
          decidedBy: EDITOR,
        });
      }
    }
    expect(decided).toHaveLength(1);
    // The queue shows the decision on the item.
    await page.getByText(RESPONSE).first().waitFor();
    await setTheme(page, 'dark');
    expect(await axeViolations(page)).toEqual([]);
    await setTheme(page, 'light');
  }, 180_000);
});

describe('the author', () => {
  it('sees the disposition and response on their own pending comment, with the edit token this browser holds', async () => {
    const body = `My own comment, still awaiting moderation (${RUN}).`;
    const own = await createComment(baseUrl, {
      ...COMMENT_DEFAULTS,
      target: { page: '/docs/definition', paragraphId, paragraphHash: 'abc1234' },
      body,
      authorName: `Own Author ${RUN}`,
    });
    const response = `Noted for the next release (${RUN}).`;
    const recorded = await fetch(`${baseUrl}/api/moderation/dispositions`, {
      method: 'POST',
      headers: { ...auth, 'Content-Type': 'application/json', Origin: baseUrl },
      body: JSON.stringify({ ids: [own.id], disposition: 'noted', response, decidedBy: EDITOR }),
    });
    expect(recorded.status).toBe(200);

    // The author's browser keeps the id and edit token, as after posting the comment from the page.
    const authorBrowser = await browser.newIsolatedBrowser();
    try {
      const author = await authorBrowser.newPage();
      await author.addInitScript((item) => localStorage.setItem('fw-comments-mine', JSON.stringify([item])), {
        id: own.id,
        editToken: own.editToken,
        page: '/docs/definition',
      });
      await author.goto(`${baseUrl}/docs/definition`);
      await author.click(`button.fw-comment-button[data-pid="${paragraphId}"]`);
      const mine = author.locator('dialog[open] article', { hasText: body });
      await mine.waitFor();
      await expect.poll(() => mine.textContent()).toContain('Awaiting moderation');
      const text = (await mine.textContent()) ?? '';
      expect(text).toContain('Editors’ response:');
      expect(text).toContain('Noted (no change needed)');
      expect(text).toContain(response);
      expect(text).not.toContain(EDITOR);
      expect(await axeViolations(author)).toEqual([]);

      // Any other reader sees neither the pending comment nor the decision on it.
      const other = await publicBrowser.newPage();
      await other.goto(`${baseUrl}/docs/definition`);
      await other.click(`button.fw-comment-button[data-pid="${paragraphId}"]`);
      await other.locator('dialog[open] article').first().waitFor();
      expect(await other.locator('dialog[open]').textContent()).not.toContain(response);
      await other.close();
    } finally {
      await authorBrowser.close();
    }
  }, 180_000);
});

describe('the public comment-response table', () => {
  it('lists the page’s published comments with disposition and response; filters live in the URL', async () => {
    const reader = await browser.newPage();
    await reader.goto(`${baseUrl}/docs/definition`);
    await reader.getByRole('link', { name: 'Comment–response table for this page' }).click();
    await reader.getByRole('heading', { name: /Comment–response table: / }).waitFor();
    expect(reader.url()).toContain('/responses?page=%2Fdocs%2Fdefinition');
    const row = reader.getByRole('row').filter({ hasText: RESPONSE });
    await row.waitFor();
    expect(await row.textContent()).toContain('Partly accepted');
    expect(await row.getByRole('link').first().getAttribute('href')).toBe(`/docs/definition#${paragraphId}`);
    expect(await axeViolations(reader)).toEqual([]);

    await reader.getByLabel('Disposition').selectOption('partly-accepted');
    await reader.waitForURL(/disposition=partly-accepted/);
    await reader.getByRole('row').filter({ hasText: RESPONSE }).waitFor();
    // The table refetches after the URL changes: wait for the filtered rows.
    await expect.poll(() => reader.getByRole('row').filter({ hasText: `Feedback loop comment` }).count()).toBe(1);
    // The filtered URL, opened anew, shows the same table.
    const shared = await browser.newPage();
    await shared.goto(reader.url());
    await shared.getByRole('row').filter({ hasText: RESPONSE }).waitFor();
    expect(await shared.getByLabel('Disposition').inputValue()).toBe('partly-accepted');
    await setTheme(shared, 'dark');
    expect(await axeViolations(shared)).toEqual([]);
    await shared.close();
    await reader.close();
  }, 180_000);
});

describe('the whole-site comment-response table', () => {
  it('filters by page and stakeholder type from its own controls, and keeps both in the URL', async () => {
    const reader = await publicBrowser.newPage();
    await reader.goto(`${baseUrl}/responses`);
    await reader.getByRole('heading', { name: 'Comment–response table: the whole Framework' }).waitFor();
    const pageFilter = reader.getByLabel('Page');
    // The choices arrive with the table: the pages that have published comments.
    await expect.poll(() => pageFilter.locator('option[value="/docs/definition"]').count()).toBe(1);
    await pageFilter.selectOption('/docs/definition');
    await reader.waitForURL(/\?page=%2Fdocs%2Fdefinition$/);
    await reader.getByRole('heading', { name: /^Comment–response table: (?!the whole Framework)/ }).waitFor();
    await reader.getByLabel('Stakeholder type').selectOption('nso');
    await reader.waitForURL(/\?page=%2Fdocs%2Fdefinition&stakeholder=nso$/);
    // The table refetches after the URL changes: wait for the filtered rows (the nso comment only).
    await expect.poll(() => reader.getByRole('row').filter({ hasText: 'Feedback loop comment' }).count()).toBe(1);
    expect(
      await reader
        .getByRole('row')
        .filter({ hasText: `Feedback loop comment 0 (${RUN})` })
        .count(),
    ).toBe(1);
    expect(await axeViolations(reader)).toEqual([]);
    // Back to the whole site: the page filter's "All" drops it from the URL.
    await pageFilter.selectOption('');
    await reader.waitForURL(/\/responses\?stakeholder=nso$/);
    await reader.getByRole('heading', { name: 'Comment–response table: the whole Framework' }).waitFor();
    await reader.close();
  }, 180_000);
});

describe('a closed consultation round', () => {
  it('shows the section’s threads read-only, with the closing date and the round’s name', async () => {
    // A section no other suite comments on, so closing it changes nothing for them.
    const register = JSON.parse(readFileSync(path.resolve('build/block-register.json'), 'utf8')) as BlockRegister;
    const practice = register.pages.find((p) => p.path === '/docs/roadmap/in-practice');
    const block = practice?.blocks.find((b) => b.headings[0]);
    if (!practice || !block) throw new Error('build/block-register.json has no section on /docs/roadmap/in-practice.');
    const body = `A comment before the round closed (${RUN}).`;
    const earlier = await createComment(baseUrl, {
      ...COMMENT_DEFAULTS,
      target: { page: practice.path, paragraphId: block.id, paragraphHash: 'abc1234' },
      body,
      authorName: `Round Reader ${RUN}`,
    });
    await approve(baseUrl, moderatorToken, [earlier.id]);
    const editor = { ...auth, 'Content-Type': 'application/json', Origin: baseUrl };
    const name = `Section review ${RUN}`;
    const opened = await fetch(`${baseUrl}/api/moderation/rounds`, {
      method: 'POST',
      headers: editor,
      body: JSON.stringify({ name, page: practice.path, section: block.headings[0] }),
    });
    expect(opened.status).toBe(201);
    const { id } = (await opened.json()) as { id: string };
    const round = (payload: object) =>
      fetch(`${baseUrl}/api/moderation/rounds/${id}`, {
        method: 'PATCH',
        headers: editor,
        body: JSON.stringify(payload),
      });
    expect((await round({ close: true })).status).toBe(200);
    const reader = await publicBrowser.newPage();
    try {
      await reader.goto(`${baseUrl}${practice.path}`);
      await reader.click(`button.fw-comment-button[data-pid="${block.id}"]`);
      const dialog = reader.locator('dialog[open]');
      await dialog.getByText(new RegExp(`^Commenting here closed on .+ \\(${name}\\)\\.`)).waitFor();
      await dialog.locator('article', { hasText: body }).waitFor();
      expect(await dialog.getByRole('button', { name: 'Send comment' }).count()).toBe(0);
      expect(await dialog.getByRole('button', { name: /^Reply/ }).count()).toBe(0);
      expect(await axeViolations(reader)).toEqual([]);
    } finally {
      await reader.close();
      // Reopened, so the section takes comments again for anything that runs later.
      expect((await round({ closesAt: null })).status).toBe(200);
    }
  }, 180_000);
});

describe('/insights', () => {
  it('draws four charts with their numbers as tables and the shaded map, without layout shift, in both modes', async () => {
    const reader = await publicBrowser.newPage();
    await reader.addInitScript(() => {
      (window as unknown as { shift: number }).shift = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) {
          if (!entry.hadRecentInput) (window as unknown as { shift: number }).shift += entry.value;
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await reader.goto(`${baseUrl}/insights`);
    await reader.getByText(/Figures count the \d+ published public comments/).waitFor();
    await reader.getByRole('heading', { name: 'By disposition' }).waitFor();
    expect(await reader.locator('canvas[role="img"]').count()).toBe(4);
    const dispositionTable = reader.getByRole('table', { name: 'By disposition' });
    const partly = dispositionTable.getByRole('row', { name: /Partly accepted/ });
    expect(Number(await partly.getByRole('cell').textContent())).toBeGreaterThanOrEqual(1);
    await reader.getByRole('heading', { name: 'Where feedback concentrates' }).waitFor();
    await reader
      .getByRole('link', { name: /.+/ })
      .filter({ has: reader.locator(`xpath=self::a[@href="/docs/definition#${paragraphId}"]`) })
      .first()
      .waitFor();
    expect(await reader.evaluate(() => (window as unknown as { shift: number }).shift)).toBeLessThan(0.1);
    expect(await axeViolations(reader)).toEqual([]);
    await setTheme(reader, 'dark');
    expect(await axeViolations(reader)).toEqual([]);
    // On a phone the shaded map's tables scroll inside their box; the page does not scroll sideways.
    await reader.setViewportSize({ width: 360, height: 740 });
    await expect
      .poll(() => reader.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth))
      .toBeLessThanOrEqual(0);
    await reader.close();
    // Four axe passes (two widths, two modes) over every paragraph of the shaded map: 25 s each
    // on an idle machine, several times that on a loaded one.
  }, 420_000);

  it('lets a keyboard user past the map: only paragraphs with comments are Tab stops until the reader asks for all', async () => {
    const reader = await publicBrowser.newPage();
    await reader.goto(`${baseUrl}/insights`);
    const showAll = reader.getByRole('checkbox', { name: 'Show paragraphs without comments too' });
    await showAll.waitFor();
    const figures = (await (await reader.request.get(`${baseUrl}/api/insights`)).json()) as InsightsResponse;
    const paragraphs = figures.pages.flatMap((p) => p.sections.flatMap((s) => s.paragraphs));
    const commented = paragraphs.filter((p) => p.count > 0).length;
    const commentedPages = figures.pages.filter((p) => p.count > 0).length;
    expect(commented).toBeGreaterThanOrEqual(1);
    // Every paragraph was a Tab stop (about 470): far more than a keyboard user can get through.
    expect(paragraphs.length).toBeGreaterThan(300);

    /** Tab presses from the focused element until the focus is in the footer. */
    const tabsToFooter = async (): Promise<number> => {
      for (let presses = 1; presses <= paragraphs.length + 200; presses += 1) {
        await reader.keyboard.press('Tab');
        if (await reader.evaluate(() => Boolean(document.activeElement?.closest('footer')))) return presses;
      }
      throw new Error('the focus never reached the footer');
    };
    // From the top of the page (nothing has the focus yet): the whole page now has fewer Tab stops
    // than the map alone had; in the map, a link per page and per paragraph with comments.
    const fromTop = await tabsToFooter();
    expect(fromTop).toBeLessThan(paragraphs.length);
    await showAll.focus();
    const mapStops = (await tabsToFooter()) - 1;
    expect(mapStops).toBe(commentedPages + commented);

    // All of them, on request, with a link past them as the next Tab stop.
    await showAll.focus();
    await reader.keyboard.press('Space');
    await expect.poll(() => reader.locator('[aria-labelledby="insights-map"] td a').count()).toBe(paragraphs.length);
    await reader.keyboard.press('Tab');
    expect(await reader.evaluate(() => document.activeElement?.textContent)).toBe(
      'Skip to the end of the paragraph tables',
    );
    await reader.keyboard.press('Enter');
    await expect
      .poll(() => reader.evaluate(() => document.activeElement?.textContent))
      .toBe('End of the paragraph tables.');
    expect(await tabsToFooter()).toBe(1);
    expect(await axeViolations(reader)).toEqual([]);
    await reader.close();
  }, 420_000);

  it('is the only page that loads Chart.js', async () => {
    const dir = path.resolve('build/assets/js');
    // The library's own error message survives minification: it marks the chunk that holds it.
    const chartChunks = readdirSync(dir)
      .filter(
        (file) =>
          file.endsWith('.js') && readFileSync(path.join(dir, file), 'utf8').includes('Canvas is already in use'),
      )
      .map((file) => `/assets/js/${file}`);
    expect(chartChunks).toHaveLength(1);
    for (const pagePath of ['/', '/docs/definition', '/responses']) {
      const { js } = await firstLoadFiles(publicBrowser, `${baseUrl}${pagePath}`, { reachApi: true });
      expect(js.length, pagePath).toBeGreaterThan(0);
      expect(
        js.filter((file) => chartChunks.includes(file)),
        pagePath,
      ).toEqual([]);
    }
    // The charts (and so Chart.js) load once the insights have been fetched.
    const { js } = await firstLoadFiles(publicBrowser, `${baseUrl}/insights`, { reachApi: true });
    expect(js.filter((file) => chartChunks.includes(file))).toEqual(chartChunks);
  }, 180_000);

  it('shows editors every comment when signed in on the same tab', async () => {
    await page.goto(`${baseUrl}/insights`);
    await page.getByText(/Editors’ view: all \d+ comments except spam/).waitFor();
  }, 120_000);
});
