/**
 * Stand-in for the classic theme's NavbarItem as a dropdown's item: a list item with a link,
 * as the theme draws one (class `dropdown__link`).
 */
import { createElement, type ReactNode } from 'react';

export default function NavbarItem({ to, label }: { to?: string; label?: string }): ReactNode {
  return createElement('li', null, createElement('a', { className: 'dropdown__link', href: to }, label));
}
