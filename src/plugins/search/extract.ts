/**
 * The extraction contract: from the rendered content of one page (a hast tree, whether it came
 * from the built HTML or, in development, from the Markdown source) to its searchable
 * paragraphs, each under its heading path.
 *
 * - A page with addressable blocks (`BLOCK_SELECTOR`) yields one paragraph per block, anchored at
 *   the block's own id: the id permalinks and comment threads use, read, never recomputed.
 *   Badges and controls (`NON_TEXT_SELECTOR`) are not text; a nested block (a sub-list) is its
 *   own paragraph, not part of its parent's text.
 * - A page without blocks (blog posts) yields one paragraph per section, anchored at the
 *   section's heading id.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { matches } from 'hast-util-select';
import { BLOCK, BLOCK_SELECTOR, NON_TEXT_SELECTOR } from '../../shared/blocks';
import type { Provenance } from '../../shared/paragraphId';

/** One searchable paragraph of a page, before it becomes a record. */
export interface ExtractedParagraph {
  /** Block id or heading id; empty for text before a blog post's first heading. */
  anchor: string;
  /** Headings (h2–h6) from the top of the page down to the paragraph's section. */
  path: string[];
  /** The block's own provenance label, when it has one. */
  provenance?: Provenance;
  /** Id of the heading of the paragraph's section (empty in a page's lead). */
  section?: string;
  text: string;
}

type Node = Root | RootContent | ElementContent;

const HEADING = /^h([1-6])$/;
/** Text containers of a section on pages without blocks. */
const SECTION_TEXT = new Set(['p', 'li', 'blockquote', 'td', 'th', 'dd', 'dt', 'figcaption', 'pre']);
/** Elements whose text is a separate line: a word boundary is kept around them. */
const BLOCK_LEVEL = new Set(
  'address article aside blockquote br dd div dl dt figcaption figure footer h1 h2 h3 h4 h5 h6 header hr li ol p pre section table tbody td tfoot th thead tr ul'.split(
    ' ',
  ),
);
/** Heading decorations that are not heading text (Docusaurus's "#" link). */
const HEADING_DECORATION = '.hash-link';

/** Collapses white space and drops zero-width characters. */
export function cleanText(text: string): string {
  return text
    .replace(/[\u200b-\u200d\ufeff]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function isElement(node: Node): node is Element {
  return node.type === 'element';
}

/** Text of a node without the parts matching `exclude` (and without nested blocks, when asked). */
function textOf(node: Node, exclude: string, skipNestedBlocks: boolean): string {
  if (node.type === 'text') return node.value;
  if (!('children' in node)) return '';
  let text = '';
  for (const child of node.children) {
    if (isElement(child)) {
      if (matches(exclude, child)) continue;
      if (skipNestedBlocks && matches(BLOCK_SELECTOR, child)) continue;
      const inner = textOf(child, exclude, skipNestedBlocks);
      text += BLOCK_LEVEL.has(child.tagName) ? ` ${inner} ` : inner;
    } else {
      text += textOf(child, exclude, skipNestedBlocks);
    }
  }
  return text;
}

function headingText(heading: Element): string {
  return cleanText(textOf(heading, HEADING_DECORATION, false));
}

interface Walk {
  /** Heading texts by level (index 2 = h2 …). */
  headings: string[];
  anchor: string;
  out: ExtractedParagraph[];
}

function currentPath(walk: Walk): string[] {
  return walk.headings.slice(2).filter(Boolean);
}

function enterHeading(walk: Walk, element: Element, level: number): void {
  if (level < 2) return;
  walk.headings[level] = headingText(element);
  walk.headings.length = level + 1;
  walk.anchor = typeof element.properties.id === 'string' ? element.properties.id : walk.anchor;
}

function walkBlocks(node: Node, walk: Walk): void {
  if (!('children' in node)) return;
  for (const child of node.children) {
    if (!isElement(child)) continue;
    const level = HEADING.exec(child.tagName)?.[1];
    if (level) {
      enterHeading(walk, child, Number(level));
      continue;
    }
    if (matches(BLOCK_SELECTOR, child)) {
      const text = cleanText(textOf(child, NON_TEXT_SELECTOR, true));
      const provenance = child.properties[toProperty(BLOCK.provenanceAttribute)];
      if (text) {
        walk.out.push({
          anchor: String(child.properties[toProperty(BLOCK.idAttribute)]),
          path: currentPath(walk),
          section: walk.anchor,
          ...(typeof provenance === 'string' ? { provenance: provenance as Provenance } : {}),
          text,
        });
      }
    }
    walkBlocks(child, walk);
  }
}

/** Section mode: text is collected per heading and flushed when the next heading starts. */
function walkSections(node: Node, walk: Walk, buffer: string[]): void {
  if (!('children' in node)) return;
  for (const child of node.children) {
    if (!isElement(child)) continue;
    const level = HEADING.exec(child.tagName)?.[1];
    if (level) {
      flushSection(walk, buffer);
      enterHeading(walk, child, Number(level));
      continue;
    }
    if (SECTION_TEXT.has(child.tagName)) buffer.push(textOf(child, NON_TEXT_SELECTOR, false));
    else walkSections(child, walk, buffer);
  }
}

function flushSection(walk: Walk, buffer: string[]): void {
  const text = cleanText(buffer.join(' '));
  buffer.length = 0;
  if (text) walk.out.push({ anchor: walk.anchor, path: currentPath(walk), text });
}

/** hast stores `data-pid` as `dataPid`. */
function toProperty(attribute: string): string {
  return attribute.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());
}

function hasBlocks(node: Node): boolean {
  if (isElement(node) && matches(BLOCK_SELECTOR, node)) return true;
  return 'children' in node && node.children.some((child) => hasBlocks(child));
}

/**
 * @param content - the page's rendered Markdown content (its container element or a root)
 * @returns the page's paragraphs in document order
 */
export function extractParagraphs(content: Root | Element): ExtractedParagraph[] {
  const walk: Walk = { headings: [], anchor: '', out: [] };
  if (hasBlocks(content)) {
    walkBlocks(content, walk);
  } else {
    const buffer: string[] = [];
    walkSections(content, walk, buffer);
    flushSection(walk, buffer);
  }
  return walk.out;
}
