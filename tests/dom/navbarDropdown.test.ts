/**
 * The navbar's desktop dropdowns ("Start here", the language switcher) close on Escape and give
 * the focus back to their toggle (src/theme/NavbarItem/DropdownNavbarItem/Desktop, ejected from
 * the classic theme, whose own ignores Escape). The theme's NavbarNavLink and NavbarItem are
 * stand-ins (tests/dom/support/themeNavbarItem). Hover is Chromium's to judge: tests/e2e/navbarKeyboard.
 */
import { act, createElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import DropdownNavbarItemDesktop from '../../src/theme/NavbarItem/DropdownNavbarItem/Desktop';

// React's act() is meant for test environments that say so.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root | null = null;
afterEach(async () => {
  await act(() => root?.unmount());
  root = null;
  document.body.replaceChildren();
});

async function renderDropdown(): Promise<{ dropdown: HTMLElement; toggle: HTMLElement; items: HTMLElement[] }> {
  const host = document.createElement('div');
  document.body.append(host, Object.assign(document.createElement('button'), { textContent: 'after' }));
  await act(async () => {
    root = createRoot(host);
    root.render(
      createElement(DropdownNavbarItemDesktop, {
        label: 'Start here',
        position: 'left',
        items: [
          { to: '/docs/guides/nso', label: 'For statistical offices' },
          { to: '/docs/guides/cso', label: 'For civil society' },
        ],
      }),
    );
  });
  const dropdown = host.querySelector<HTMLElement>('.dropdown');
  const toggle = host.querySelector<HTMLElement>('.navbar__link');
  if (!dropdown || !toggle) throw new Error('the dropdown was not drawn');
  return { dropdown, toggle, items: [...host.querySelectorAll<HTMLElement>('.dropdown__link')] };
}

/** A key press as the browser sends it: to the focused element, bubbling. */
async function press(key: string): Promise<KeyboardEvent> {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true });
  await act(async () => {
    (document.activeElement ?? document.body).dispatchEvent(event);
  });
  return event;
}

const isOpen = (dropdown: HTMLElement) => dropdown.classList.contains('dropdown--show');

describe('a navbar dropdown on a desktop', () => {
  it('opens from its toggle with Enter, and Escape on an item closes it with the focus back on the toggle', async () => {
    const { dropdown, toggle, items } = await renderDropdown();
    toggle.focus();
    await press('Enter');
    expect(isOpen(dropdown)).toBe(true);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    items[1]?.focus();
    expect(document.activeElement).toBe(items[1]);

    const escape = await press('Escape');
    expect(isOpen(dropdown)).toBe(false);
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(toggle);
    expect(escape.defaultPrevented).toBe(true);
  });

  it('closes on Escape pressed on its toggle, and opens again with Enter', async () => {
    const { dropdown, toggle } = await renderDropdown();
    toggle.focus();
    await press('Enter');
    await press('Escape');
    expect(isOpen(dropdown)).toBe(false);
    expect(document.activeElement).toBe(toggle);
    await press('Enter');
    expect(isOpen(dropdown)).toBe(true);
    expect(dropdown.classList.contains('dropdown--hoverable')).toBe(true);
  });

  it('leaves Escape to the page when it is closed already', async () => {
    const { dropdown, toggle } = await renderDropdown();
    toggle.focus();
    const escape = await press('Escape');
    expect(escape.defaultPrevented).toBe(false);
    expect(isOpen(dropdown)).toBe(false);
  });
});
