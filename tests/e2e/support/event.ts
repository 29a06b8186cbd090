/**
 * The side event's pages as the end-to-end tests drive them: an attendee sending input with the
 * keyboard only, and the presenter view's count and approved items. Shared by the one-instance
 * journey (event.test.ts) and the two-instance one on PostgreSQL (liveTwoInstances.test.ts), so
 * both exercise the same steps.
 */
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { EVENT_INPUT_PATH, EVENT_PRESENTER_PATH, type FocusLetter } from '../../../src/shared/event';

/** Opens the presenter view and resolves once its stream is connected ("Live"). */
export async function openPresenter(page: Page, baseUrl: string): Promise<void> {
  await page.goto(`${baseUrl}${EVENT_PRESENTER_PATH}`);
  await page.getByText('Live', { exact: true }).waitFor();
}

/**
 * The presenter view's "N received" count, as shown. Throws when the count is not on the page: a
 * NaN would compare equal to another NaN (Object.is) and let a count check pass without a count.
 */
export async function receivedCount(page: Page): Promise<number> {
  // The paragraph is a grid, so its innerText puts the number and "received" on separate lines.
  const text = await page.locator('p[aria-live]').first().innerText();
  const count = /(\d+)\s+received/.exec(text)?.[1];
  if (count === undefined) throw new Error(`No "N received" count on the presenter view: ${JSON.stringify(text)}`);
  return Number(count);
}

/** The approved items on a presenter view that show `text`. */
export function floorItems(page: Page, text: string): Locator {
  return page.locator('li[data-floor-id]').filter({ hasText: text });
}

/**
 * Sends input from the floor on the input page at `baseUrl` (focus preselected as by the QR
 * code), with the keyboard only, and resolves once the page confirms it was received.
 */
export async function sendInputWithKeyboard(
  page: Page,
  baseUrl: string,
  input: { focus: FocusLetter; text: string; name: string },
): Promise<void> {
  await page.goto(`${baseUrl}${EVENT_INPUT_PATH}?focus=${input.focus}`);
  const radio = page.getByRole('radio', { name: new RegExp(`\\(${input.focus}\\)`) });
  await expect.poll(() => radio.isChecked()).toBe(true);
  // Tab from the checked radio to the text box, type, Tab to the name, type, Tab to Send, Enter.
  await radio.focus();
  await page.keyboard.press('Tab');
  await page.keyboard.type(input.text);
  await page.keyboard.press('Tab');
  await page.keyboard.type(input.name);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await page.getByText('will appear on the screen once an editor has approved it').waitFor();
  // The field is cleared for the next input, and the keyboard focus stays on Send, not the body.
  expect(await page.getByLabel('Your input').inputValue()).toBe('');
  expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Send');
}
