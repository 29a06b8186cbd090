/** Stand-in for the classic theme's mobile menu, which our wrapper (src/theme/Navbar/MobileSidebar) draws. */
import { createElement, type ReactNode } from 'react';

export default function MobileSidebar(): ReactNode {
  return createElement(
    'div',
    { className: 'navbar-sidebar' },
    'the whole menu',
    createElement('button', { className: 'navbar-sidebar__close', 'aria-label': 'Close navigation bar' }),
    createElement('a', { href: '/docs/definition' }),
  );
}
