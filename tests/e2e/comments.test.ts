/**
 * Paragraph and passage comments in a real browser against the real service: keyboard-only
 * commenting, passage selection, replies, moderation, a second reader, hostile input, comments on
 * earlier wording, an unreachable service, and axe in light and dark mode. The tests share one
 * service and build on each other's comments, in order.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, launchBrowser, type Browser } from './support/browser';
import { beforeHydration } from './support/beforeHydration';
import { EARLY_COMMENT_CLICK_GLOBAL } from '../../src/shared/earlyCommentClick';
import { approveByAuthor, storeFromEarlierRelease } from '../fixtures/comments/service';
import { asStored, HOSTILE, PWNED } from '../fixtures/comments/hostile';

const baseUrl = inject('baseUrl');
const moderatorToken = inject('moderatorToken');
const dataDir = inject('dataDir');
const PAGE = '/docs/definition';
/** Text blocks (paragraphs and list items) of the test page. */
const BLOCKS = '.fw-block[data-pid]:is(p, li)';
const RUN = Date.now().toString(36);
const AUTHOR = `Keyboard Reader ${RUN}`;
const PASSAGE_AUTHOR = `Passage Reader ${RUN}`;
const REPLY_AUTHOR = `Second Reader ${RUN}`;
const PARAGRAPH_BODY = `A comment typed with the keyboard only (${RUN}).`;
const PASSAGE_BODY = `A comment on a selected passage (${RUN}).`;
const REPLY_BODY = `A reply from another browser (${RUN}).`;

let reader: Browser;
let page: Page;
let pid: string;
let secondPid: string;

async function openPage(target: Page, path = PAGE): Promise<void> {
  await target.goto(`${baseUrl}${path}`);
  await target.waitForSelector(BLOCKS);
}

