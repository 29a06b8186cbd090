/**
 * One built page → its entry in the block register, through the search index's extraction
 * contract (`extractParagraphs`), so the register, the index and the DOM agree on every id and text.
 */
import { fromHtml } from 'hast-util-from-html';
import { select } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { BLOCK } from '../../shared/blocks';
import type { RegisteredPage } from '../../shared/blockRegister';
import { cleanText, extractParagraphs } from '../search/extract';

/** Where Docusaurus renders a page's content: docs, blog posts and custom pages. */
const CONTENT = 'main';

/**
 * @param routePath - route path without base URL, e.g. `/docs/definition`
 * @param html - the page's built HTML
 * @returns the page with its blocks in document order, or null when it has no addressable block
 */
export function registerPage(routePath: string, html: string): RegisteredPage | null {
  // Cheap test first: most generated pages (tags, archives) carry no block at all.
  if (!html.includes(`${BLOCK.idAttribute}=`)) return null;
  const tree = fromHtml(html);
  const content = select(CONTENT, tree) ?? tree;
  const blocks = extractParagraphs(content).map((paragraph) => ({
    id: paragraph.anchor,
    text: paragraph.text.normalize('NFC'),
    headings: paragraph.path,
  }));
  if (blocks.length === 0) return null;
  const h1 = select('h1', content);
  const documentTitle = select('title', tree);
  const title = cleanText(
    h1 ? toString(h1) : documentTitle ? toString(documentTitle).replace(/ \| .*$/, '') : routePath,
  );
  return { path: routePath.length > 1 ? routePath.replace(/\/$/, '') : routePath, title, blocks };
}
