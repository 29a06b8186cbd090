/**
 * "Share or cite" (src/components/CiteThis): its costly part (citations, QR code: Panel.tsx) is a
 * chunk of its own, loaded when the reader shows the intent to open the disclosure (focus or
 * pointer on the summary), and rendered after the first control. A keyboard reader who opens it
 * and presses Tab at once lands on "What to share or cite", however slow the rest is to load or
 * draw: here the rest waits on promises the tests hold, so "slow" is as slow as a test wants.
 */
import { act, createElement, use, type ReactNode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CiteThisProps } from '../../src/components/CiteThis';

const PANEL = '../../src/components/CiteThis/Panel';
const PROPS: CiteThisProps = { pageTitle: 'Definition', pagePath: '/docs/definition', locale: 'en' };

/** How many times the body's module was loaded since the last `renderFresh`. */
const panel = { loaded: 0 };

// React's act() is meant for test environments that say so.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const host = document.createElement('div');
// The page's text follows the disclosure, as on a docs page: blocks with a control each, which a
// Tab that skipped the panel would reach.
const page = document.createElement('article');
page.innerHTML = `
  <p class="fw-block" data-pid="definition-who" id="definition-who">Who produces
    citizen data.<span class="fw-block__controls"><button type="button">Comment</button></span></p>
  <p class="fw-block" data-pid="definition-stages" id="definition-stages">The stages of the data value chain.<span
    class="fw-block__controls"><button type="button">Comment</button></span></p>`;
document.body.append(host, page);
const root = createRoot(host);
afterEach(async () => {
  await act(() => root.render(null));
  window.history.replaceState(null, '', '/docs/definition');
});

/** A promise that the test settles when it chooses: a chunk still loading, a panel still drawing. */
function held(): { promise: Promise<void>; release: () => void } {
  let release!: () => void;
  const promise = new Promise<void>((resolve) => (release = resolve));
  return { promise, release };
}

/** The stand-in for the costly body: says what it cites, and whether the select was on the page when it rendered. */
const renders: { selectOnPage: boolean }[] = [];
function StandInPanel({ target }: { target: string }): ReactNode {
  renders.push({ selectOnPage: host.querySelector('select') !== null });
  return createElement('button', { type: 'button' }, `Copy the short link of ${target || 'the page'}`);
}

/**
 * A fresh copy of the component and of its lazily loaded body (`panelModule`, by default the
 * stand-in, loaded at once), rendered, with its summary.
 */
async function renderFresh(
  panelModule: () => object | Promise<object> = () => ({ default: StandInPanel }),
): Promise<{ summary: HTMLElement; details: HTMLDetailsElement }> {
  // A new module registry and a new stand-in for the body, so that each test sees its first load.
  vi.resetModules();
  panel.loaded = 0;
  renders.length = 0;
  vi.doMock(PANEL, () => {
    panel.loaded += 1;
    return panelModule();
  });
  const { default: CiteThis } = await import('../../src/components/CiteThis');
  await act(async () => root.render(createElement(CiteThis, PROPS)));
  const details = host.querySelector('details')!;
  expect(details.open).toBe(false);
  expect(panel.loaded).toBe(0);
  return { summary: host.querySelector('summary')!, details };
}

/** Focusable elements that the Tab key stops at, in document order (what this page has of them). */
const TABBABLE = 'summary, a[href], button, select, textarea, input, [tabindex]:not([tabindex="-1"])';

/** The element a Tab from `from` reaches. */
function nextTabStop(from: Element): Element | undefined {
  return Array.from(document.querySelectorAll(TABBABLE)).find(
    (element) => from.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING,
  );
}

/** Opens the disclosure as a keyboard reader does: focus on the summary, then Enter (a click on it). */
async function openWithKeyboard(summary: HTMLElement): Promise<void> {
  await act(async () => summary.focus());
  await act(async () => summary.click());
}

/** The first control, checked to be the next Tab stop after the summary, and to be labelled. */
function expectSelectNextAfter(summary: HTMLElement): HTMLSelectElement {
  const select = host.querySelector('select');
  expect(nextTabStop(summary)).toBe(select);
  expect(select?.labels?.[0]?.textContent).toBe('What to share or cite');
  return select!;
}

