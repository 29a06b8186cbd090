/**
 * A chunk that could not be loaded (src/client/retryableLazy.ts) is caught where it is used
 * (src/components/ChunkBoundary) and loaded anew on "Try again", which `React.lazy` alone never
 * does; an error of the loaded code itself is not taken for a connection problem.
 */
import { act, Component, createElement, Suspense, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import ChunkBoundary from '../../src/components/ChunkBoundary';
import { ChunkLoadFailure, retryableLazy } from '../../src/client/retryableLazy';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

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
          children: createElement(Suspense, { fallback: 'loading' }, createElement(lazyOne.Component, { name: 'Ada' })),
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

  it('marks a failed load as a ChunkLoadFailure that keeps the cause', async () => {
    const cause = new Error('Loading chunk 42 failed.');
    const failure = new ChunkLoadFailure(cause);
    expect(failure).toBeInstanceOf(Error);
    expect([failure.name, failure.message, failure.cause]).toEqual(['ChunkLoadFailure', cause.message, cause]);
  });
});
