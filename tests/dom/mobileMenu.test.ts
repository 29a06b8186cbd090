/**
 * The closed mobile menu is drawn after hydration, in a transition (src/theme/Navbar/MobileSidebar,
 * src/theme/DocSidebar/Mobile, useMountedInTransition): hydration itself draws nothing there, as the
 * server did not, and the menu follows without the reader doing anything; a menu the reader has
 * opened is drawn at once. Open, it is used from the keyboard (useMenuFocus). The classic theme's
 * components (tests/dom/support/themeOriginal) and its menu state are stand-ins here.
 */
import { act, createElement } from 'react';
import { createRoot, hydrateRoot, type Root } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';

const menu = { shown: false, toggle: vi.fn() };
vi.mock('@docusaurus/theme-common/internal', () => ({
  useNavbarMobileSidebar: () => ({ shown: menu.shown, toggle: menu.toggle }),
}));

// React's act() is meant for test environments that say so.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const { default: MobileSidebar } = await import('../../src/theme/Navbar/MobileSidebar');
const { default: DocSidebarMobile } = await import('../../src/theme/DocSidebar/Mobile');

const WRAPPERS = [
  ['the navbar’s menu', () => createElement(MobileSidebar), 'the whole menu'],
  [
    'the docs sidebar’s part of it',
    () =>
      createElement(DocSidebarMobile, {
        sidebar: [],
        path: '/docs/definition',
        onCollapse: () => undefined,
        isHidden: false,
      }),
    'docs sidebar at /docs/definition',
  ],
] as const;

let root: Root | null = null;
afterEach(async () => {
  await act(() => root?.unmount());
  root = null;
  menu.shown = false;
  menu.toggle.mockClear();
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

describe('the docs sidebar’s props, handed to the menu', () => {
  it('go under one key, kept while they are the same: the theme’s filler then has no keys to compare by locale', async () => {
    const { secondaryMenuFills } = await import('./support/themeCommon');
    menu.shown = true;
    const sidebar: never[] = [];
    const onCollapse = () => undefined;
    const props = { sidebar, path: '/docs/definition', onCollapse, isHidden: false };
    const host = document.createElement('div');
    document.body.append(host);
    root = createRoot(host);
    const before = secondaryMenuFills.length;
    await act(() => root?.render(createElement(DocSidebarMobile, props)));
    const first = secondaryMenuFills.at(-1)!;
    expect(secondaryMenuFills.length).toBeGreaterThan(before);
    expect(Object.keys(first)).toEqual(['sidebarProps']);
    await act(() => root?.render(createElement(DocSidebarMobile, { ...props })));
    for (const fill of secondaryMenuFills.slice(before)) expect(fill.sidebarProps).toBe(first.sidebarProps);
    await act(() => root?.render(createElement(DocSidebarMobile, { ...props, path: '/docs/principles' })));
    expect(secondaryMenuFills.at(-1)!.sidebarProps).not.toBe(first.sidebarProps);
    expect(host.textContent).toBe('docs sidebar at /docs/principles');
  });
});

describe('the navbar’s menu, open, from the keyboard', () => {
  /** A page as the theme draws it on a phone: the navbar (its bar, our wrapper, the backdrop), the page. */
  function page() {
    document.body.innerHTML = `
      <nav class="navbar">
        <div class="navbar__inner"><button class="navbar__toggle">Menu</button><a href="/">Home</a></div>
        <div id="menu"></div>
        <div class="navbar-sidebar__backdrop"></div>
      </nav>
      <main><a href="/docs/background">Background</a></main>
      <div id="fw-live-region" aria-live="polite"></div>`;
    const toggle = document.querySelector<HTMLButtonElement>('.navbar__toggle')!;
    root = createRoot(document.getElementById('menu')!);
    const draw = (shown: boolean) => {
      menu.shown = shown;
      return act(async () => root!.render(createElement(MobileSidebar)));
    };
    const inert = () =>
      [...document.querySelectorAll('[inert]')].map(
        (element) => element.localName + (element.className ? `.${element.className}` : ''),
      );
    return { toggle, draw, inert };
  }

  it('takes the focus to its close button, puts the page behind out of reach, and closes on Escape', async () => {
    const { toggle, draw, inert } = page();
    await draw(false);
    toggle.focus();
    await draw(true);
    expect(document.activeElement?.className).toBe('navbar-sidebar__close');
    // The backdrop still closes it on a tap; the live region still speaks.
    expect(inert()).toEqual(['div.navbar__inner', 'main']);
    document.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(menu.toggle).toHaveBeenCalledTimes(1);
    await draw(false);
    expect(inert()).toEqual([]);
    expect(document.activeElement).toBe(toggle);
    // Closed, Escape is no longer the menu's.
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(menu.toggle).toHaveBeenCalledTimes(1);
  });

  it('moves the focus into the panel shown when the theme slides to the other one and hides the focused control', async () => {
    const { draw } = page();
    await draw(true);
    // The theme's two panels: the main menu, and the docs sidebar with its way back.
    const sidebar = document.querySelector('.navbar-sidebar')!;
    sidebar.insertAdjacentHTML(
      'beforeend',
      `<div class="navbar-sidebar__items">
        <div class="navbar-sidebar__item menu" inert=""><a href="/docs/at-a-glance">The Framework</a></div>
        <div class="navbar-sidebar__item menu"><button>← Back to main menu</button><a href="/docs/definition">Definition</a></div>
      </div>`,
    );
    const [main, docs] = sidebar.querySelectorAll<HTMLElement>('.navbar-sidebar__item');
    docs!.querySelector('button')!.focus();
    // "← Back to main menu" pressed: the theme shows the main menu and makes the docs panel inert.
    await act(async () => {
      main!.removeAttribute('inert');
      docs!.setAttribute('inert', '');
    });
    await vi.waitFor(() => expect(document.activeElement?.textContent).toBe('The Framework'));
    // And back: into the docs panel, on its first control.
    await act(async () => {
      docs!.removeAttribute('inert');
      main!.setAttribute('inert', '');
    });
    await vi.waitFor(() => expect(document.activeElement?.textContent).toBe('← Back to main menu'));
    // A panel change that leaves the focus where it can be (in the shown panel) does not move it.
    const definition = docs!.querySelector('a')!;
    definition.focus();
    await act(async () => docs!.setAttribute('data-changed', ''));
    expect(document.activeElement).toBe(definition);
  });

  it('leaves the focus where the reader moved it when the menu closes behind them', async () => {
    const { draw, inert } = page();
    await draw(true);
    // A link followed in the menu: the page that opens replaces the old one and takes the focus.
    const next = document.createElement('main');
    next.tabIndex = -1;
    document.querySelector('main')!.replaceWith(next);
    next.focus();
    await draw(false);
    expect(inert()).toEqual([]);
    expect(document.activeElement).toBe(next);
  });
});