describe('Share or cite', () => {
  it('loads its body when the summary gets focus, before it is opened, and shows it on opening', async () => {
    const { summary, details } = await renderFresh();
    expect(summary.textContent).toBe('Share or cite');

    await act(async () => summary.focus());
    await vi.waitFor(() => expect(panel.loaded).toBe(1));
    expect(details.open).toBe(false);

    // Opened by other means than the summary (find in page): `toggle` says so.
    await act(async () => {
      details.open = true;
      details.dispatchEvent(new Event('toggle'));
    });
    await vi.waitFor(() =>
      expect(details.querySelector('button')?.textContent).toBe('Copy the short link of the page'),
    );
  });

  it('loads its body when the pointer comes over the summary', async () => {
    const { summary } = await renderFresh();
    await act(async () => summary.dispatchEvent(new PointerEvent('pointerover', { bubbles: true })));
    await vi.waitFor(() => expect(panel.loaded).toBe(1));
  });

  it('has its first control next after the summary while the body’s chunk is still loading', async () => {
    const chunk = held();
    const { summary, details } = await renderFresh(async () => {
      await chunk.promise;
      return { default: StandInPanel };
    });
    await openWithKeyboard(summary);
    expect(details.open).toBe(true);
    const select = expectSelectNextAfter(summary);
    // Busy, said politely, while the rest loads.
    expect(details.querySelector('[role="status"]')?.textContent).toBe('Loading…');
    expect(renders).toEqual([]);

    // The reader's Tab, then the chunk arrives: the citations come below, and focus stays put.
    select.focus();
    await act(async () => chunk.release());
    await vi.waitFor(() =>
      expect(details.querySelector('button')?.textContent).toBe('Copy the short link of the page'),
    );
    expect(document.activeElement).toBe(select);
    expect(details.querySelector('[role="status"]')).toBeNull();
  });

  it('has its first control next after the summary while the citations and the QR code are still drawing', async () => {
    const drawn = held();
    /** A panel whose first render takes as long as the test holds `drawn` (it suspends until then). */
    function SlowPanel(props: { target: string }): ReactNode {
      use(drawn.promise);
      return StandInPanel(props);
    }
    const { summary, details } = await renderFresh(() => ({ default: SlowPanel }));
    await openWithKeyboard(summary);
    await vi.waitFor(() => expect(panel.loaded).toBe(1));
    const select = expectSelectNextAfter(summary);
    expect(details.querySelector('[role="status"]')?.textContent).toBe('Loading…');

    select.focus();
    await act(async () => drawn.release());
    await vi.waitFor(() =>
      expect(details.querySelector('button')?.textContent).toBe('Copy the short link of the page'),
    );
    expect(document.activeElement).toBe(select);
  });

  it('renders the costly part only once the select is on the page, also when its chunk is already loaded', async () => {
    const { summary } = await renderFresh();
    await openWithKeyboard(summary);
    await vi.waitFor(() => expect(renders.length).toBeGreaterThan(0));
    // Closed and opened again: the chunk is there now, and would render in the opening's task.
    await act(async () => summary.click());
    expect(host.querySelector('select')).toBeNull();
    renders.length = 0;
    await act(async () => summary.click());
    expectSelectNextAfter(summary);
    await vi.waitFor(() => expect(renders.length).toBeGreaterThan(0));
    expect(renders[0]).toEqual({ selectOnPage: true });
  });

  it('offers the page and each paragraph, chooses the paragraph in the address, and cites what is chosen', async () => {
    window.history.replaceState(null, '', '/docs/definition#definition-stages');
    const { summary, details } = await renderFresh();
    await openWithKeyboard(summary);
    const select = expectSelectNextAfter(summary);
    expect(Array.from(select.options, (option) => option.textContent)).toEqual([
      'This page',
      'Paragraph definition-who: Who produces citizen data.',
      'Paragraph definition-stages: The stages of the data value chain.',
    ]);
    expect(select.value).toBe('definition-stages');
    await vi.waitFor(() =>
      expect(details.querySelector('button')?.textContent).toBe('Copy the short link of definition-stages'),
    );

    await act(async () => {
      select.value = 'definition-who';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await vi.waitFor(() =>
      expect(details.querySelector('button')?.textContent).toBe('Copy the short link of definition-who'),
    );
  });

  it('says in the panel that the citations could not be loaded, keeps the select, and loads them on "Try again"', async () => {
    // React reports the caught error on the console too.
    const console = vi.spyOn(globalThis.console, 'error').mockImplementation(() => undefined);
    try {
      const connection = { up: false };
      const { summary, details } = await renderFresh(() => {
        // As the bundler's runtime fails a chunk that cannot be fetched.
        if (!connection.up) throw Object.assign(new Error('Loading chunk 7 failed.'), { name: 'ChunkLoadError' });
        return { default: StandInPanel };
      });
      await openWithKeyboard(summary);
      await vi.waitFor(() => expect(details.querySelector('[role="alert"]')).not.toBeNull());
      expect(details.querySelector('[role="alert"]')?.textContent).toMatch(/^The citations could not be loaded\./);
      expect(details.querySelector('[role="status"]')).toBeNull();
      expectSelectNextAfter(summary);

      connection.up = true;
      const retry = [...details.querySelectorAll('button')].find((button) => button.textContent === 'Try again')!;
      await act(async () => retry.click());
      // The pressed button is gone while the citations load: focus is on the select, not the page.
      expect(document.activeElement).toBe(details.querySelector('select'));
      await vi.waitFor(() =>
        expect(details.querySelector('button')?.textContent).toBe('Copy the short link of the page'),
      );
      expect(details.querySelector('[role="alert"]')).toBeNull();
    } finally {
      console.mockRestore();
    }
  });

  it('shows its body when the reader opened it before the page hydrated (a slow phone)', async () => {
    vi.resetModules();
    vi.doMock(PANEL, () => ({ default: StandInPanel }));
    const { default: CiteThis } = await import('../../src/components/CiteThis');
    const served = document.createElement('div');
    served.innerHTML = renderToString(createElement(CiteThis, PROPS));
    document.body.prepend(served);
    // The browser's own toggle: the click lands before React has attached any handler.
    served.querySelector('details')!.open = true;
    const hydrated = await act(async () => hydrateRoot(served, createElement(CiteThis, PROPS)));
    try {
      await vi.waitFor(() =>
        expect(served.querySelector('select')?.labels?.[0]?.textContent).toBe('What to share or cite'),
      );
      expect(served.querySelector('details')!.open).toBe(true);
    } finally {
      await act(async () => hydrated.unmount());
      served.remove();
    }
  });
});
