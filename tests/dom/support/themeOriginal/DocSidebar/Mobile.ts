/** Stand-in for the classic theme's docs sidebar in the mobile menu (src/theme/DocSidebar/Mobile wraps it). */
import { createElement, type ReactNode } from 'react';

export default function DocSidebarMobile({ path }: { path: string }): ReactNode {
  return createElement('ul', { className: 'menu__list' }, `docs sidebar at ${path}`);
}
