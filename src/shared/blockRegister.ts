/**
 * The block register: every addressable block a build published, with its page, section and
 * text, plus where the ids of earlier releases now live.
 *
 * Written once per build (`build/block-register.json`, by the `blockRegister` plugin) from the
 * built HTML, so it holds exactly the ids readers can link to. The comment service reads it to
 * refuse comments on ids that were never published, to show moderators and editors the page title
 * and paragraph text, and to resolve short links (`/p/<id>`); old handouts keep working because
 * ids that left the site stay in `retired` with the place their content moved to.
 *
 * Pure: no DOM, no Node. Loading the file is the caller's job.
 */

/** File name of the register, at the root of the build output. */
export const BLOCK_REGISTER_FILE = 'block-register.json';

export const BLOCK_REGISTER_VERSION = 1;

/** One addressable block (paragraph, list item, quote, table, glossary term, timeline event). */
export interface RegisteredBlock {
  /** The block's id (`data-pid`), also its fragment on the page. */
  id: string;
  /** The block's visible text as rendered, white space collapsed, controls and badges excluded. */
  text: string;
  /** Headings (h2–h6) from the top of the page down to the block's section; empty in a lead. */
  headings: string[];
}

/** One page that carries blocks. */
export interface RegisteredPage {
  /** Route path without base URL or trailing slash, e.g. `/docs/definition`. */
  path: string;
  /** The page's title (its h1, or the document title). */
  title: string;
  /** Blocks in document order. */
  blocks: RegisteredBlock[];
}

/** Where an id that no page carries any more now points. */
export interface RetiredBlock {
  /** Route path of the page where its content lives now. */
  path: string;
  /** Id of the block that holds its content now, or null for the page as a whole. */
  id: string | null;
}

export interface BlockRegister {
  version: typeof BLOCK_REGISTER_VERSION;
  pages: RegisteredPage[];
  /** Ids published by earlier releases and carried by no page now, keyed by the old id. */
  retired: Record<string, RetiredBlock>;
  /** Earlier route paths of pages that moved, keyed by the old path, valued by the current one. */
  movedPages: Record<string, string>;
}

/** A block found in the register: the page it is on now and, for a live id, the block itself. */
export interface LocatedBlock {
  page: RegisteredPage;
  /** The block that holds the content now (undefined when a retired id points at a whole page). */
  block: RegisteredBlock | undefined;
  /** True when the id asked for is a retired one. */
  retired: boolean;
}

/** Lookup tables over a register, built once (O(blocks)) and then answering in O(1). */
export interface BlockIndex {
  readonly register: BlockRegister;
  /** The page at a route path (current or moved), or undefined. */
  page(path: string): RegisteredPage | undefined;
  /** A live or retired block id, resolved to where its content is now, or undefined. */
  locate(id: string): LocatedBlock | undefined;
  /** True when `id` was published on `path` by this or an earlier release. */
  isPublished(path: string, id: string): boolean;
}

/** Strips a trailing slash (but not the root's) so `/docs/x/` and `/docs/x` are one page. */
export function normalizeRoutePath(path: string): string {
  return path.length > 1 && path.endsWith('/') ? path.slice(0, -1) : path;
}

/**
 * Builds the lookup tables of a register. Ids are unique within a page; `locate` answers for the
 * first page carrying an id (the build keeps ids unique across the site, so there is one).
 * Every table is a Map: the ids and paths asked for come from addresses, and an id such as
 * `constructor` or `__proto__` read from a plain object finds what every object inherits.
 */
export function indexBlockRegister(register: BlockRegister): BlockIndex {
  const retiredIds = new Map(Object.entries(register.retired));
  const movedPages = new Map(Object.entries(register.movedPages));
  const pages = new Map<string, RegisteredPage>();
  const pageIds = new Map<RegisteredPage, Set<string>>();
  const blocks = new Map<string, { page: RegisteredPage; block: RegisteredBlock }>();
  for (const page of register.pages) {
    pages.set(page.path, page);
    pageIds.set(page, new Set(page.blocks.map((block) => block.id)));
    for (const block of page.blocks) if (!blocks.has(block.id)) blocks.set(block.id, { page, block });
  }
  const page = (path: string): RegisteredPage | undefined => {
    const normal = normalizeRoutePath(path);
    const moved = movedPages.get(normal);
    return pages.get(normal) ?? (moved === undefined ? undefined : pages.get(moved));
  };
  const locate = (id: string): LocatedBlock | undefined => {
    const live = blocks.get(id);
    if (live) return { ...live, retired: false };
    const retired = retiredIds.get(id);
    if (!retired) return undefined;
    const target = page(retired.path);
    if (!target) return undefined;
    const block = retired.id === null ? undefined : target.blocks.find((candidate) => candidate.id === retired.id);
    return { page: target, block, retired: true };
  };
  const isPublished = (path: string, id: string): boolean => {
    const target = page(path);
    if (!target) return false;
    if (pageIds.get(target)?.has(id)) return true;
    // A retired id is accepted on the page its content moved to: old handouts still carry it.
    return retiredIds.has(id) && locate(id)?.page === target;
  };
  return { register, page, locate, isPublished };
}
