/**
 * Finds the addressable blocks of a Markdown tree and splits off their `{#id .provenance}` markers.
 *
 * A block is a paragraph, a list item, a block quote or a table. A paragraph inside a list item
 * or a quote belongs to that item or quote, so a reader links to (and comments on) the unit they
 * see. Admonitions and other containers are transparent: their paragraphs are blocks.
 */
import type { BlockContent, Blockquote, ListItem, Paragraph, Parent, Root, Table, Text } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { parseBlockMarker, type BlockMarker } from '../../shared/paragraphId';

export type BlockNode = Paragraph | ListItem | Blockquote | Table;

export interface FoundBlock {
  node: BlockNode;
  /** The parent that holds the node, so a table can be wrapped in place. */
  parent: Parent;
  /** Plain text the id is computed from (without the marker). */
  text: string;
  marker: BlockMarker | null;
  /** 1-based source line, for error messages. */
  line: number | undefined;
}

const OWN_TEXT_CONTAINERS = new Set(['listItem', 'blockquote']);

export function collectBlocks(tree: Root): FoundBlock[] {
  const found: FoundBlock[] = [];
  walk(tree, found);
  return found;
}

function walk(parent: Parent, found: FoundBlock[]): void {
  for (const child of parent.children) {
    switch (child.type) {
      case 'paragraph':
        found.push(describe(child, parent, child));
        break;
      case 'listItem':
      case 'blockquote': {
        const lead = child.children.find((c: BlockContent | { type: string }) => c.type === 'paragraph') as
          | Paragraph
          | undefined;
        found.push(describe(child, parent, lead));
        // Nested lists inside an item are blocks of their own; its paragraphs are not.
        for (const inner of child.children) {
          if (inner.type === 'list') walk(inner, found);
        }
        break;
      }
      case 'table':
        found.push(describe(child, parent, undefined));
        break;
      default:
        if ('children' in child && !OWN_TEXT_CONTAINERS.has(child.type)) walk(child as Parent, found);
    }
  }
}

/** Reads the block's text and removes a trailing marker from the paragraph that carries it. */
function describe(node: BlockNode, parent: Parent, markerCarrier: Paragraph | undefined): FoundBlock {
  let marker: BlockMarker | null = null;
  const last = markerCarrier?.children.at(-1);
  if (last?.type === 'text') {
    const parsed = parseBlockMarker((last as Text).value);
    if (parsed.marker) {
      marker = parsed.marker;
      (last as Text).value = parsed.text;
    }
  }
  return { node, parent, text: blockText(node), marker, line: node.position?.start.line };
}

/** A table's cells are separate words, not one run of text. */
function blockText(node: BlockNode): string {
  if (node.type !== 'table') return toString(node);
  return node.children.flatMap((row) => row.children.map((cell) => toString(cell))).join(' ');
}
