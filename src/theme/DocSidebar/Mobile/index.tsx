/**
 * The docs sidebar's part of the mobile menu (wrapping the classic theme's), handed to the menu in
 * a transition once the page has hydrated, or at once if the reader has opened the menu. The theme
 * hands it over the moment the page knows it is on a phone, in the same synchronous render that
 * removes the desktop sidebar, and sorting its props there (`useShallowMemoObject`, with
 * `localeCompare`) is the single most expensive step of that render (Navbar/MobileSidebar and
 * useMountedInTransition say why it matters).
 */
import React, { type ComponentProps, type ReactNode } from 'react';
import DocSidebarMobile from '@theme-original/DocSidebar/Mobile';
import { useNavbarMobileSidebar } from '@docusaurus/theme-common/internal';
import { useMountedInTransition } from '@site/src/components/useMountedInTransition';

export default function DocSidebarMobileWrapper(props: ComponentProps<typeof DocSidebarMobile>): ReactNode {
  const { shown } = useNavbarMobileSidebar();
  const mounted = useMountedInTransition();
  return mounted || shown ? <DocSidebarMobile {...props} /> : null;
}
