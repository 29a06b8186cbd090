/**
 * Stand-in for the classic theme's NavbarNavLink, which our desktop dropdown
 * (src/theme/NavbarItem/DropdownNavbarItem/Desktop) draws as its toggle: a plain link with the
 * props the theme passes on (the real one needs the site's router and base URL).
 */
import { createElement, type AnchorHTMLAttributes, type ReactNode } from 'react';

export default function NavbarNavLink({
  to,
  href,
  label,
  children,
  ...rest
}: AnchorHTMLAttributes<HTMLAnchorElement> & { to?: string; label?: string }): ReactNode {
  return createElement('a', { href: to ?? href, ...rest }, children ?? label);
}
