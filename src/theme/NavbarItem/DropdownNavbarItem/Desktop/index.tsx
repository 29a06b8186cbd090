/**
 * The navbar's dropdowns on a desktop ("Start here", the language switcher, any `type: 'dropdown'`
 * item of docusaurus.config.ts; the locale dropdown draws this one too), ejected from the classic
 * theme 3.10.2 because its own ignores Escape: an open menu stayed open, with the focus inside
 * it, until the reader clicked or tabbed away. A wrapper cannot add this, as the open state lives
 * inside the theme's component. What changed from the theme's code, nothing else:
 * - Escape, pressed on the toggle or on an item while the menu is open, closes it and puts the
 *   focus back on the toggle (WAI-ARIA APG, disclosure navigation menu and menu button patterns);
 * - a menu shown because the pointer rests on it closes on Escape too, and stays closed until the
 *   pointer leaves (WCAG 1.4.13: content shown on hover can be dismissed without moving the
 *   pointer); the theme shows it on hover with Infima's `dropdown--hoverable` class, left off
 *   meanwhile.
 * On a phone the dropdowns are sections of the menu panel, which closes on Escape (useMenuFocus).
 */
import React, { useEffect, useRef, useState, type ReactNode } from 'react';
import clsx from 'clsx';
import NavbarNavLink from '@theme/NavbarItem/NavbarNavLink';
import NavbarItem from '@theme/NavbarItem';
import type { Props } from '@theme/NavbarItem/DropdownNavbarItem/Desktop';

export default function DropdownNavbarItemDesktop({
  items,
  position,
  className,
  // Not passed on, as in the theme: the toggle's own click handler replaces it.
  onClick: _onClick,
  ...props
}: Props): ReactNode {
  const dropdownRef = useRef<HTMLDivElement>(null);
  const [showDropdown, setShowDropdown] = useState(false);
  /** Closed with Escape while the pointer was on it: not shown on hover until the pointer leaves. */
  const [dismissed, setDismissed] = useState(false);

  useEffect(() => {
    const handleClickOutside = (event: Event) => {
      if (!dropdownRef.current || dropdownRef.current.contains(event.target as Node)) {
        return;
      }
      setShowDropdown(false);
    };
    document.addEventListener('mousedown', handleClickOutside);
    document.addEventListener('touchstart', handleClickOutside);
    document.addEventListener('focusin', handleClickOutside);
    return () => {
      document.removeEventListener('mousedown', handleClickOutside);
      document.removeEventListener('touchstart', handleClickOutside);
      document.removeEventListener('focusin', handleClickOutside);
    };
  }, [dropdownRef]);

  // On the document, not on the dropdown: a menu shown under the pointer does not have the focus.
  useEffect(() => {
    const closeOnEscape = (event: KeyboardEvent) => {
      const dropdown = dropdownRef.current;
      if (event.key !== 'Escape' || event.defaultPrevented || !dropdown) return;
      const hovered = dropdown.matches('.dropdown--hoverable:hover');
      if (!showDropdown && !hovered) return; // Closed: Escape is for whatever else is open.
      event.preventDefault();
      setShowDropdown(false);
      if (hovered) setDismissed(true);
      // Back to the toggle from an item; a reader who only pointed at the menu keeps their focus.
      if (dropdown.contains(document.activeElement)) {
        dropdown.querySelector<HTMLElement>(':scope > .navbar__link')?.focus();
      }
    };
    document.addEventListener('keydown', closeOnEscape);
    return () => document.removeEventListener('keydown', closeOnEscape);
  }, [showDropdown]);

  return (
    <div
      ref={dropdownRef}
      className={clsx('navbar__item', 'dropdown', {
        'dropdown--hoverable': !dismissed,
        'dropdown--right': position === 'right',
        'dropdown--show': showDropdown,
      })}
      onMouseLeave={() => setDismissed(false)}>
      <NavbarNavLink
        aria-haspopup="true"
        aria-expanded={showDropdown}
        role="button"
        // # hash permits to make the <a> tag focusable in case no link target
        // See https://github.com/facebook/docusaurus/pull/6003
        // There's probably a better solution though...
        href={props.to ? undefined : '#'}
        className={clsx('navbar__link', className)}
        {...props}
        onClick={props.to ? undefined : (e) => e.preventDefault()}
        onKeyDown={(e) => {
          if (e.key === 'Enter' || e.key === ' ') {
            e.preventDefault();
            setDismissed(false);
            setShowDropdown(!showDropdown);
          }
        }}>
        {props.children ?? props.label}
      </NavbarNavLink>
      <ul className="dropdown__menu">
        {items.map((childItemProps, i) => (
          <NavbarItem isDropdownItem activeClassName="dropdown__link--active" {...childItemProps} key={i} />
        ))}
      </ul>
    </div>
  );
}
