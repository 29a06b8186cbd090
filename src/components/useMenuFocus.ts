/**
 * Keyboard use of the phone menu (the classic theme's navbar sidebar), which the theme leaves to
 * the pointer: once opened, the focus stayed on the toggle behind it, Tab walked the page behind
 * first, and Escape did nothing. While the menu is shown, this moves the focus to its close button,
 * makes the rest of the page inert (out of the Tab order and of screen readers' reach, as behind a
 * modal dialog; the backdrop still closes it on a tap, and live regions still speak), and closes it
 * on Escape. When it closes, the focus goes back to the toggle, unless the reader has moved on
 * (a link followed in the menu: the new page takes the focus).
 */
import { useEffect } from 'react';

/** The classic theme's markup (theme-classic's Navbar/MobileSidebar and Navbar/Content). */
const MENU = {
  sidebar: '.navbar-sidebar',
  close: '.navbar-sidebar__close',
  backdrop: '.navbar-sidebar__backdrop',
  toggle: '.navbar__toggle',
} as const;

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
    const closeButton = sidebar.querySelector<HTMLElement>(MENU.close);
    let frame = 0;
    const focusClose = (tries: number) => {
      closeButton?.focus();
      if (closeButton && document.activeElement !== closeButton && tries > 0)
        frame = requestAnimationFrame(() => focusClose(tries - 1));
    };
    focusClose(FOCUS_FRAMES);
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      event.preventDefault();
      close();
    };
    document.addEventListener('keydown', onKey);
    return () => {
      cancelAnimationFrame(frame);
      document.removeEventListener('keydown', onKey);
      restore();
      const focused = document.activeElement;
      if (!focused || focused === document.body || sidebar.contains(focused))
        document.querySelector<HTMLElement>(MENU.toggle)?.focus();
    };
  }, [shown, close]);
}
