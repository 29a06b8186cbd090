/**
 * The content graph: every Framework page with its provenance, sources, related pages and the
 * pages that point back at it. Built once at build time from front matter (so back-links are never
 * maintained by hand) and read by the page components, which show one list: `seeAlso`.
 *
 * Pure: no DOM, no Node APIs.
 */
import type { ContentType } from './contentModel';
import type { Provenance } from './paragraphId';

export interface GraphPage {
  readonly id: string;
  readonly title: string;
  readonly permalink: string;
  readonly type: ContentType;
  readonly provenance: Provenance;
  readonly sources: readonly string[];
  readonly related: readonly string[];
  /** Pages whose `related` list names this page. */
  readonly referencedFrom: readonly string[];
  /**
   * The one list a reader sees at the foot of the page: the page's own `related` pages in the
   * author's order, then the pages that point here, each page once.
   */
  readonly seeAlso: readonly string[];
}

export interface ContentGraph {
  readonly pages: Readonly<Record<string, GraphPage>>;
}

export interface PageInput {
  id: string;
  title: string;
  permalink: string;
  type: ContentType;
  provenance: Provenance;
  sources: readonly string[];
  related: readonly string[];
}

/**
 * Links pages both ways. References are checked by `contentProblems` before this runs; an unknown
 * id is ignored here rather than linked.
 */
export function buildContentGraph(inputs: readonly PageInput[]): ContentGraph {
  const known = new Set(inputs.map((page) => page.id));
  const backlinks = new Map<string, string[]>();
  for (const page of inputs) {
    for (const target of page.related) {
      if (known.has(target) && target !== page.id) backlinks.set(target, [...(backlinks.get(target) ?? []), page.id]);
    }
  }
  const pages: Record<string, GraphPage> = {};
  for (const page of inputs) {
    const related = page.related.filter((id) => known.has(id) && id !== page.id);
    const referencedFrom = (backlinks.get(page.id) ?? []).sort();
    pages[page.id] = { ...page, related, referencedFrom, seeAlso: [...new Set([...related, ...referencedFrom])] };
  }
  return { pages };
}
