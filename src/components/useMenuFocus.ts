/**
 * Keyboard use of the phone menu (the classic theme's navbar sidebar), which the theme leaves to
 * the pointer: once opened, the focus stayed on the toggle behind it, Tab walked the page behind
 * first, and Escape did nothing. While the menu is shown, this moves the focus to its close button,
 * makes the rest of the page inert (out of the Tab order and of screen readers' reach, as behind a
 * modal dialog; the backdrop still closes it on a tap, and live regions still speak), and closes it
 * on Escape. When it closes, the focus goes back to the toggle, unless the reader has moved on
 * (a link followed in the menu: the new page takes the focus). Inside it, the theme slides between
 * two panels (the main menu and the docs sidebar) and makes the one it hides inert, with the focus
 * on "← Back to main menu" or the item just pressed: the focus then moves to the first control of
 * the panel shown, rather than falling to the page's body.
 */
import { useEffect } from 'react';

/** The classic theme's markup (theme-classic's Navbar/MobileSidebar and Navbar/Content). */
const MENU = {
  sidebar: '.navbar-sidebar',
  close: '.navbar-sidebar__close',
  backdrop: '.navbar-sidebar__backdrop',
  toggle: '.navbar__toggle',
  /** The main menu and the secondary menu (the docs sidebar); the hidden one is inert. */
  shownPanel: '.navbar-sidebar__item:not([inert])',
} as const;

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select, textarea, [tabindex]:not([tabindex="-1"])';

/** Whether the focus has nowhere to be: on the body, or inside what was just made inert. */
const focusLost = (): boolean => {
  const focused = document.activeElement;
  return !focused || focused === document.body || focused.closest('[inert]') !== null;
};

/** Frames to wait at most for the menu to become focusable (about half a second). */
const FOCUS_FRAMES = 30;

/**
 * Makes inert every element of the page except `keep`, its ancestors, and `spared` (matched by a
 * selector), leaving elements inert already as they are.
 * @returns a function that gives back what was taken
 */
function inertAround(keep: Element, spared: string): () => void {
  const made: Element[] = [];
  for (let node: Element | null = keep; node && node !== document.body; node = node.parentElement) {
    for (const sibling of node.parentElement?.children ?? []) {
      if (sibling === node || sibling.hasAttribute('inert') || sibling.matches(spared)) continue;
      if (sibling.tagName === 'SCRIPT' || sibling.tagName === 'STYLE') continue;
      sibling.setAttribute('inert', '');
      made.push(sibling);
    }
  }
  return () => {
    for (const element of made) element.removeAttribute('inert');
  };
}

/**
 * @param shown - whether the menu is open (useNavbarMobileSidebar's `shown`)
 * @param close - closes it (useNavbarMobileSidebar's `toggle`, called only while it is shown)
 */
export function useMenuFocus(shown: boolean, close: () => void): void {
  useEffect(() => {
    const sidebar = shown ? document.querySelector<HTMLElement>(MENU.sidebar) : null;
    if (!sidebar) return;
    const restore = inertAround(sidebar, `${MENU.backdrop}, [aria-live], [role="status"], [role="alert"]`);
    // The menu slides in, and CSS keeps it `visibility: hidden` (so not focusable) until its
    // transition's first frame: tried again on the next frames while that is so.
    let frame = 0;
    const focusSoon = (target: HTMLElement | null, tries = FOCUS_FRAMES) => {
      cancelAnimationFrame(frame);
      target?.focus();
      if (target && document.activeElement !== target && tries > 0)
        frame = requestAnimationFrame(() => focusSoon(target, tries - 1));
    };
    const closeButton = sidebar.querySelector<HTMLElement>(MENU.close);
    focusSoon(closeButton);
    // The theme switched panels: the attribute changes in the same commit as the panel.
    const panels = new MutationObserver(() => {
      if (!focusLost()) return;
      const panel = sidebar.querySelector(MENU.shownPanel);
      focusSoon(panel?.querySelector<HTMLElement>(FOCUSABLE) ?? closeButton);
    });
    panels.observe(sidebar, { subtree: true, attributes: true, attributeFilter: ['inert'] });
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      event.preventDefault();
      close();
    };
    document.addEventListener('keydown', onKey);
    return () => {
      panels.disconnect();
      cancelAnimationFrame(frame);
      document.removeEventListener('keydown', onKey);
      restore();
      const focused = document.activeElement;
      if (!focused || focused === document.body || sidebar.contains(focused))
        document.querySelector<HTMLElement>(MENU.toggle)?.focus();
    };
  }, [shown, close]);
}
