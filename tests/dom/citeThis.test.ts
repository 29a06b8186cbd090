/**
 * "Share or cite" (src/components/CiteThis): its body is a chunk of its own, loaded when the reader
 * shows the intent to open it (focus or pointer on the summary), so a keyboard reader who opens it
 * and presses Tab at once lands in the panel, not past a loading line.
 */
import { act, createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';

const panel = vi.hoisted(() => ({ loaded: 0 }));
vi.mock('../../src/components/CiteThis/Panel', () => {
  panel.loaded += 1;
  return { default: () => createElement('button', { type: 'button' }, 'Copy the short link') };
});

// React's act() is meant for test environments that say so.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const { default: CiteThis } = await import('../../src/components/CiteThis');

const host = document.createElement('div');
document.body.append(host);
const root = createRoot(host);
afterEach(() => act(() => root.render(null)));

describe('Share or cite', () => {
  it('loads its body when the summary gets focus, before it is opened, and shows it on opening', async () => {
    await act(async () =>
      root.render(createElement(CiteThis, { pageTitle: 'Definition', pagePath: '/docs/definition', locale: 'en' })),
    );
    const summary = host.querySelector('summary')!;
    expect(summary.textContent).toBe('Share or cite');
    expect(panel.loaded).toBe(0);

    await act(async () => summary.focus());
    await vi.waitFor(() => expect(panel.loaded).toBe(1));
    expect(host.querySelector('details')!.open).toBe(false);

    const details = host.querySelector('details')!;
    await act(async () => {
      details.open = true;
      details.dispatchEvent(new Event('toggle'));
    });
    await vi.waitFor(() => expect(details.querySelector('button')?.textContent).toBe('Copy the short link'));
    // Loaded once, however often the reader comes back to it.
    await act(async () => summary.dispatchEvent(new PointerEvent('pointerover', { bubbles: true })));
    expect(panel.loaded).toBe(1);
  });
});
