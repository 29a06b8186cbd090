/**
 * remark plugin: marks links to glossary terms so the browser can show the term's definition on
 * hover and keyboard focus. The definition is written into the link at build time, so the preview
 * needs no request and no data bundle.
 *
 * On another locale's site (option `locale`, the locale being built) the preview shows the term's
 * name in that language with its English name, on a line of its own, then the locale's definition
 * (the English one until translated). Both go into `data-definition`, which the preview shows as
 * text with its line breaks, so the browser code that every page loads stays as it is. The English
 * site's links carry the definition only.
 */
import type { Link, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { GLOSSARY } from '../../data/glossary';
import { glossaryTableFor } from '../../data/glossaryTranslations';
import { glossaryTermIdFromHref, localizedGlossaryTerm } from '../../shared/glossary';
import { DEFAULT_LOCALE } from '../../shared/locales';

const definitions = new Map(GLOSSARY.map((term) => [term.id, term]));

export interface GlossaryLinksOptions {
  /** The locale being built; the default locale when absent. */
  locale?: string;
}

export default function remarkGlossaryLinks(options: GlossaryLinksOptions = {}) {
  const locale = options.locale ?? DEFAULT_LOCALE;
  const translations = glossaryTableFor(locale);
  return (tree: Root, file: { path?: string }): void => {
    visit(tree, 'link', (node: Link) => {
      const termId = glossaryTermIdFromHref(node.url);
      if (!termId) return;
      const term = definitions.get(termId);
      if (!term) {
        throw new Error(
          `${file.path ?? 'A page'} links to glossary term "${termId}", which src/data/glossary.ts does not define. Add the term there or fix the link.`,
        );
      }
      const shown = localizedGlossaryTerm(term, locale, translations?.[termId]);
      node.data = {
        ...node.data,
        hProperties: {
          ...(node.data?.hProperties ?? {}),
          className: ['fw-term'],
          'data-term': term.id,
          'data-definition':
            shown.englishTerm === null
              ? shown.definition
              : `${termLabel(shown.term, shown.englishTerm)}\n${shown.definition}`,
        },
      };
    });
  };
}

/** `Données citoyennes (Citizen data)`; a name the same in both languages (PARIS21) once. */
function termLabel(term: string, englishTerm: string): string {
  return term === englishTerm ? term : `${term} (${englishTerm})`;
}
