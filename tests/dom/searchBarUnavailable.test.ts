/**
 * The navbar search when the dialog's code cannot be loaded (offline on a page where search was
 * never opened, or a tab older than the deployed site): the page does not crash, the reader is told
 * why and can try again or close, keys typed afterwards reach the page again, and "Try again" opens
 * the dialog once the code arrives. Before, the failure reached Docusaurus's top-level boundary and
 * replaced the whole site with "This page crashed". While the code is still on its way, letters
 * typed on the page are kept for the dialog, but not those typed into a field, and Escape cancels.
 */
import { act, createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** Whether the dialog's code can be fetched, and, if set, a wait before it arrives (a slow connection). */
const connection: { up: boolean; arrival?: Promise<void> } = { up: false };
// The index is never loaded here: only pointer and focus start it, and the tests use neither.
vi.mock('../../src/client/search/workerClient', () => {
  throw new Error('the search worker is not part of these tests');
});

const host = document.createElement('div');
document.body.append(host);
let root: ReturnType<typeof createRoot>;
let console: ReturnType<typeof vi.spyOn>;

beforeEach(async () => {
  connection.up = false;
  connection.arrival = undefined;
  // A fresh copy of the search bar, whose dialog no earlier test has loaded.
  vi.resetModules();
  vi.doMock('../../src/plugins/search/theme/SearchBar/SearchDialog', async () => {
    await connection.arrival;
    if (!connection.up) throw new TypeError('Failed to fetch dynamically imported module');
    return { default: () => createElement('dialog', { open: true }, 'the search dialog') };
  });
  const { default: SearchBar } = await import('../../src/plugins/search/theme/SearchBar');
  // React reports the caught error on the console too.
  console = vi.spyOn(globalThis.console, 'error').mockImplementation(() => undefined);
  root = createRoot(host);
  await act(() => root.render(createElement(SearchBar)));
});

afterEach(async () => {
  await act(() => root.unmount());
  console.mockRestore();
});

const button = (name: string) => [...host.querySelectorAll('button')].find((b) => b.textContent?.includes(name));

async function openSearch(): Promise<HTMLElement> {
  await act(async () => button('Search')!.click());
  await vi.waitFor(() => expect(host.querySelector('[role="alert"]')).not.toBeNull());
  return host.querySelector<HTMLElement>('[role="alert"]')!;
}

/** Presses a key on the page (or in `target`); true if it still got it (nothing prevented its default). */
function press(key: string, modifiers: KeyboardEventInit = {}, target: Element = document.body): boolean {
  return target.dispatchEvent(new KeyboardEvent('keydown', { key, ...modifiers, bubbles: true, cancelable: true }));
}

describe('the navbar search, when its dialog cannot be loaded', () => {
  it('says why, with the focus on "Try again", and leaves the rest of the page alone', async () => {
    const alert = await openSearch();
    expect(alert.textContent).toContain('Search could not be loaded. Check your connection and try again');
    expect(document.activeElement?.textContent).toBe('Try again');
    expect(button('Search')).toBeDefined();
    // Letters and Space are the page's again (Space presses the focused button), not kept for a dialog.
    expect(press(' ')).toBe(true);
    expect(press('a')).toBe(true);
    // Asking for search again while the notice is up does not start keeping keys either.
    await act(async () => button('Search')!.click());
    await act(async () => press('k', { ctrlKey: true }));
    expect(press('b')).toBe(true);
  });

  it('closes on Escape and on "Close", and tries again when search is opened again', async () => {
    await openSearch();
    await act(async () => press('Escape'));
    expect(host.querySelector('[role="alert"]')).toBeNull();
    await openSearch();
    await act(async () => button('Close')!.click());
    expect(host.querySelector('[role="alert"]')).toBeNull();
    // The notice's buttons are gone: focus is back on the button that opened search.
    expect(document.activeElement).toBe(button('Search'));

    connection.up = true;
    await act(async () => button('Search')!.click());
    await vi.waitFor(() => expect(host.querySelector('dialog')?.textContent).toBe('the search dialog'));
  });

  it('opens the dialog on "Try again" once the code can be loaded', async () => {
    await openSearch();
    connection.up = true;
    await act(async () => button('Try again')!.click());
    await vi.waitFor(() => expect(host.querySelector('dialog')?.textContent).toBe('the search dialog'));
    expect(host.querySelector('[role="alert"]')).toBeNull();
  });
});

describe('the navbar search, while its dialog is still on its way', () => {
  it('keeps letters typed on the page for it, leaves a field’s letters to the field, and cancels on Escape', async () => {
    let arrive!: () => void;
    connection.up = true;
    connection.arrival = new Promise<void>((resolve) => (arrive = resolve));
    const field = document.createElement('textarea');
    document.body.append(field);
    try {
      await act(async () => button('Search')!.click());
      expect(press('d')).toBe(false);
      expect(press('x', {}, field)).toBe(true);
      await act(async () => press('Escape'));
      expect(press('y')).toBe(true);
      await act(async () => arrive());
      await vi.dynamicImportSettled();
      expect(host.querySelector('dialog')).toBeNull();
    } finally {
      field.remove();
    }
  });
});
