import { createElement, type ComponentType, type ReactNode } from 'react';

/**
 * `@docusaurus/theme-common` for DOM tests (the real package ships JSX in .js files, and its hooks
 * need the theme's providers): the hooks our components use, as they behave on the English site in
 * light mode.
 */

/** English's two plural forms: "One result|{count} results". */
export function usePluralForm() {
  return {
    selectMessage: (count: number, message: string) => message.split('|')[count === 1 ? 0 : 1]!,
  };
}

export function useColorMode() {
  return { colorMode: 'light' as const };
}

export const ThemeClassNames = { docs: { docSidebarMenu: 'theme-doc-sidebar-menu' } } as const;

/**
 * The props each `NavbarSecondaryMenuFiller` was given, newest last. The theme's filler fills the
 * mobile menu through a context; this one draws its component in place.
 */
export const secondaryMenuFills: Record<string, unknown>[] = [];

export function NavbarSecondaryMenuFiller<P extends object>({
  component,
  props,
}: {
  component: ComponentType<P>;
  props: P;
}): ReactNode {
  secondaryMenuFills.push(props as Record<string, unknown>);
  return createElement(component, props);
}
