/**
 * The mobile menu (wrapping the classic theme's), drawn in a transition once the page has
 * hydrated, unless the reader opens it first. The theme draws the whole closed menu (the navbar's
 * items and, on docs pages, the docs sidebar) the moment the page knows it is on a phone: one
 * synchronous render of a few hundred elements, the page's second-longest task on a phone
 * (useMountedInTransition says why a transition avoids it). Open, it is usable from the keyboard
 * (useMenuFocus).
 */
import React, { type ReactNode } from 'react';
import MobileSidebar from '@theme-original/Navbar/MobileSidebar';
import { useNavbarMobileSidebar } from '@docusaurus/theme-common/internal';
import { useMountedInTransition } from '@site/src/components/useMountedInTransition';
import { useMenuFocus } from '@site/src/components/useMenuFocus';

export default function MobileSidebarWrapper(): ReactNode {
  const { shown, toggle } = useNavbarMobileSidebar();
  const mounted = useMountedInTransition();
  useMenuFocus(shown, toggle);
  return mounted || shown ? <MobileSidebar /> : null;
}
