/**
 * Code split off a page (the search dialog, the citations) arrives as a chunk when first used, and
 * a chunk can fail to arrive: the reader is offline and never used it before, or the page is older
 * than the deployed site and its chunk is gone. `React.lazy` keeps such a failure for good (every
 * later render throws it again), so a "Try again" could never succeed. A component made here
 * loads again after `retry()`, and marks a failure to fetch as `ChunkLoadFailure`, so that a
 * boundary (src/components/ChunkBoundary) can tell it from the bugs of the code it loaded.
 */
import { createElement, lazy, type ComponentType, type ReactNode } from 'react';

/**
 * True for the errors that say a chunk could not be fetched, as opposed to an error thrown while
 * the fetched code first ran (a bug, which no "Try again" mends):
 * - the bundler's (webpack and Rspack name it `ChunkLoadError`; a chunk's CSS fails with
 *   `CSS_CHUNK_LOAD_FAILED`);
 * - the browser's own, for a native `import()`: Chromium "Failed to fetch dynamically imported
 *   module", Firefox "error loading dynamically imported module", Safari "Importing a module
 *   script failed";
 * - an error that has one of these as its `cause`.
 * Errors are read by their fields, not by `instanceof`: an error made in another realm (a frame, a
 * test runner's module sandbox) is no instance of this realm's `Error`.
 */
export function isChunkLoadError(error: unknown): boolean {
  // A loader that wraps the error to add context keeps it as the `cause` (vitest's module mocks do).
  for (let depth = 0; isErrorLike(error) && depth < 4; depth += 1, error = error.cause) {
    if (error.name === 'ChunkLoadError' || error.code === 'CSS_CHUNK_LOAD_FAILED') return true;
    if (
      error.name === 'TypeError' &&
      /dynamically imported module|importing a module script failed/i.test(error.message)
    )
      return true;
  }
  return false;
}

function isErrorLike(value: unknown): value is { name: unknown; message: string; code?: unknown; cause?: unknown } {
  return typeof value === 'object' && value !== null && typeof (value as { message?: unknown }).message === 'string';
}

/** A chunk that could not be fetched; `cause` is the bundler's or the browser's error. */
export class ChunkLoadFailure extends Error {
  constructor(cause: unknown) {
    super(isErrorLike(cause) ? cause.message : String(cause), { cause });
    this.name = 'ChunkLoadFailure';
  }
}

export interface RetryableLazy<P extends object> {
  /** Renders the loaded component; suspends while it loads; throws a ChunkLoadFailure if it could not be. */
  Component: (props: P) => ReactNode;
  /**
   * After a failed load, makes the next render load the chunk again (the bundler requests it
   * anew); does nothing while a load is under way or once one succeeded.
   */
  retry: () => void;
}

/** `React.lazy` that can load again: see the module comment. */
export function retryableLazy<P extends object>(load: () => Promise<{ default: ComponentType<P> }>): RetryableLazy<P> {
  let failed = false;
  const attempt = () =>
    lazy(() =>
      load().catch((error: unknown) => {
        if (!isChunkLoadError(error)) throw error;
        failed = true;
        throw new ChunkLoadFailure(error);
      }),
    );
  let current = attempt();
  return {
    Component: (props: P) => createElement(current, props),
    retry: () => {
      if (!failed) return;
      failed = false;
      current = attempt();
    },
  };
}
