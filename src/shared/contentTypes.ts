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
