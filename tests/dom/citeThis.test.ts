/**
 * "Share or cite" (src/components/CiteThis): its body is a chunk of its own, loaded when the reader
 * shows the intent to open it (focus or pointer on the summary), so a keyboard reader who opens it
 * and presses Tab at once lands in the panel, not past a loading line.
 */
import { act, createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';

/** How many times the body's module was loaded since the last `renderFresh`. */
const panel = { loaded: 0 };

// React's act() is meant for test environments that say so.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const host = document.createElement('div');
document.body.append(host);
const root = createRoot(host);
afterEach(() => act(() => root.render(null)));

/** A fresh copy of the component and of its lazily loaded body, rendered, with its summary. */
async function renderFresh(): Promise<{ summary: HTMLElement; details: HTMLDetailsElement }> {
  // A new module registry and a new stand-in for the body, so that each test sees its first load.
  vi.resetModules();
  panel.loaded = 0;
  vi.doMock('../../src/components/CiteThis/Panel', () => {
    panel.loaded += 1;
    return { default: () => createElement('button', { type: 'button' }, 'Copy the short link') };
  });
  const { default: CiteThis } = await import('../../src/components/CiteThis');
  await act(async () =>
    root.render(createElement(CiteThis, { pageTitle: 'Definition', pagePath: '/docs/definition', locale: 'en' })),
  );
  const details = host.querySelector('details')!;
  expect(details.open).toBe(false);
  expect(panel.loaded).toBe(0);
  return { summary: host.querySelector('summary')!, details };
}

describe('Share or cite', () => {
  it('loads its body when the summary gets focus, before it is opened, and shows it on opening', async () => {
    const { summary, details } = await renderFresh();
    expect(summary.textContent).toBe('Share or cite');

    await act(async () => summary.focus());
    await vi.waitFor(() => expect(panel.loaded).toBe(1));
    expect(details.open).toBe(false);

    await act(async () => {
      details.open = true;
      details.dispatchEvent(new Event('toggle'));
    });
    await vi.waitFor(() => expect(details.querySelector('button')?.textContent).toBe('Copy the short link'));
  });

  it('loads its body when the pointer comes over the summary', async () => {
    const { summary } = await renderFresh();
    await act(async () => summary.dispatchEvent(new PointerEvent('pointerover', { bubbles: true })));
    await vi.waitFor(() => expect(panel.loaded).toBe(1));
  });
});
