/**
 * The /moderate page in a real browser against the real service: sign-in (no token, a wrong
 * token, the right one, never in the URL), single and bulk decisions with select-all, counts and
 * results, keyboard use, the export download, and axe in light and dark mode.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { ModeratedAnnotation } from '../../src/shared/annotations';
import { axeViolations, launchBrowser, type Browser } from './support/browser';
import { COMMENT_DEFAULTS, createComment } from '../fixtures/comments/service';

const baseUrl = inject('baseUrl');
const moderatorToken = inject('moderatorToken');
const RUN = Date.now().toString(36);
const authors = ['Ada', 'Bea', 'Cy', 'Dee'].map((name) => `${name} Moderated ${RUN}`);
const ids: string[] = [];

let browser: Browser;
let page: Page;

async function statusOf(id: string): Promise<string | undefined> {
  for (const status of ['pending', 'approved', 'rejected', 'spam']) {
    const response = await fetch(`${baseUrl}/api/moderation/annotations?status=${status}`, {
      headers: { Authorization: `Bearer ${moderatorToken}` },
    });
    const { annotations } = (await response.json()) as { annotations: ModeratedAnnotation[] };
    if (annotations.some((a) => a.id === id)) return status;
  }
  return undefined;
}

async function signIn(target: Page, token: string): Promise<void> {
  await target.getByLabel('Your name').fill('Editor Ama');
  await target.getByLabel('Moderator token').fill(token);
  await target.getByRole('button', { name: 'Sign in' }).click();
}

const checkbox = (target: Page, author: string) =>
  target.getByRole('checkbox', { name: `Select the comment by ${author}` });

beforeAll(async () => {
  for (const [index, authorName] of authors.entries()) {
    const created = await createComment(baseUrl, {
      ...COMMENT_DEFAULTS,
      target: { page: '/docs/definition', paragraphId: 'definition-gap-final-wording', paragraphHash: 'abc1234' },
      body: `Moderation test comment ${index} (${RUN}).`,
      authorName,
      visibility: index === 0 ? 'editors' : 'public',
      proposedWording: index === 1 ? 'A proposed rewording.' : undefined,
    });
    ids.push(created.id);
  }
  browser = await launchBrowser();
  page = await browser.newPage();
});

afterAll(async () => {
  await browser?.close();
});

describe('/moderate', () => {
  it('asks for the token, refuses a wrong one and never puts it in the URL', async () => {
    await page.goto(`${baseUrl}/moderate`);
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    expect(await page.textContent('main')).toContain('moderator token');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText('Enter the moderator token.').first().waitFor();
    await page.getByText('Enter your name.').first().waitFor();
    expect(await page.getByLabel('Moderator token').getAttribute('aria-invalid')).toBe('true');

    await signIn(page, 'not-the-right-token-at-all');
    await page.getByText('The moderator token was not accepted. Please sign in again.').waitFor();
    expect(await page.evaluate(() => document.cookie)).not.toContain('fw_moderator');

    await signIn(page, moderatorToken);
    await checkbox(page, authors[0]!).waitFor();
    // The form is gone: the focus is on what replaced it, not on the page's body.
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Signed in as Editor Ama.');
    expect(page.url()).toBe(`${baseUrl}/moderate`);
    expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);
    // The session is an HTTP-only cookie: no script on the page can read it.
    expect(await page.evaluate(() => document.cookie)).not.toContain('fw_moderator');
  });

  it('shows every field an editor needs, with the editors-only mark', async () => {
    const first = page.locator('li', { has: checkbox(page, authors[0]!) });
    const text = await first.textContent();
    expect(text).toContain('Editors only');
    expect(await first.locator('a[href="/docs/definition#definition-gap-final-wording"]').count()).toBe(1);
    expect(text).toContain('Civil-society organisation');
    expect(text).toContain(`Moderation test comment 0 (${RUN}).`);
    expect(await page.locator('li', { has: checkbox(page, authors[1]!) }).textContent()).toContain(
      'A proposed rewording.',
    );
    expect(await page.getByRole('heading', { level: 2 }).first().textContent()).toMatch(
      /^Awaiting moderation \(\d+\)$/,
    );
  });

  it('selects all, then decides in bulk and singly, with counts and results', async () => {
    const total = await page.getByRole('checkbox', { name: /^Select the comment by/ }).count();
    await page.getByRole('checkbox', { name: /^Select all/ }).check();
    expect(await page.getByRole('button', { name: `Reject selected (${total})` }).getAttribute('aria-disabled')).toBe(
      'false',
    );
    await page.getByRole('checkbox', { name: /^Select all/ }).uncheck();
    // aria-disabled, not disabled: it keeps the keyboard focus when it turns unavailable (below).
    expect(await page.getByRole('button', { name: 'Reject selected (0)' }).getAttribute('aria-disabled')).toBe('true');

    await checkbox(page, authors[0]!).check();
    await checkbox(page, authors[1]!).check();
    await page.getByRole('button', { name: 'Reject selected (2)' }).click();
    await page.getByText('Rejected: 2.').waitFor();
    // The focus is on the result, not on the page's body; the button, with nothing selected, is unavailable.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Rejected: 2.');
    expect(await page.getByRole('button', { name: 'Reject selected (0)' }).getAttribute('aria-disabled')).toBe('true');
    expect(await checkbox(page, authors[0]!).count()).toBe(0);
    expect(await page.getByRole('heading', { level: 2 }).first().textContent()).toBe(
      `Awaiting moderation (${total - 2})`,
    );

    // Keyboard only: Tab to the third comment's "Spam" button and press Enter.
    await checkbox(page, authors[2]!).focus();
    for (let i = 0; i < 10; i += 1) {
      await page.keyboard.press('Tab');
      const label = await page.evaluate(() => document.activeElement?.textContent);
      if (label === 'Spam') break;
    }
    await page.keyboard.press('Enter');
    await page.getByText('Marked as spam: 1.').waitFor();
    // The pressed button is gone with its comment: focus lands on the result, not on the page body.
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Marked as spam: 1.');

    await page
      .locator('li', { has: checkbox(page, authors[3]!) })
      .getByRole('button', { name: 'Approve' })
      .click();
    await page.getByText('Approved: 1.').waitFor();

    expect(await Promise.all(ids.map(statusOf))).toEqual(['rejected', 'rejected', 'spam', 'approved']);
  });

  it('lists other statuses on request', async () => {
    await page.getByLabel('Show comments that are').selectOption('rejected');
    await checkbox(page, authors[0]!).waitFor();
    expect(await page.getByRole('heading', { level: 2 }).first().textContent()).toMatch(/^Not published \(\d+\)$/);
  });

  it('downloads the export with the token in a header, not a link', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download export (JSON)' }).click(),
    ]);
    const exported = JSON.parse(readFileSync((await download.path())!, 'utf8')) as {
      annotations: ModeratedAnnotation[];
    };
    expect(exported.annotations.map((a) => a.id)).toEqual(expect.arrayContaining(ids));
    expect(await page.locator(`a[href*="${moderatorToken}"]`).count()).toBe(0);
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`has no axe violations, signed out and signed in (${colorScheme})`, async () => {
      const other = await launchBrowser({ colorScheme });
      try {
        const view = await other.newPage();
        await view.goto(`${baseUrl}/moderate`);
        await view.getByRole('heading', { name: 'Sign in' }).waitFor();
        expect(await axeViolations(view)).toEqual([]);
        await signIn(view, moderatorToken);
        await view.getByLabel('Show comments that are').selectOption('rejected');
        await checkbox(view, authors[0]!).waitFor();
        expect(await axeViolations(view)).toEqual([]);
      } finally {
        await other.close();
      }
    });
  }
});
