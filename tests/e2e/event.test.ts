/**
 * The side event's pages in Chromium against the real service: an attendee (one browser profile)
 * sends input from a phone-sized screen with the keyboard only; the presenter view (another
 * profile), whose QR code to join decodes to the input page, counts it at once and shows it after
 * an editor approves it, without reloading; the game is played by keyboard, scores, links each
 * answer to its paragraph, and the room's tally reaches the presenter view. Every event page is
 * axe-clean, has no horizontal scrolling at 360 px, and there every control is reached with Tab
 * alone and shows where the focus is.
 */
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { EVENT_GAME_PATH, EVENT_INPUT_PATH, EVENT_PATH, EVENT_PRESENTER_PATH } from '../../src/shared/event';
import { decidingLink, GAME_CARDS } from '../../src/shared/game/cards';
import { axeViolations, launchBrowser, type Browser } from './support/browser';
import { openPresenter, receivedCount, sendInputWithKeyboard } from './support/event';

const baseUrl = inject('baseUrl');
const moderatorToken = inject('moderatorToken');
const RUN = Date.now().toString(36);

let presenterBrowser: Browser;
let attendeeBrowser: Browser;
let presenter: Page;
let attendee: Page;

beforeAll(async () => {
  presenterBrowser = await launchBrowser();
  attendeeBrowser = await presenterBrowser.newIsolatedBrowser();
  presenter = await presenterBrowser.newPage();
  attendee = await attendeeBrowser.newPage();
  await attendee.setViewportSize({ width: 360, height: 740 });
});
afterAll(async () => {
  await attendeeBrowser?.close();
  await presenterBrowser?.close();
});

async function approve(text: string): Promise<void> {
  const headers = { Authorization: `Bearer ${moderatorToken}` };
  const list = await fetch(`${baseUrl}/api/moderation/annotations?status=pending&page=${EVENT_INPUT_PATH}`, {
    headers,
  });
  const { annotations } = (await list.json()) as { annotations: { id: string; body: string; revision: string }[] };
  const read = annotations.find((a) => a.body === text);
  expect(read).toBeDefined();
  const decided = await fetch(`${baseUrl}/api/moderation/decisions`, {
    method: 'POST',
    headers: { ...headers, 'content-type': 'application/json' },
    body: JSON.stringify({ items: [{ id: read!.id, revision: read!.revision }], status: 'approved' }),
  });
  expect(decided.status).toBe(200);
}

const noHorizontalScroll = (target: Page) =>
  target.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);

/**
 * Keyboard only: presses Tab from the top of the page until focus has passed through <main>, and
 * answers which of main's controls (links, buttons, fields, summaries, scrollable regions; a radio
 * group counts once) Tab never reached, and which it reached without a visible focus indicator.
 */
async function tabThroughMain(target: Page): Promise<{ controls: number; missed: string[]; unmarked: string[] }> {
  const controls = await target.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    const selector =
      'a[href], button, input:not([type="hidden"]), select, textarea, summary, [tabindex]:not([tabindex="-1"])';
    const keys = new Set<string>();
    document.querySelectorAll<HTMLElement>(`main :is(${selector})`).forEach((element, index) => {
      const shown = element.getClientRects().length > 0 && getComputedStyle(element).visibility !== 'hidden';
      if (!shown || element.tabIndex < 0 || (element as HTMLButtonElement).disabled) return;
      const radio = element instanceof HTMLInputElement && element.type === 'radio' ? element.name : '';
      const key = radio
        ? `radio group ${radio}`
        : `${element.tagName.toLowerCase()} #${index} "${element.textContent?.trim().slice(0, 40) ?? ''}"`;
      element.dataset.tabProbe = key;
      keys.add(key);
    });
    return [...keys];
  });
  const reached = new Set<string>();
  const unmarked: string[] = [];
  let entered = false;
  for (let presses = 0; presses < 300; presses += 1) {
    await target.keyboard.press('Tab');
    const focused = await target.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      if (!element?.closest('main')) return null;
      const style = getComputedStyle(element);
      const marked = (style.outlineStyle !== 'none' && style.outlineWidth !== '0px') || style.boxShadow !== 'none';
      return { key: element.dataset.tabProbe ?? '', marked };
    });
    if (!focused) {
      if (entered) break;
      continue;
    }
    entered = true;
    reached.add(focused.key);
    if (!focused.marked) unmarked.push(focused.key);
  }
  return { controls: controls.length, missed: controls.filter((key) => !reached.has(key)), unmarked };
}

