/**
 * The content types, one per top-level docs folder, and how a doc id maps to one. Kept apart from
 * the content model's schemas (`contentModel.ts`) so browser code can import them without
 * shipping the schema library.
 *
 * Pure: no DOM, no Node APIs, no schema library.
 */

/** Content types, one per top-level docs folder. */
export const CONTENT_TYPES = [
  'definition',
  'principle',
  'enabling-environment',
  'roadmap',
  'background',
  'glossary',
  'blog',
] as const;
export type ContentType = (typeof CONTENT_TYPES)[number];

/** Which docs folder holds which content type; the folder is the single source of a page's type. */
const FOLDER_TYPES: Record<string, ContentType> = {
  definition: 'definition',
  principles: 'principle',
  'enabling-environment': 'enabling-environment',
  roadmap: 'roadmap',
  background: 'background',
};

/**
 * @param docId - a Docusaurus doc id such as `principles/participation`
 * @returns the page's content type; the glossary page is its own type
 */
export function contentTypeOf(docId: string): ContentType {
  if (docId === 'background/glossary') return 'glossary';
  const folder = docId.split('/')[0] ?? '';
  return FOLDER_TYPES[folder] ?? 'background';
}

/**
 * Whether a docs route is a digest: a page at the docs root, outside every topic folder (the
 * Framework at a glance, questions people ask, what is known and not, citing, who is who, the side
 * event's focus areas). A digest restates, in a line each, facts that a topic page holds with its
 * sources, and links to that page; search ranks it just below the page it points to. A folder's own
 * index (`/docs/definition`) is a topic page, not a digest.
 *
 * @param route - a page path such as `/docs/questions`, or a result URL with its `#anchor` (a base URL
 *   before `docs/` is allowed)
 */
export function isDigestRoute(route: string): boolean {
  const slug = /(?:^|\/)docs\/([^/]+)\/?$/.exec(route.split('#')[0] ?? '')?.[1];
  return slug !== undefined && !Object.hasOwn(FOLDER_TYPES, slug);
}
