/**
 * A search index that could not be loaded (offline, a link that dropped mid-download) offers to
 * load it again, in the dialog and on `/search` (useSearchEngine's `retry`): before, the reader was
 * told "Search is unavailable" and had to reload the page. Likewise the parts of the index after the
 * first. The search client here is a stand-in whose loads fail while the test says the connection
 * is down.
 */
import { act, createElement, useRef } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const connection = { up: false, loads: 0, pending: [] as string[], partsUp: true, completes: 0 };
vi.mock('../../src/client/search/workerClient', () => ({
  absoluteManifestUrl: (url: string) => url,
  searchClient: () => ({
    load: () => {
      connection.loads += 1;
      return connection.up
        ? Promise.resolve({ size: 3, pending: connection.pending })
        : Promise.reject(new Error('Could not load /search/manifest.json: the connection failed (offline?).'));
    },
    complete: () => {
      connection.completes += 1;
      return connection.partsUp
        ? Promise.resolve({ size: 5, pending: [] })
        : Promise.reject(new Error('Could not load /search/index.b.json (HTTP 503).'));
    },
    search: () => new Promise(() => undefined),
  }),
}));

const { default: SearchDialog } = await import('../../src/plugins/search/theme/SearchBar/SearchDialog');
const { useSearchEngine } = await import('../../src/plugins/search/theme/SearchBar/useSearch');
const { default: RetryIndex } = await import('../../src/plugins/search/theme/SearchBar/RetryIndex');

const host = document.createElement('div');
document.body.append(host);
let root: Root;
beforeEach(() => {
  Object.assign(connection, { up: false, loads: 0, pending: [], partsUp: true, completes: 0 });
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

  it('offers the parts after the first again when they could not be loaded, keeping the first searchable', async () => {
    Object.assign(connection, { up: true, pending: ['background', 'blog'], partsUp: false });
    const states: string[] = [];
    function Probe() {
      const engine = useSearchEngine('/search/manifest.json', 'en');
      const field = useRef<HTMLInputElement>(null);
      states.push(
        engine.status === 'ready'
          ? `ready ${engine.pending.join(',') || '-'}${engine.partError ? ' failed' : ''}`
          : engine.status,
      );
      return createElement(
        'div',
        null,
        createElement('input', { ref: field, type: 'search' }),
        createElement(RetryIndex, { engine, field }),
      );
    }
    await act(async () => root.render(createElement(Probe)));
    await vi.waitFor(() => expect(tryAgain()).toBeDefined());
    // Still failing: asked again, failing again, and offered again.
    await act(async () => tryAgain()!.click());
    expect(document.activeElement).toBe(host.querySelector('input[type="search"]'));
    await vi.waitFor(() => expect(connection.completes).toBe(2));
    await vi.waitFor(() => expect(tryAgain()).toBeDefined());
    connection.partsUp = true;
    await act(async () => tryAgain()!.click());
    await vi.waitFor(() => expect(states.at(-1)).toBe('ready -'));
    expect(tryAgain()).toBeUndefined();
    expect(states.filter((state, index) => state !== states[index - 1])).toEqual([
      // The stand-in answers at once: the first part's state and its failure come in one render.
      'loading',
      'ready background,blog failed',
      'ready background,blog',
      'ready background,blog failed',
      'ready background,blog',
      'ready -',
    ]);
  });
});