describe('input from the floor, live', () => {
  it('an attendee sends input with the keyboard; the presenter counts it, then shows it once approved', async () => {
    await openPresenter(presenter, baseUrl);
    const before = await receivedCount(presenter);
    // The projected QR code to join decodes to the input page.
    const join = presenter.getByRole('img', { name: /^QR code for sending input from your phone/ });
    const png = new URL((await join.getAttribute('src'))!, baseUrl);
    png.searchParams.set('format', 'png');
    const image = PNG.sync.read(Buffer.from(await (await fetch(png)).arrayBuffer()));
    expect(jsQR(new Uint8ClampedArray(image.data), image.width, image.height)?.data).toBe(
      `${baseUrl}${EVENT_INPUT_PATH}`,
    );

    const text = `We need legal recognition of citizen data (${RUN}).`;
    await sendInputWithKeyboard(attendee, baseUrl, { focus: 'b', text, name: 'Ana, OPD network' });
    expect(await noHorizontalScroll(attendee)).toBe(true);

    await expect.poll(() => receivedCount(presenter)).toBe(before + 1);
    expect(await presenter.getByText(text).count()).toBe(0);
    await approve(text);
    await presenter.getByText(text).waitFor();
    expect(await presenter.getByText('— Ana, OPD network').count()).toBe(1);
  });

  it('refuses empty input with a message and keeps typed text when the server refuses', async () => {
    await attendee.goto(`${baseUrl}${EVENT_INPUT_PATH}`);
    await attendee.getByLabel('Your input').fill('A thought without a focus area');
    await attendee.getByRole('button', { name: 'Send' }).click();
    await attendee.getByText('Choose a focus area.').waitFor();
    expect(await attendee.getByLabel('Your input').inputValue()).toBe('A thought without a focus area');
  });
});

describe('the game', () => {
  it('is played with the keyboard on a phone, links each answer to its paragraph, scores, and tallies on the projector', async () => {
    await attendee.goto(`${baseUrl}${EVENT_GAME_PATH}`);
    const links: string[] = [];
    for (const [index, card] of GAME_CARDS.entries()) {
      await attendee.getByRole('heading', { name: new RegExp(`Card ${index + 1} of ${GAME_CARDS.length}`) }).waitFor();
      // Right on every card except the first, where a guess of "no" is wrong.
      const answer = index === 0 ? 'no' : card.verdict;
      const label = {
        yes: 'Yes, citizen data',
        no: 'No, not citizen data',
        'cannot-tell': 'The reported definition cannot tell',
      }[answer];
      await attendee.getByRole('button', { name: label }).focus();
      await attendee.keyboard.press('Enter');
      const link = attendee.locator('a[data-deciding-link]');
      await link.waitFor();
      links.push((await link.getAttribute('href')) ?? '');
      // At phone width the navbar is the theme's (its search button is checked on its own pages).
      if (index === 0) expect(await axeViolations(attendee, { include: 'main' })).toEqual([]);
      expect(await noHorizontalScroll(attendee)).toBe(true);
      await attendee
        .getByRole('button', { name: index + 1 < GAME_CARDS.length ? 'Next card' : 'See your score' })
        .press('Enter');
    }
    await attendee
      .getByRole('heading', { name: `You got ${GAME_CARDS.length - 1} of ${GAME_CARDS.length} right` })
      .waitFor();
    expect(links).toEqual(GAME_CARDS.map(decidingLink));
    for (const href of links) {
      const [, fragment] = href.split('#');
      const response = await fetch(`${baseUrl}/p/${fragment}`, { redirect: 'manual' });
      expect(response.headers.get('location')).toBe(href);
    }

    // The room's tally on the projector: the first card got this phone's "no".
    await openPresenter(presenter, baseUrl);
    const noCount = presenter.locator('ul[aria-live] li').filter({ hasText: 'No, not citizen data' }).locator('strong');
    await expect.poll(() => noCount.innerText()).toBe('1');
    await presenter.getByRole('button', { name: 'Reveal the answer' }).click();
    await presenter.getByText(GAME_CARDS[0]!.explanation).waitFor();
  });
});

describe('every event page', () => {
  for (const path of [EVENT_PATH, EVENT_INPUT_PATH, EVENT_PRESENTER_PATH, EVENT_GAME_PATH]) {
    it(`${path} is axe-clean, fits 360 px, and every control in it is reached with Tab and shows its focus`, async () => {
      const target = await presenterBrowser.newPage();
      try {
        await target.goto(`${baseUrl}${path}`);
        await target.locator('main h1').waitFor();
        if (path === EVENT_PRESENTER_PATH) await target.getByText('Live', { exact: true }).waitFor();
        expect(await axeViolations(target)).toEqual([]);
        await target.setViewportSize({ width: 360, height: 740 });
        expect(await noHorizontalScroll(target)).toBe(true);
        const keyboard = await tabThroughMain(target);
        expect(keyboard.controls).toBeGreaterThan(0);
        expect(keyboard.missed).toEqual([]);
        expect(keyboard.unmarked).toEqual([]);
      } finally {
        await target.close();
      }
    });
  }

  it('the kit has a QR code per focus area leading to input on it, with a slide-ready PNG', async () => {
    const target = await presenterBrowser.newPage();
    try {
      await target.goto(`${baseUrl}${EVENT_PATH}`);
      for (const letter of ['a', 'b', 'c']) {
        const image = target.getByRole('img', { name: new RegExp(`giving input on focus area \\(${letter}\\)`) });
        await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
        const src = await image.getAttribute('src');
        expect(new URL(src!, baseUrl).searchParams.get('path')).toBe(`${EVENT_INPUT_PATH}?focus=${letter}`);
      }
      const slide = target.getByRole('link', { name: 'Download PNG for slides' }).first();
      const response = await fetch(new URL((await slide.getAttribute('href'))!, baseUrl));
      expect(response.headers.get('content-type')).toBe('image/png');
      expect(response.headers.get('content-disposition')).toMatch(
        /attachment; filename="qr-event-2024-02-26-input-focus-a\.png"/,
      );
    } finally {
      await target.close();
    }
  });
});
