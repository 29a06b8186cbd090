/**
 * Short, stable links for slides and paper: `/p/<paragraph-id>` for a paragraph (or any block) and
 * `/s/<page-key>` for a page, where the key is the route path without `/docs/` (so
 * `/docs/definition/who-is-a-citizen` is `/s/definition/who-is-a-citizen`, the home page `/s/`).
 * In another language they carry its prefix, `/fr/p/<id>` and `/fr/s/<key>`: the id and the key
 * are the same in every language, and the link lands on the page in the language it was shared in.
 *
 * Resolution goes through the block register (shared/blockRegister.ts), which records where ids
 * of earlier releases and moved pages live now, so a link printed on an old handout still lands
 * on the right paragraph. Pure: the service and the browser (print, "Cite this") both use it.
 * Paths here are the default locale's (`/docs/definition`); the language is a separate argument,
 * so browser code needs no table of locales to call these.
 */
import type { BlockIndex } from './blockRegister';
import { DEFAULT_LOCALE, localePath } from './locales';

export const SHORT_BLOCK_PREFIX = '/p/';
export const SHORT_PAGE_PREFIX = '/s/';

/** The short path of a block: `/p/definition-who`; in French `/fr/p/definition-who`. */
export function shortBlockPath(id: string, locale: string = DEFAULT_LOCALE): string {
  return localePath(`${SHORT_BLOCK_PREFIX}${id}`, locale);
}

/** The page key of a route path: `/docs/definition` → `definition`, `/event/x` → `event/x`. */
export function pageKey(routePath: string): string {
  const path = routePath.length > 1 && routePath.endsWith('/') ? routePath.slice(0, -1) : routePath;
  if (path.startsWith('/docs/')) return path.slice('/docs/'.length);
  return path.replace(/^\//, '');
}

/** The short path of a page (default-locale route path): `/s/definition`; in French `/fr/s/definition`. */
export function shortPagePath(routePath: string, locale: string = DEFAULT_LOCALE): string {
  return localePath(`${SHORT_PAGE_PREFIX}${pageKey(routePath)}`, locale);
}

/** Candidate route paths of a page key, most likely first (docs pages win). */
export function routePathsOfKey(key: string): string[] {
  const clean = key.replace(/^\/+|\/+$/g, '');
  return clean === '' ? ['/'] : [`/docs/${clean}`, `/${clean}`];
}

/** Where a short link leads: the full path with its fragment, or undefined when it leads nowhere. */
export function resolveShortBlock(blocks: BlockIndex, id: string): string | undefined {
  const found = blocks.locate(id);
  if (!found) return undefined;
  return found.block ? `${found.page.path}#${found.block.id}` : found.page.path;
}

/** The current route path of a page key, from the register, or undefined. */
export function resolveShortPage(blocks: BlockIndex, key: string): string | undefined {
  for (const candidate of routePathsOfKey(key)) {
    const page = blocks.page(candidate);
    if (page) return page.path;
  }
  return undefined;
}

/**
 * The short address to print for one of this site's own links: a link to a published block becomes
 * `/p/<id>`, a link to a page `/s/<key>` with the link's fragment kept (each in `locale`); anything
 * else (another site, a file) undefined. `href` is a default-locale path as written in the page
 * (`/docs/definition#definition-who`).
 */
export function shortFormOfHref(
  href: string,
  isBlockId: (id: string) => boolean,
  locale: string = DEFAULT_LOCALE,
): string | undefined {
  if (!href.startsWith('/') || href.startsWith('//')) return undefined;
  const hashAt = href.indexOf('#');
  const fragment = hashAt === -1 ? '' : href.slice(hashAt + 1);
  const pathname = (hashAt === -1 ? href : href.slice(0, hashAt)).split('?')[0]!;
  if (fragment && isBlockId(fragment)) return shortBlockPath(fragment, locale);
  if (pathname.startsWith('/docs/') || pathname === '/docs')
    return `${shortPagePath(pathname, locale)}${fragment ? `#${fragment}` : ''}`;
  return undefined;
}
