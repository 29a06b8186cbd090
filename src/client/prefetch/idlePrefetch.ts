/**
 * Docusaurus prefetches the code of every internal link that comes into view: each `<Link>` has an
 * IntersectionObserver that calls `window.docusaurus.prefetch(path)`, which matches the path against
 * the route table and appends a `<link rel="prefetch">` for each of the route's chunks. That is
 * about 2 ms a link on a fast desktop, and the observers of all the links in view fire in one task
 * just after hydration: on a Framework page with about 30 links in view (glossary terms, related
 * pages, the navbar), a 70 ms task, 280 ms on Lighthouse's mobile CPU and most of the page's total
 * blocking time while the reader waits to interact.
 *
 * `idlePrefetch` keeps the prefetches and moves them out of the way: each path waits in a queue
 * and one is prefetched per idle period of the browser, in the order the links came into view.
 * Preloading (on hover or touch, when the reader is about to follow a link) stays immediate.
 */

/** The object Docusaurus puts on `window.docusaurus` (@docusaurus/core's client/docusaurus.js). */
export type DocusaurusClient = Window['docusaurus'];

/** Runs `task` when the browser is idle (`requestIdleCallback`, or a timer where that is missing). */
export type IdleScheduler = (task: () => void) => void;

/** How long a prefetch may wait for an idle period (ms): a page that is never idle still prefetches. */
export const IDLE_TIMEOUT_MS = 2_000;

export const whenIdle: IdleScheduler = (task) => {
  if (typeof window.requestIdleCallback === 'function') {
    window.requestIdleCallback(() => task(), { timeout: IDLE_TIMEOUT_MS });
  } else {
    // Safari has no requestIdleCallback: a timer at least lets the page's own tasks go first.
    window.setTimeout(task, 50);
  }
};

/**
 * A copy of Docusaurus's client whose `prefetch` queues the path and returns at once; `preload` is
 * Docusaurus's own. Paths already queued are not queued twice; Docusaurus itself skips paths it has
 * fetched or loaded, and every prefetch on slow (2G) or data-saving connections.
 *
 * @param docusaurus the client to wrap (left unchanged: it is frozen).
 * @param schedule when to run the next prefetch; one prefetch per call of its task.
 * @returns the wrapped client; its `prefetch` resolves once that path's prefetch has been started.
 */
export function idlePrefetch(docusaurus: DocusaurusClient, schedule: IdleScheduler = whenIdle): DocusaurusClient {
  const queue = new Map<string, () => void>();
  let scheduled = false;

  const prefetchNext = (): void => {
    scheduled = false;
    const next = queue.entries().next();
    if (next.done) return;
    const [path, started] = next.value;
    queue.delete(path);
    // Docusaurus's prefetch catches its own failures (a chunk that 404s is only logged).
    void docusaurus.prefetch(path);
    started();
    if (queue.size > 0) scheduleNext();
  };
  const scheduleNext = (): void => {
    if (scheduled) return;
    scheduled = true;
    schedule(prefetchNext);
  };

  return Object.freeze({
    ...docusaurus,
    prefetch: (path: string) => {
      if (queue.has(path)) return false;
      const started = new Promise<void[]>((resolve) => queue.set(path, () => resolve([])));
      scheduleNext();
      return started;
    },
  });
}
