/**
 * The closed mobile menu is drawn after hydration, in a transition (src/theme/Navbar/MobileSidebar,
 * src/theme/DocSidebar/Mobile, useMountedInTransition): hydration itself draws nothing there, as the
 * server did not, and the menu follows without the reader doing anything; a menu the reader has
 * opened is drawn at once. The classic theme's components (tests/dom/support/themeOriginal) and its
 * menu state are stand-ins here.
 */
import { act, createElement } from 'react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';

const menu = { shown: false };
vi.mock('@docusaurus/theme-common/internal', () => ({ useNavbarMobileSidebar: () => ({ shown: menu.shown }) }));

// React's act() is meant for test environments that say so.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const { default: MobileSidebar } = await import('../../src/theme/Navbar/MobileSidebar');
const { default: DocSidebarMobile } = await import('../../src/theme/DocSidebar/Mobile');

const WRAPPERS = [
  ['the navbar’s menu', () => createElement(MobileSidebar), 'the whole menu'],
  [
    'the docs sidebar’s part of it',
    () => createElement(DocSidebarMobile, { sidebar: [], path: '/docs/definition' }),
    'docs sidebar at /docs/definition',
  ],
] as const;

let root: Root | null = null;
afterEach(async () => {
  await act(() => root?.unmount());
  root = null;
  menu.shown = false;
  document.body.replaceChildren();
});

/** Hydrates `element` over the server's HTML for it; the errors React recovered from, if any. */
async function hydrate(element: ReturnType<typeof createElement>): Promise<{ host: HTMLElement; errors: unknown[] }> {
  const host = document.createElement('div');
  host.innerHTML = renderToString(element);
  document.body.append(host);
  const errors: unknown[] = [];
  await act(async () => {
    root = hydrateRoot(host, element, { onRecoverableError: (error) => errors.push(error) });
  });
  return { host, errors };
}

describe.each(WRAPPERS)('%s on a phone', (_name, render, content) => {
  it('is not drawn by the server or by hydration, and is drawn right after, unasked', async () => {
    expect(renderToString(render())).toBe('');
    const { host, errors } = await hydrate(render());
    expect(errors).toEqual([]);
    expect(host.textContent).toBe(content);
  });

  it('is drawn at once when the reader has already opened the menu', async () => {
    menu.shown = true;
    expect(renderToString(render())).toContain(content);
    const { host, errors } = await hydrate(render());
    expect(errors).toEqual([]);
    expect(host.textContent).toBe(content);
  });
});
