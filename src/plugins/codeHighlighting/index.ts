/**
 * Docusaurus plugin: the syntax highlighter loads with code blocks, not on every page.
 *
 * Why: the classic theme registers a client module on every page
 * (`@docusaurus/theme-classic/lib/prism-include-languages`) whose only job is to add
 * `themeConfig.prism.additionalLanguages` to Prism. It imports prism-react-renderer's Prism and
 * prismjs's language table to do so: about 35 KB gzip in main.js, a fifth of every page's first
 * load (first-load budget, issue 13). This site lists no additional languages and its pages have
 * no code blocks. The theme's CodeBlock, in a chunk of its own that only a page with a code block
 * loads, imports prism-react-renderer itself, so such a page still highlights its code with
 * Prism's built-in languages.
 *
 * So, while `additionalLanguages` is empty, that client module is replaced by an empty one (a
 * resolve alias on its exact path). The day a language is added there, the plugin steps aside and
 * the theme's module registers it as before.
 */
import path from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';

/** The theme's client module, as Docusaurus requires it (absolute path, no extension). */
export const PRISM_LANGUAGES_MODULE = path.join(
  path.dirname(require.resolve('@docusaurus/theme-classic')),
  'prism-include-languages',
);

const EMPTY_MODULE = path.join(__dirname, 'noAdditionalLanguages.ts');

/** Languages the site asks Prism for beyond its built-in ones (`themeConfig.prism.additionalLanguages`). */
export function additionalLanguages(themeConfig: Record<string, unknown>): readonly string[] {
  const prism = themeConfig.prism as { additionalLanguages?: unknown } | undefined;
  return Array.isArray(prism?.additionalLanguages) ? (prism.additionalLanguages as string[]) : [];
}

export default function codeHighlighting(context: LoadContext): Plugin {
  const skip = additionalLanguages(context.siteConfig.themeConfig).length === 0;
  return {
    name: 'fw-code-highlighting',
    configureWebpack() {
      if (!skip) return {};
      return { resolve: { alias: { [`${PRISM_LANGUAGES_MODULE}$`]: EMPTY_MODULE } } };
    },
  };
}
