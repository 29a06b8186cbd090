/**
 * The docs sidebar's part of the mobile menu (the classic theme's, 3.10.2, ejected), handed to the
 * menu in a transition once the page has hydrated, or at once if the reader has opened the menu
 * (Navbar/MobileSidebar and useMountedInTransition say why that matters).
 *
 * One change besides: the menu filler gets its props as one object under one key. The theme's
 * filler memoizes its props shallowly (`useShallowMemoObject`), sorting their keys with
 * `localeCompare`, and the first `localeCompare` of a page builds ICU's collator: 10–130 ms on
 * this project's test machine, 4× that on Lighthouse's mobile CPU, in one piece that no transition
 * can slice, and on every docs page opened on a phone (nothing else on a page compares strings by
 * locale at load). A sort of one key never calls its comparator; the props in it are memoized here
 * in a fixed order instead, so the menu still re-renders only when one of them changes.
 */
import React, { memo, useMemo, type ReactNode } from 'react';
import clsx from 'clsx';
import { NavbarSecondaryMenuFiller, ThemeClassNames } from '@docusaurus/theme-common';
import { useNavbarMobileSidebar } from '@docusaurus/theme-common/internal';
import DocSidebarItems from '@theme/DocSidebarItems';
import type { Props } from '@theme/DocSidebar/Mobile';
import { useMountedInTransition } from '@site/src/components/useMountedInTransition';

function DocSidebarMobileSecondaryMenu({ sidebarProps: { sidebar, path } }: { sidebarProps: Props }): ReactNode {
  const mobileSidebar = useNavbarMobileSidebar();
  return (
    <ul className={clsx(ThemeClassNames.docs.docSidebarMenu, 'menu__list')}>
      <DocSidebarItems
        items={sidebar}
        activePath={path}
        onItemClick={(item) => {
          // Mobile sidebar should only be closed if the category has a link
          if (item.type === 'category' && item.href) {
            mobileSidebar.toggle();
          }
          if (item.type === 'link') {
            mobileSidebar.toggle();
          }
        }}
        level={1}
      />
    </ul>
  );
}

const DocSidebarMobile = memo(function DocSidebarMobile({ sidebar, path, onCollapse, isHidden }: Props): ReactNode {
  const sidebarProps = useMemo(() => ({ sidebar, path, onCollapse, isHidden }), [sidebar, path, onCollapse, isHidden]);
  return <NavbarSecondaryMenuFiller component={DocSidebarMobileSecondaryMenu} props={{ sidebarProps }} />;
});

export default function DocSidebarMobileWrapper(props: Props): ReactNode {
  const { shown } = useNavbarMobileSidebar();
  const mounted = useMountedInTransition();
  return mounted || shown ? <DocSidebarMobile {...props} /> : null;
}
