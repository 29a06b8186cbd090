/**
 * Code that arrives after the page (a chunk loaded on demand, Chart.js, a page change): what the
 * reader sees while it is on its way, and when it cannot be fetched.
 */
import { act, Component, createElement, Suspense, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import ChunkBoundary from '../../src/components/ChunkBoundary';
import { runInNewContext } from 'node:vm';
import { ChunkLoadFailure, isChunkLoadError, retryableLazy } from '../../src/client/retryableLazy';
import type { Tally } from '../../src/shared/feedback';
import BarChart from '../../src/components/Feedback/BarChart';
import nprogress from 'nprogress';
import '../../src/client/progressBar/clientModule';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** Chart.js's chunk: unreachable until a test makes it `reachable`; the charts it drew. */
const chartCode = vi.hoisted(() => ({ reachable: false, drawn: [] as string[] }));
vi.mock('chart.js', () => {
  if (!chartCode.reachable) throw new TypeError('Failed to fetch dynamically imported module');
  const part = () => ({});
  class Chart {
    static register(): void {}
    constructor(canvas: HTMLCanvasElement) {
      chartCode.drawn.push(canvas.getAttribute('aria-label') ?? '');
    }
    destroy(): void {}
  }
  return { Chart, BarController: part, BarElement: part, CategoryScale: part, LinearScale: part, Tooltip: part };
});

/**
 * A chunk that could not be loaded (src/client/retryableLazy.ts) is caught where it is used
 * (src/components/ChunkBoundary) and loaded anew on "Try again", which `React.lazy` alone never
 * does; an error of the loaded code itself (in its first run or in a render) is not taken for a
 * connection problem.
 */
describe('a chunk loaded on demand (src/client/retryableLazy.ts, src/components/ChunkBoundary)', () => {
  const host = document.createElement('div');
  document.body.append(host);
  let root: ReturnType<typeof createRoot>;
  beforeEach(() => {
    root = createRoot(host);
  });
  afterEach(async () => {
    await act(() => root.unmount());
  });

  /** The page's own boundary: what the chunk boundary passes on. */
  class PageBoundary extends Component<{ children: ReactNode }, { error: string }> {
    override state = { error: '' };
    static getDerivedStateFromError(error: Error) {
      return { error: `page boundary: ${error.message}` };
    }
    override render() {
      return this.state.error || this.props.children;
    }
  }

  const Loaded = ({ name }: { name: string }) => `loaded for ${name}`;

  function render(lazyOne: ReturnType<typeof retryableLazy<{ name: string }>>) {
    return act(async () =>
      root.render(
        createElement(
          PageBoundary,
          null,
          createElement(ChunkBoundary, {
            retry: lazyOne.retry,
            fallback: (tryAgain: () => void) =>
              createElement('button', { type: 'button', onClick: tryAgain }, 'Could not load: try again'),
            children: createElement(
              Suspense,
              { fallback: 'loading' },
              createElement(lazyOne.Component, { name: 'Ada' }),
            ),
          }),
        ),
      ),
    );
  }

  describe('a chunk loaded on demand', () => {
    it('says it could not be loaded where it is used, and loads it anew on "Try again"', async () => {
      const load = vi
        .fn<() => Promise<{ default: typeof Loaded }>>()
        .mockRejectedValueOnce(new TypeError('Failed to fetch dynamically imported module'))
        .mockResolvedValue({ default: Loaded });
      // React reports the caught error on the console too.
      const console = vi.spyOn(globalThis.console, 'error').mockImplementation(() => undefined);
      try {
        await render(retryableLazy(load));
        expect(host.textContent).toBe('Could not load: try again');
        await act(async () => host.querySelector('button')!.click());
        await vi.waitFor(() => expect(host.textContent).toBe('loaded for Ada'));
        expect(load).toHaveBeenCalledTimes(2);
      } finally {
        console.mockRestore();
      }
    });

    it('passes an error of the loaded code on to the page’s boundary', async () => {
      const Broken = (): ReactNode => {
        throw new RangeError('a bug in the dialog');
      };
      const console = vi.spyOn(globalThis.console, 'error').mockImplementation(() => undefined);
      try {
        await render(retryableLazy(() => Promise.resolve({ default: Broken })));
        await vi.waitFor(() => expect(host.textContent).toBe('page boundary: a bug in the dialog'));
      } finally {
        console.mockRestore();
      }
    });

    it('passes an error thrown while the loaded code first ran on to the page’s boundary', async () => {
      const console = vi.spyOn(globalThis.console, 'error').mockImplementation(() => undefined);
      try {
        await render(retryableLazy(() => Promise.reject(new ReferenceError('window is not defined'))));
        await vi.waitFor(() => expect(host.textContent).toBe('page boundary: window is not defined'));
      } finally {
        console.mockRestore();
      }
    });

    it('tells a chunk that could not be fetched from other errors, and keeps the cause', () => {
      const rspack = Object.assign(new Error('Loading chunk 42 failed.\n(error: /assets/js/42.js)'), {
        name: 'ChunkLoadError',
      });
      const css = Object.assign(new Error('Loading CSS chunk 42 failed.'), { code: 'CSS_CHUNK_LOAD_FAILED' });
      const browsers = [
        new TypeError('Failed to fetch dynamically imported module: https://example.org/a.js'),
        new TypeError('error loading dynamically imported module: https://example.org/a.js'),
        new TypeError('Importing a module script failed.'),
      ];
      const wrapped = new Error('There was an error when mocking a module', { cause: rspack });
      // Made in another realm (a frame, a module sandbox): no instance of this realm's TypeError.
      const foreign: unknown = runInNewContext("new TypeError('Failed to fetch dynamically imported module: a.js')");
      expect(foreign instanceof TypeError).toBe(false);
      expect([rspack, css, ...browsers, wrapped, foreign].map(isChunkLoadError)).toEqual(Array(7).fill(true));
      expect(
        [new TypeError('x is not a function'), new Error('Failed to fetch'), 'ChunkLoadError'].map(isChunkLoadError),
      ).toEqual([false, false, false]);
      const failure = new ChunkLoadFailure(rspack);
      expect([failure.name, failure.message, failure.cause]).toEqual(['ChunkLoadFailure', rspack.message, rspack]);
    });
  });
});

/**
 * An insights chart (src/components/Feedback/BarChart.tsx) whose drawing code cannot be loaded
 * (offline on a page never visited before) says so in its box and leaves the figures to its
 * table, instead of an empty picture announced as the chart and an unhandled rejection.
 */
describe('an insights chart (src/components/Feedback/BarChart.tsx)', () => {
  describe('an insights chart whose code cannot be loaded', () => {
    it('says so in its box, keeps the table, and announces no empty picture', async () => {
      const host = document.createElement('div');
      document.body.append(host);
      const root = createRoot(host);
      const tallies: Tally[] = [
        { key: 'nso', label: 'nso', count: 3 },
        { key: 'cso', label: 'cso', count: 5 },
      ];
      await act(() => root.render(createElement(BarChart, { title: 'By stakeholder', tallies, label: (t) => t.key })));
      await vi.waitFor(() =>
        expect(host.querySelector('figure p')?.textContent).toMatch(/^The chart could not be loaded/),
      );
      expect(host.querySelector('[role="img"]')).toBeNull();
      expect([...host.querySelectorAll('tbody tr')].map((row) => row.textContent)).toEqual(['nso3', 'cso5']);
      await act(() => root.unmount());
    });

    it('draws the chart when "Try again" finds its code, with the focus kept in the figure', async () => {
      const host = document.createElement('div');
      document.body.append(host);
      const root = createRoot(host);
      const tallies: Tally[] = [{ key: 'nso', label: 'nso', count: 3 }];
      await act(() => root.render(createElement(BarChart, { title: 'By focus', tallies, label: (t) => t.key })));
      const button = await vi.waitFor(() => {
        const found = host.querySelector<HTMLButtonElement>('figure p button');
        expect(found?.textContent).toBe('Try again');
        return found!;
      });
      chartCode.reachable = true;
      button.focus();
      await act(() => button.click());
      await vi.waitFor(() => expect(chartCode.drawn).toEqual(['By focus. nso: 3']));
      expect(host.querySelector('figure p')).toBeNull();
      expect(document.activeElement).toBe(host.querySelector('figure h3'));
      await act(() => root.unmount());
      host.remove();
    });
  });
});

/**
 * The page-change progress bar (src/client/progressBar/clientModule.ts): nprogress's bar, as
 * Docusaurus starts it on a slow page change, carries no invented ARIA role (axe's critical
 * `aria-roles`), is hidden from assistive technology, and is still the bar nprogress moves.
 */
describe('the page-change progress bar (src/client/progressBar/clientModule.ts)', () => {
  afterEach(() => nprogress.remove());

  describe('the page-change progress bar', () => {
    it('has no ARIA role, is hidden from assistive technology, and is still the bar nprogress moves', () => {
      nprogress.start();
      const root = document.getElementById('nprogress')!;
      expect(root.querySelectorAll('[role]')).toHaveLength(0);
      const bar = root.querySelector<HTMLElement>('.bar')!;
      expect(bar.getAttribute('aria-hidden')).toBe('true');
      // nprogress found the bar by the new selector: it placed it at the start of its run.
      expect(bar.style.transform).toBe('translate3d(-100%,0,0)');
    });
  });
});
