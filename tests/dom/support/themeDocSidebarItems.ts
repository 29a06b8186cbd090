/** Stand-in for the classic theme's sidebar items, which the ejected src/theme/DocSidebar/Mobile draws. */
import { createElement, type ReactNode } from 'react';

export default function DocSidebarItems({ activePath }: { activePath: string }): ReactNode {
  return createElement('li', null, `docs sidebar at ${activePath}`);
}