/** Presses Tab until the focused element matches `selector` (keyboard-only navigation). */
async function tabTo(target: Page, selector: string, limit = 200): Promise<void> {
  for (let i = 0; i < limit; i += 1) {
    await target.keyboard.press('Tab');
    if (await target.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

/** Presses Tab until the focused form control is labelled `label` (start of its label text). */
async function tabToLabel(target: Page, label: string): Promise<void> {
  for (let i = 0; i < 40; i += 1) {
    await target.keyboard.press('Tab');
    const focused = await target.evaluate(() => {
      const element = document.activeElement as HTMLInputElement | null;
      return element?.labels?.[0]?.textContent ?? element?.textContent ?? '';
    });
    if (focused.trim().startsWith(label)) return;
  }
  throw new Error(`Tab never reached the field "${label}"`);
}

const panel = (target: Page) => target.locator('dialog[open]');

/**
 * Selects a block's opening words the way a keyboard user extends a selection (Shift+ArrowRight),
 * waits for "Comment on this passage", and returns the selected text.
 */
async function selectOpeningWords(target: Page, blockId: string): Promise<string> {
  await target.evaluate((id) => {
    const walker = document.createTreeWalker(document.querySelector(`[data-pid="${id}"]`)!, NodeFilter.SHOW_TEXT);
    const text = walker.nextNode() as Text;
    const range = document.createRange();
    range.setStart(text, 0);
    range.setEnd(text, Math.min(12, text.length - 1));
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
  }, blockId);
  await target.keyboard.press('Shift+ArrowRight');
  await target.waitForSelector('.fw-passage-button');
  return target.evaluate(() => document.getSelection()!.toString().trim());
}

/** Fills a form in the panel by label: the new-comment form (the last one) unless `form` is given. */
async function fillWithLabels(
  target: Page,
  values: Record<string, string>,
  selects: Record<string, string>,
  form = panel(target).locator('form').last(),
): Promise<void> {
  for (const [label, value] of Object.entries(values)) await form.getByLabel(new RegExp(`^${label}`)).fill(value);
  for (const [label, value] of Object.entries(selects))
    await form.getByLabel(new RegExp(`^${label}`)).selectOption(value);
}

beforeAll(async () => {
  reader = await launchBrowser();
  page = await reader.newPage();
  await openPage(page);
  const ids = await page.$$eval(BLOCKS, (blocks) => blocks.map((b) => b.getAttribute('data-pid')!));
  expect(ids.length, `${PAGE} needs two text blocks for these tests`).toBeGreaterThanOrEqual(2);
  [pid, secondPid] = ids as [string, string];
});

afterAll(async () => {
  await reader?.close();
});

describe('commenting', () => {
  it('opens the comments of a paragraph whose button was tapped before the page had hydrated (a slow phone)', async () => {
    const button = `button.fw-comment-button[data-pid="${secondPid}"]`;
    const slow = await beforeHydration(`${baseUrl}${PAGE}`, button);
    try {
      await slow.page.waitForFunction((name) => name in window, EARLY_COMMENT_CLICK_GLOBAL);
      await slow.page.locator(button).click();
      await slow.hydrate();
      await panel(slow.page).waitFor();
      expect(await slow.page.evaluate(() => document.activeElement?.id)).toBe('fw-comments-title');
      await slow.page.keyboard.press('Escape');
      await panel(slow.page).waitFor({ state: 'detached' });
      expect(await slow.page.evaluate((s) => document.activeElement?.matches(s), button)).toBe(true);
    } finally {
      await slow.close();
    }
  });

  it('comments on a paragraph with the keyboard only and sees it pending', async () => {
    const button = `button.fw-comment-button[data-pid="${pid}"]`;
    await tabTo(page, button);
    await page.keyboard.press('Enter');
    await page.waitForSelector('dialog[open]');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('fw-comments-title');

    await tabToLabel(page, 'Your comment');
    await page.keyboard.type(PARAGRAPH_BODY);
    await tabToLabel(page, 'Name shown with your comment');
    await page.keyboard.type(AUTHOR);
    await tabToLabel(page, 'You are commenting as');
    await page.keyboard.type('National');
    // The side event's focus areas are optional: not answered here.
    await tabToLabel(page, 'Type of comment');
    await page.keyboard.type('Sugg');
    await tabToLabel(page, 'Send comment');
    await page.keyboard.press('Enter');

    const mine = panel(page).locator('article', { hasText: PARAGRAPH_BODY });
    await mine.waitFor();
    await expect.poll(() => mine.textContent()).toContain('Awaiting moderation');
    expect(await mine.textContent()).toContain('National statistical office');
    expect(await mine.textContent()).toContain('Suggestion');

    await page.keyboard.press('Escape');
    await page.waitForSelector('dialog[open]', { state: 'detached' });
    expect(await page.evaluate((s) => document.activeElement?.matches(s), button)).toBe(true);
  });

  it('offers "Comment on this passage" after a keyboard selection and quotes the passage', async () => {
    const selected = await selectOpeningWords(page, pid);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('fw-passage-button');
    await page.keyboard.press('Enter');
    await page.waitForSelector('dialog[open]');
    expect(await panel(page).locator('blockquote').last().textContent()).toBe(selected);
    // Tab moves within the panel (the passage button behind it must not capture it).
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('fw-comments-title');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Close comments');
    // Its icon is an inline SVG like every control's, not a glyph a missing font turns into a box.
    expect(
      await page.evaluate(() => {
        const close = document.activeElement!;
        return { text: close.textContent?.trim(), svg: close.querySelectorAll('svg[aria-hidden="true"] path').length };
      }),
    ).toEqual({ text: '', svg: 2 });

    await fillWithLabels(
      page,
      { 'Your comment': PASSAGE_BODY, 'Name shown with your comment': PASSAGE_AUTHOR },
      { 'You are commenting as': 'opd', 'Side-event focus area': 'practicality', 'Type of comment': 'question' },
    );
    await panel(page).getByRole('button', { name: 'Send comment' }).click();
    const mine = panel(page).locator('article', { hasText: PASSAGE_BODY });
    await mine.waitFor();
    expect(await mine.textContent()).toContain('Awaiting moderation');
    expect(await mine.locator('blockquote').textContent()).toBe(selected);
    await page.keyboard.press('Escape');
  });

  // The service takes a passage only if the paragraph as published in the comment's language holds
  // it (src/server/quotedPassage.ts): a passage selected on a translated page, and on a page the
  // Arabic site shows in English, must both be accepted as the reader selected them.
  it.each([
    ['a translated page, right to left', '/ar/docs/definition'],
    ['a page the Arabic site shows in English', '/ar/docs/questions'],
  ])('comments on a passage selected on %s', async (_kind, path) => {
    // Another reader's browser: this reader's own pending comments are not counted on the pages the other tests check.
    const other = await reader.newIsolatedBrowser();
    const translated = await other.newPage();
    try {
      await translated.goto(`${baseUrl}${path}`);
      const block = translated.locator(BLOCKS).first();
      await block.waitFor();
      const id = (await block.getAttribute('data-pid'))!;
      await translated.waitForSelector(`button.fw-comment-button[data-pid="${id}"]`);
      const selected = await selectOpeningWords(translated, id);
      await translated.click('.fw-passage-button');
      const form = panel(translated).locator('form').last();
      const body = `A passage comment on ${path} (${RUN}).`;
      await form.locator('[id$="-body"]').fill(body);
      await form.locator('[id$="-authorName"]').fill(`Translated Passage Reader ${RUN}`);
      await form.locator('[id$="-stakeholder"]').selectOption('cso');
      await form.locator('[id$="-commentType"]').selectOption('question');
      await form.locator('button[type="submit"]').click();
      const mine = panel(translated).locator('article', { hasText: body });
      await mine.waitFor();
      expect(await mine.locator('blockquote').textContent()).toBe(selected);
      expect(await panel(translated).locator('[role="alert"]').count()).toBe(0);
    } finally {
      await other.close();
    }
  });

  it('keeps the draft and shows required-field errors next to the fields', async () => {
    await page.click(`button.fw-comment-button[data-pid="${secondPid}"]`);
    await page.waitForSelector('dialog[open]');
    await panel(page)
      .getByLabel(/^Your comment/)
      .fill('Unsent draft text');
    await panel(page)
      .getByLabel(/^Name shown with your comment/)
      .fill('');
    await panel(page).getByRole('button', { name: 'Send comment' }).click();
    const summary = panel(page).locator('[role="alert"]');
    await summary.waitFor();
    expect(await summary.textContent()).toContain('Enter the name to show with your comment.');
    expect(
      await panel(page)
        .getByLabel(/^Name shown with your comment/)
        .getAttribute('aria-invalid'),
    ).toBe('true');
    await page.keyboard.press('Escape');
    await page.click(`button.fw-comment-button[data-pid="${secondPid}"]`);
    expect(
      await panel(page)
        .getByLabel(/^Your comment/)
        .inputValue(),
    ).toBe('Unsent draft text');
    await page.keyboard.press('Escape');
  });

  it('is approved by a moderator on /moderate', async () => {
    const moderator = await reader.newPage();
    await moderator.goto(`${baseUrl}/moderate`);
    await moderator.getByLabel('Your name').fill('Editor in the comments test');
    await moderator.getByLabel('Moderator token').fill(moderatorToken);
    await moderator.getByRole('button', { name: 'Sign in' }).click();
    for (const author of [AUTHOR, PASSAGE_AUTHOR]) {
      await moderator.getByRole('checkbox', { name: `Select the comment by ${author}` }).check();
    }
    await moderator.getByRole('button', { name: 'Approve selected (2)' }).click();
    await expect.poll(() => moderator.locator('[role="status"]').first().textContent()).toContain('Approved: 2.');
    expect(await moderator.getByRole('checkbox', { name: `Select the comment by ${AUTHOR}` }).count()).toBe(0);
    expect(moderator.url()).not.toContain(moderatorToken);
    await moderator.close();
  });
});

describe('a second reader', () => {
  let other: Browser;
  let otherPage: Page;

  beforeAll(async () => {
    other = await launchBrowser();
    otherPage = await other.newPage();
  });

  afterAll(async () => {
    await other?.close();
  });

  it('sees the approved comments, the count and the passage highlight', async () => {
    await openPage(otherPage);
    const count = otherPage.locator(`button.fw-comment-button[data-pid="${pid}"] .fw-comment-count`);
    await expect.poll(() => count.textContent()).toBe('2');
    expect(await otherPage.locator(`button.fw-comment-button[data-pid="${pid}"]`).getAttribute('aria-label')).toBe(
      'Comments on this paragraph: 2',
    );
    expect(await otherPage.evaluate(() => CSS.highlights.get('fw-comment-passage')?.size)).toBe(1);
    await otherPage.click(`button.fw-comment-button[data-pid="${pid}"]`);
    await panel(otherPage).locator('article', { hasText: PARAGRAPH_BODY }).waitFor();
    await panel(otherPage).locator('article', { hasText: PASSAGE_BODY }).waitFor();
    expect(await panel(otherPage).textContent()).not.toContain('Awaiting moderation');
    // A mouse shortcut: clicking the highlighted passage opens the same panel.
    await otherPage.keyboard.press('Escape');
    await otherPage.waitForSelector('dialog[open]', { state: 'detached' });
    const box = await otherPage.evaluate(() => {
      const rect = ([...CSS.highlights.get('fw-comment-passage')!][0] as Range).getBoundingClientRect();
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    });
    await otherPage.mouse.click(box.x, box.y);
    await panel(otherPage).locator('article', { hasText: PASSAGE_BODY }).waitFor();
  });

  it('replies, and the first reader sees the reply once approved', async () => {
    await panel(otherPage)
      .getByRole('button', { name: `Reply to ${AUTHOR}` })
      .click();
    const replyForm = panel(otherPage).locator('li', { hasText: PARAGRAPH_BODY }).locator('form');
    // A reply inherits the thread's fields: it asks for its text and, from a reader this device
    // does not yet know, a name (who they are is optional); never the kind of comment or focus area.
    expect(await replyForm.getByLabel(/^Type of comment/).count()).toBe(0);
    expect(await replyForm.getByLabel(/^Side-event focus area/).count()).toBe(0);
    await fillWithLabels(
      otherPage,
      { 'Your reply': REPLY_BODY, 'Name shown with your comment': REPLY_AUTHOR },
      { 'You are commenting as': 'academia' },
      replyForm,
    );
    await panel(otherPage).getByRole('button', { name: 'Send reply' }).click();
    const reply = panel(otherPage).locator('article', { hasText: REPLY_BODY });
    await reply.waitFor();
    expect(await reply.textContent()).toContain('Awaiting moderation');

    await approveByAuthor(baseUrl, moderatorToken, REPLY_AUTHOR);
    await openPage(page);
    await expect
      .poll(() => page.locator(`button.fw-comment-button[data-pid="${pid}"] .fw-comment-count`).textContent())
      .toBe('3');
    await page.click(`button.fw-comment-button[data-pid="${pid}"]`);
    const thread = panel(page).locator('li', { hasText: PARAGRAPH_BODY }).first();
    await thread.locator('ol li article', { hasText: REPLY_BODY }).waitFor();
    await page.keyboard.press('Escape');
  });

  it('shows hostile input in every field as inert text', async () => {
    const hostileAuthor = `${HOSTILE.authorName} ${RUN}`;
    await openPage(otherPage);
    await otherPage.click(`button.fw-comment-button[data-pid="${secondPid}"]`);
    await fillWithLabels(
      otherPage,
      {
        'Your comment': HOSTILE.body,
        'Proposed wording': HOSTILE.proposedWording,
        'Name shown with your comment': hostileAuthor,
        Organisation: HOSTILE.organisation,
        Country: HOSTILE.country,
      },
      { 'You are commenting as': 'other', 'Side-event focus area': '', 'Type of comment': 'concern' },
    );
    await panel(otherPage).getByRole('button', { name: 'Send comment' }).click();
    await panel(otherPage).locator('article', { hasText: 'Hostile body marker.' }).waitFor();
    await approveByAuthor(baseUrl, moderatorToken, asStored(hostileAuthor));

    const third = await launchBrowser();
    const victim = await third.newPage();
    const dialogs: string[] = [];
    victim.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await openPage(victim);
    await expect
      .poll(() => victim.locator(`button.fw-comment-button[data-pid="${secondPid}"] .fw-comment-count`).textContent())
      .toBe('1');
    await victim.click(`button.fw-comment-button[data-pid="${secondPid}"]`);
    const comment = panel(victim).locator('article', { hasText: 'Hostile body marker.' });
    await comment.waitFor();
    for (const text of [hostileAuthor, HOSTILE.organisation, HOSTILE.country]) {
      expect(await comment.getByText(asStored(text), { exact: true }).isVisible(), text).toBe(true);
    }
    expect(await comment.textContent()).toContain(asStored(HOSTILE.proposedWording));
    expect(await comment.textContent()).toContain('override text');
    const injected = await victim.evaluate(
      (flag) => ({
        pwned: (window as unknown as Record<string, unknown>)[flag],
        // Our own close control's icon is the one SVG a dialog may hold.
        scripts: document.querySelectorAll(
          'dialog script, dialog svg:not(header > button > svg), dialog img, dialog iframe',
        ).length,
        handlers: document.querySelectorAll('dialog [onerror], dialog [onload], dialog [onclick]').length,
        jsLinks: [...document.querySelectorAll('a[href]')].filter((a) =>
          /^\s*javascript:/i.test(a.getAttribute('href')!),
        ).length,
      }),
      PWNED,
    );
    expect(injected).toEqual({ pwned: undefined, scripts: 0, handlers: 0, jsLinks: 0 });
    expect(dialogs).toEqual([]);
    await third.close();
  });

  it('lists comments on changed or removed wording under "Comments on earlier wording"', async () => {
    const author = `Earlier Reader ${RUN}`;
    const quote = { exact: `wording that has since been removed ${RUN}`, prefix: 'Some ', suffix: ' here.' };
    // The service takes only passages and ids the current build published, so these two are stored
    // as an earlier release took them.
    await storeFromEarlierRelease(dataDir, {
      target: {
        page: PAGE,
        paragraphId: pid,
        paragraphHash: 'zzzzzzz',
        quote,
        position: { start: 0, end: quote.exact.length },
      },
      body: `On a passage that changed (${RUN}).`,
      authorName: author,
    });
    await storeFromEarlierRelease(dataDir, {
      target: { page: PAGE, paragraphId: 'p-a-paragraph-that-is-gone-0000000', paragraphHash: 'abc1234' },
      body: `On a paragraph that is gone (${RUN}).`,
      authorName: author,
    });
    await approveByAuthor(baseUrl, moderatorToken, author);

    await openPage(otherPage);
    const section = otherPage.locator('section', {
      has: otherPage.getByRole('heading', { name: 'Comments on earlier wording' }),
    });
    await section.waitFor();
    expect(await section.textContent()).toContain(`On a passage that changed (${RUN}).`);
    expect(await section.textContent()).toContain(`On a paragraph that is gone (${RUN}).`);
    expect(await section.locator('blockquote').first().textContent()).toBe(quote.exact);
    // Not counted on (or moved to) the paragraph that still exists.
    expect(await otherPage.locator(`button.fw-comment-button[data-pid="${pid}"] .fw-comment-count`).textContent()).toBe(
      '3',
    );
  });
});

describe('robustness and accessibility', () => {
  it('shows the service’s field errors next to the fields and when to retry after a rate limit, keeping the text', async () => {
    const form = await reader.newPage();
    let answer: 'invalid' | 'limited' = 'invalid';
    await form.route('**/api/annotations', (route) =>
      route.request().method() !== 'POST'
        ? route.fallback()
        : answer === 'invalid'
          ? route.fulfill({
              status: 400,
              contentType: 'application/json',
              body: JSON.stringify({
                statusCode: 400,
                error: 'Bad Request',
                message: 'Please correct the highlighted fields.',
                fields: [{ field: '/country', message: 'country: must be at most 80 characters' }],
              }),
            })
          : route.fulfill({
              status: 429,
              contentType: 'application/json',
              headers: { 'Retry-After': '42' },
              body: JSON.stringify({ statusCode: 429, error: 'Too Many Requests', message: 'Rate limit exceeded' }),
            }),
    );
    await openPage(form);
    await form.click(`button.fw-comment-button[data-pid="${secondPid}"]`);
    await fillWithLabels(
      form,
      {
        'Your comment': 'Text that must survive errors.',
        'Name shown with your comment': 'Error Reader',
        Country: 'Somewhere',
      },
      { 'You are commenting as': 'nso', 'Side-event focus area': '', 'Type of comment': 'editorial' },
    );
    await panel(form).getByRole('button', { name: 'Send comment' }).click();
    const country = panel(form).getByLabel(/^Country/);
    await expect.poll(() => country.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await country.getAttribute('aria-describedby'))!;
    expect(await form.locator(`[id="${describedBy.split(' ').pop()}"]`).textContent()).toBe(
      'country: must be at most 80 characters',
    );
    expect(await panel(form).locator('[role="alert"]').textContent()).toContain(
      'Please correct the highlighted fields.',
    );

    answer = 'limited';
    await panel(form).getByRole('button', { name: 'Send comment' }).click();
    await expect.poll(() => panel(form).locator('[role="alert"]').textContent()).toContain('try again in 42 seconds');
    expect(
      await panel(form)
        .getByLabel(/^Your comment/)
        .inputValue(),
    ).toBe('Text that must survive errors.');
    await form.close();
  });

  it('lets the author edit and delete their own pending comment', async () => {
    const body = `A comment to edit (${RUN}).`;
    await openPage(page);
    await page.click(`button.fw-comment-button[data-pid="${secondPid}"]`);
    await fillWithLabels(
      page,
      { 'Your comment': body, 'Name shown with your comment': `Editing Reader ${RUN}` },
      {
        'You are commenting as': 'citizen-science',
        'Side-event focus area': 'collaborative-use',
        'Type of comment': 'suggestion',
      },
    );
    await panel(page).getByRole('button', { name: 'Send comment' }).click();
    const mine = panel(page).locator('article', { hasText: body });
    await mine.waitFor();
    await mine.getByRole('button', { name: 'Edit' }).click();
    await mine.getByLabel('Your comment').fill(`${body} Edited.`);
    await mine.getByRole('button', { name: 'Save changes' }).click();
    const edited = panel(page).locator('article', { hasText: `${body} Edited.` });
    await edited.waitFor();
    await edited.getByRole('button', { name: 'Delete' }).click();
    await edited.getByRole('button', { name: 'Yes, delete' }).click();
    await edited.waitFor({ state: 'detached' });
    expect(await page.evaluate(() => localStorage.getItem('fw-comments-mine'))).not.toContain('Edited.');
    await page.keyboard.press('Escape');
  });

  it('keeps counts right across client-side navigation', async () => {
    await openPage(page);
    const count = page.locator(`button.fw-comment-button[data-pid="${pid}"] .fw-comment-count`);
    await expect.poll(() => count.textContent()).toBe('3');
    await page.locator('nav a[href="/docs/principles"]').first().click();
    await page.waitForURL(/\/docs\/principles$/);
    // The URL changes before React swaps the page, so wait for the new page's own paragraph first.
    await page.locator('#principles-intro').waitFor();
    expect(await page.locator('#fw-earlier-wording').count()).toBe(0);
    await page.goBack();
    await page.waitForURL(new RegExp(`${PAGE}$`));
    await expect
      .poll(() => page.locator(`button.fw-comment-button[data-pid="${pid}"] .fw-comment-count`).textContent())
      .toBe('3');
    await page.locator('#fw-earlier-wording').waitFor();
  });

  it('says politely that comments are unavailable when the service cannot be reached', async () => {
    const offline = await reader.newPage();
    await offline.route('**/api/**', (route) => route.abort());
    await openPage(offline);
    await offline.click(`button.fw-comment-button[data-pid="${pid}"]`);
    const alert = panel(offline).locator('[role="alert"]');
    await alert.waitFor();
    expect(await alert.textContent()).toContain(
      'Comments are not available right now: the comment service cannot be reached. Please try again later.',
    );
    await offline.close();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`has no axe violations on the page and with the panel open (${colorScheme})`, async () => {
      const browser = await launchBrowser({ colorScheme });
      try {
        const view = await browser.newPage();
        await openPage(view);
        // The page itself with counts, highlights and the earlier-wording section…
        await view.locator('#fw-earlier-wording').waitFor();
        expect(await axeViolations(view)).toEqual([]);
        // …and with the panel open on a thread with a reply form.
        await view.click(`button.fw-comment-button[data-pid="${pid}"]`);
        await panel(view).locator('article', { hasText: PARAGRAPH_BODY }).waitFor();
        await panel(view)
          .getByRole('button', { name: `Reply to ${AUTHOR}` })
          .click();
        expect(await axeViolations(view)).toEqual([]);
      } finally {
        await browser.close();
      }
      // A browser of its own and four axe runs (two widths, two states).
    }, 120_000);
  }
});
