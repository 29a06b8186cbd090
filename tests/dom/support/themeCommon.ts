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
