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
 *
 * Each prefetch also skips the chunks the page already has (`skippingKnownChunks`): Docusaurus
 * appends a `<link rel="prefetch">` for every chunk of the route, and most of a docs route's chunks
 * (the docs layout, the sidebar, the version's data) are the current page's own, loaded already or
 * prefetched for the link before. On /docs/definition that was 204 links for 19 distinct files,
 * and appending one costs the main thread about 0.7 ms even when the file is in the cache.
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
  /** Chunk URLs prefetched by this client (their requests may not have finished yet). */
  const requested = new Set<string>();
  let scheduled = false;

  const prefetchNext = (): void => {
    scheduled = false;
    const next = queue.entries().next();
    if (next.done) return;
    const [path, started] = next.value;
    queue.delete(path);
    // Docusaurus's prefetch catches its own failures (a chunk that 404s is only logged).
    skippingKnownChunks(globalThis.document?.head, requested, () => void docusaurus.prefetch(path));
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

/** Whether the page has fetched `url` already (as a script, a stylesheet or a prefetch). */
function fetchedAlready(url: string): boolean {
  return typeof performance.getEntriesByName === 'function' && performance.getEntriesByName(url).length > 0;
}

/**
 * Runs `run` (one synchronous `docusaurus.prefetch` call) with `head.appendChild` leaving out each
 * `<link rel="prefetch">` whose file the page already has or has asked for: the link is not added
 * and its `onload` is called at once, so whoever waits on it goes on. Docusaurus appends its links to
 * `document.head` within the call (core's client/prefetch.js), and no API of its lets the chunk list
 * be filtered, so the head's own method is shadowed for the call and restored after it, whatever
 * happens; every other node, and every link outside the call, is appended as usual.
 *
 * @param head the element Docusaurus appends to (`document.head`); without one (no DOM), `run` runs as is
 * @param requested the URLs already prefetched through here; this call's new ones are added
 */
export function skippingKnownChunks(head: HTMLElement | undefined, requested: Set<string>, run: () => void): void {
  if (!head) {
    run();
    return;
  }
  const append = Node.prototype.appendChild;
  head.appendChild = function appendChild<T extends Node>(this: HTMLElement, node: T): T {
    if (node instanceof HTMLLinkElement && node.rel === 'prefetch' && node.href) {
      const url = node.href;
      if (requested.has(url) || fetchedAlready(url)) {
        // Docusaurus waits on the link's `onload` property: called here, as no load event will come.
        node.onload?.(new Event('load'));
        return node;
      }
      requested.add(url);
    }
    return append.call(this, node) as T;
  };
  try {
    run();
  } finally {
    // The own property goes: the head's appendChild is the prototype's again.
    delete (head as Partial<Pick<HTMLElement, 'appendChild'>>).appendChild;
  }
}
