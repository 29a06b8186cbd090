/**
 * The content graph: every Framework page with its provenance, sources, related pages and the
 * pages that point back at it. Built once at build time from front matter (so back-links are never
 * maintained by hand) and read by the page components, which show one list: `seeAlso`.
 *
 * Pure: no DOM, no Node APIs.
 */
import type { ContentType, Source } from './contentModel';
import type { GlossaryPageEntry } from './glossary';
import type { Provenance } from './paragraphId';

export interface GraphPage {
  readonly id: string;
  readonly title: string;
  readonly permalink: string;
  readonly type: ContentType;
  readonly provenance: Provenance;
  readonly sources: readonly string[];
  readonly related: readonly string[];
  /**
   * The language of the page's title where it is not the site's: `en` on a translated site for a
   * page not yet translated (src/shared/textLanguage.ts). Absent otherwise.
   */
  readonly lang?: string;
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
  /** As GraphPage's `lang`. */
  lang?: string;
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

/** Where a link to a page by doc id goes, and what it says. */
export interface PageLinkTarget {
  readonly title: string;
  readonly permalink: string;
  /** The title's language where it is not the site's (GraphPage's `lang`). */
  readonly lang?: string;
}

/** What a list of sources shows of a source (the register's notes stay on the Sources page). */
export type CitedSource = Omit<Source, 'note'>;

/**
 * One page's part of the graph: what its components show, shipped with that page only (in its doc
 * metadata, field PAGE_GRAPH_FIELD: src/plugins/docs), so a page does not carry the whole site's
 * graph and source register.
 */
export interface PageGraphSlice {
  readonly page: GraphPage;
  /** Title and permalink of every page this page links to by id (its `seeAlso`, and `linkedDocs`). */
  readonly links: Readonly<Record<string, PageLinkTarget>>;
  /** Every source this page lists (its own, and `citedSources`), by id. */
  readonly sources: Readonly<Record<string, CitedSource>>;
  /** On the glossary page only: its terms, in the page's language and order. */
  readonly glossary?: readonly GlossaryPageEntry[];
}

/** The doc metadata field that holds the page's slice. */
export const PAGE_GRAPH_FIELD = 'pageGraph';

/**
 * The slice of `graph` for page `id`.
 * @param sources - the source register by id; ids not in it are left out (the build's content
 *   check reports them)
 * @param glossary - on the glossary page, its terms as the page shows them: they go in the slice,
 *   and the sources they cite and the pages they point to join the page's own
 * @throws Error when `id` is not in the graph
 */
export function pageGraphSlice(
  graph: ContentGraph,
  id: string,
  sources: ReadonlyMap<string, Source>,
  glossary?: readonly GlossaryPageEntry[],
): PageGraphSlice {
  const page = graph.pages[id];
  if (!page) throw new Error(`content graph: no page "${id}"`);
  const links: Record<string, PageLinkTarget> = {};
  for (const target of [...page.seeAlso, ...(glossary ?? []).flatMap((entry) => entry.related)]) {
    const linked = graph.pages[target];
    if (linked)
      links[target] = {
        title: linked.title,
        permalink: linked.permalink,
        ...(linked.lang ? { lang: linked.lang } : {}),
      };
  }
  const cited: Record<string, CitedSource> = {};
  for (const sourceId of [...page.sources, ...(glossary ?? []).flatMap((entry) => entry.sources)]) {
    const source = sources.get(sourceId);
    if (source) {
      const { note: _note, ...shown } = source;
      cited[sourceId] = shown;
    }
  }
  return glossary ? { page, links, sources: cited, glossary } : { page, links, sources: cited };
}
