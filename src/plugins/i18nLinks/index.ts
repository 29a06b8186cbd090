/**
 * remark plugin (runs before Docusaurus's own link resolution): points relative Markdown links
 * between docs pages at the right file of the locale being built.
 *
 * Why: Docusaurus resolves `./page.md` and `../dir/page.md` only from the folder of the file that
 * holds the link, and knows each page by the file it was built from. On the French site a page not
 * yet translated is built from `docs/…` and a translated one from `i18n/fr/…`, so a link from one
 * to the other names a file the French build does not know, and the build fails. This plugin
 * rewrites such a link to Docusaurus's `@site/…` form of the file the locale uses: the
 * translation if there is one, the English page otherwise. The English build is left alone.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Definition, Link, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { DEFAULT_LOCALE } from '../../shared/locales';

export interface I18nLinksOptions {
  /** The locale being built. */
  readonly locale?: string;
  /** The site folder (holds docs/ and i18n/); defaults to the working directory. */
  readonly siteDir?: string;
}

const RELATIVE_MARKDOWN = /^(\.{1,2}\/[^?#]*\.mdx?)([?#].*)?$/;

/** The docs-relative path (`definition/index.md`) of a file in docs/ or in a locale's translated docs. */
function docsRelative(file: string, docsDirs: readonly string[]): string | null {
  for (const dir of docsDirs) {
    const relative = path.relative(dir, file);
    if (!relative.startsWith('..') && !path.isAbsolute(relative)) return relative.split(path.sep).join('/');
  }
  return null;
}

export default function remarkI18nLinks(options: I18nLinksOptions = {}) {
  const locale = options.locale ?? DEFAULT_LOCALE;
  const siteDir = path.resolve(options.siteDir ?? process.cwd());
  const englishDir = path.join(siteDir, 'docs');
  const translatedDir = path.join(siteDir, 'i18n', locale, 'docusaurus-plugin-content-docs', 'current');
  return (tree: Root, file: VFile): void => {
    if (locale === DEFAULT_LOCALE || !file.path) return;
    const from = docsRelative(path.resolve(file.path), [englishDir, translatedDir]);
    if (from === null) return;
    visit(tree, ['link', 'definition'], (node) => {
      const link = node as Link | Definition;
      const match = RELATIVE_MARKDOWN.exec(link.url);
      if (!match) return;
      const target = path.posix.normalize(path.posix.join(path.posix.dirname(from), decodeURIComponent(match[1]!)));
      if (target.startsWith('..')) return;
      const translated = existsSync(path.join(translatedDir, target));
      const base = translated ? `@site/i18n/${locale}/docusaurus-plugin-content-docs/current` : '@site/docs';
      link.url = `${base}/${target}${match[2] ?? ''}`;
    });
  };
}
