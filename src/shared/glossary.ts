/**
 * How glossary terms are addressed. Pure: used by the remark plugin, the glossary page and the
 * search index.
 */

/** Anchor of a term on the glossary page. */
export function glossaryAnchor(termId: string): string {
  return `term-${termId}`;
}

/** Path of the glossary page (on the default locale's site; other locales prefix it). */
export const GLOSSARY_PATH = '/docs/background/glossary';

/** Doc id of the glossary page: the same in every locale. */
export const GLOSSARY_DOC_ID = 'background/glossary';

const TERM_LINK = /(?:^|\/)glossary(?:\.mdx?)?#term-([a-z0-9-]+)$/;

/**
 * @param href - a link target as written in Markdown
 * @returns the term id when the link points at a glossary term, else null
 */
export function glossaryTermIdFromHref(href: string): string | null {
  return TERM_LINK.exec(href)?.[1] ?? null;
}
