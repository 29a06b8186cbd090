/**
 * A search index that could not be loaded (offline, a link that dropped mid-download) offers to
 * load it again, in the dialog and on `/search` (useSearchEngine's `retry`): before, the reader was
 * told "Search is unavailable" and had to reload the page. The search client here is a stand-in
 * whose loads fail while the test says the connection is down.
 */
import { act, createElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const connection = { up: false, loads: 0 };
vi.mock('../../src/client/search/workerClient', () => ({
  absoluteManifestUrl: (url: string) => url,
  searchClient: () => ({
    load: () => {
      connection.loads += 1;
      return connection.up
        ? Promise.resolve({ size: 3, pending: [] })
        : Promise.reject(new Error('Could not load /search/manifest.json: the connection failed (offline?).'));
    },
    complete: () => Promise.resolve({ size: 3, pending: [] }),
    search: () => new Promise(() => undefined),
  }),
}));

const { default: SearchDialog } = await import('../../src/plugins/search/theme/SearchBar/SearchDialog');
const { useSearchEngine } = await import('../../src/plugins/search/theme/SearchBar/useSearch');

const host = document.createElement('div');
document.body.append(host);
let root: Root;
beforeEach(() => {
  connection.up = false;
  connection.loads = 0;
  root = createRoot(host);
});
afterEach(async () => {
  await act(() => root.unmount());
});

const tryAgain = () => [...host.querySelectorAll('button')].find((button) => button.textContent === 'Try again');

describe('a search index that could not be loaded', () => {
  it('is loaded again from the dialog’s "Try again", with the focus back in the search field', async () => {
    await act(async () =>
      root.render(
        createElement(SearchDialog, {
          manifestUrl: '/search/manifest.json',
          language: 'en',
          initialQuery: '',
          onReady: () => undefined,
          onClose: () => undefined,
        }),
      ),
    );
    const status = host.querySelector('[role="status"]')!;
    await vi.waitFor(() => expect(status.textContent).toContain('Search is unavailable: Could not load'));
    expect(tryAgain()).toBeDefined();

    // Still down: the load is sent again and fails again, and the reader can go on trying.
    await act(async () => tryAgain()!.click());
    expect(document.activeElement).toBe(host.querySelector('input[type="search"]'));
    await vi.waitFor(() => expect(connection.loads).toBe(2));
    await vi.waitFor(() => expect(tryAgain()).toBeDefined());

    connection.up = true;
    await act(async () => tryAgain()!.click());
    await vi.waitFor(() => expect(status.textContent).toBe(''));
    expect(tryAgain()).toBeUndefined();
    expect(connection.loads).toBe(3);
  });

  it('is loading while it is tried again, then ready (the hook /search uses too)', async () => {
    const states: string[] = [];
    let retry: (() => void) | undefined;
    function Probe() {
      const engine = useSearchEngine('/search/manifest.json', 'en', true);
      states.push(engine.status);
      retry = engine.status === 'error' ? engine.retry : undefined;
      return null;
    }
    await act(async () => root.render(createElement(Probe)));
    await vi.waitFor(() => expect(states.at(-1)).toBe('error'));
    connection.up = true;
    await act(async () => retry!());
    await vi.waitFor(() => expect(states.at(-1)).toBe('ready'));
    expect(states.filter((state, index) => state !== states[index - 1])).toEqual([
      'loading',
      'error',
      'loading',
      'ready',
    ]);
  });
});
