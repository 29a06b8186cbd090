/**
 * Writes the block markup contract of `src/shared/blocks.ts` onto a Markdown node: id attributes,
 * an optional provenance badge, and the permalink and comment controls (inline SVG icons, named by
 * aria-label). The controls are static HTML so they are visible, and reachable by keyboard, before
 * any JavaScript has loaded.
 *
 * Which controls a block gets follows the rule in `BlockControls` (shared/blocks.ts): navigation
 * items get none, notes on gaps get only the permalink. Keyboard: one Tab stop per block (the
 * comment button); the permalink is reached with the arrow keys (src/client/permalinks).
 */
import type { Parent, PhrasingContent } from 'mdast';
import type { ElementContent, Properties } from 'hast';
import { BLOCK, type BlockControls } from '../../shared/blocks';
import { BLOCK_ICONS, ENGLISH_BLOCK_LABELS, ICON_SVG_PROPERTIES, type BlockLabels } from '../../shared/blockLabels';
import type { IdentifiedBlock } from './assignIds';

/** An mdast node that only exists to become the given hast element. */
function hastNode(tagName: string, properties: Properties, children: ElementContent[]): PhrasingContent {
  return {
    type: 'fwHast',
    data: { hName: tagName, hProperties: properties, hChildren: children },
  } as unknown as PhrasingContent;
}

function icon(paths: readonly string[]): ElementContent {
  return {
    type: 'element',
    tagName: 'svg',
    properties: { ...ICON_SVG_PROPERTIES, className: [BLOCK.iconClassName] },
    children: paths.map((d) => ({ type: 'element', tagName: 'path', properties: { d }, children: [] })),
  };
}

function controls(id: string, kind: BlockControls, labels: BlockLabels): PhrasingContent {
  const permalink: ElementContent = {
    type: 'element',
    tagName: 'a',
    properties: {
      className: [BLOCK.permalinkClassName],
      href: `#${id}`,
      'aria-label': labels.controls.permalink,
      title: labels.controls.permalink,
      // With a comment button beside it, the button is the block's one Tab stop; arrows reach this.
      ...(kind === 'full' ? { tabIndex: -1 } : {}),
    },
    children: [icon(BLOCK_ICONS.link)],
  };
  const comment: ElementContent = {
    type: 'element',
    tagName: 'button',
    properties: {
      type: 'button',
      className: [BLOCK.commentButtonClassName],
      [BLOCK.idAttribute]: id,
      'aria-label': labels.controls.comments,
      title: labels.controls.comments,
    },
    children: [
      icon(BLOCK_ICONS.comment),
      { type: 'element', tagName: 'span', properties: { className: [BLOCK.commentCountClassName] }, children: [] },
    ],
  };
  return hastNode(
    'span',
    { className: [BLOCK.controlsClassName] },
    kind === 'full' ? [comment, permalink] : [permalink],
  );
}

function badge(block: IdentifiedBlock, labels: BlockLabels): PhrasingContent | null {
  const provenance = block.marker?.provenance;
  if (!provenance) return null;
  const { label, explanation } = labels.provenance[provenance];
  return hastNode(
    'span',
    {
      className: [BLOCK.provenanceBadgeClassName, `${BLOCK.provenanceBadgeClassName}--${provenance}`],
      title: explanation,
    },
    [{ type: 'text', value: label }],
  );
}

/** Where the badge and controls go: into the block's first paragraph, or the block itself. */
function carrier(block: IdentifiedBlock): Parent {
  const node = block.node;
  if (node.type === 'paragraph') return node;
  if (node.type === 'table') return node;
  const lead = node.children.find((child) => child.type === 'paragraph');
  return (lead as Parent | undefined) ?? node;
}

/** A link to another page of this site (not a glossary term, not another site). */
function isSiteLink(url: string): boolean {
  return !/^[a-z][a-z0-9+.-]*:/i.test(url) && !url.startsWith('#') && !url.includes('#term-');
}

/**
 * Which controls a block gets (the rule is documented at `BlockControls`).
 *
 * @param inGapList - the block is an item of a list under a "What we do not know" heading
 */
export function blockControls(block: IdentifiedBlock, inGapList: boolean): BlockControls {
  if (block.node.type === 'listItem') {
    const lead = block.node.children.find((child) => child.type === 'paragraph');
    const first = lead?.children[0];
    if (first?.type === 'link' && isSiteLink(first.url)) return 'none';
    if (inGapList) return 'link';
  }
  return 'full';
}

export function decorateBlock(
  block: IdentifiedBlock,
  kind: BlockControls = 'full',
  labels: BlockLabels = ENGLISH_BLOCK_LABELS,
): void {
  const { node, id } = block;
  const properties: Properties = { id, className: [BLOCK.className], [BLOCK.idAttribute]: id };
  if (block.marker?.provenance) properties[BLOCK.provenanceAttribute] = block.marker.provenance;

  if (node.type === 'table') {
    wrapTable(block, properties, labels);
    return;
  }
  node.data = { ...node.data, hProperties: { ...(node.data?.hProperties ?? {}), ...properties } };
  const target = carrier(block);
  const lead = badge(block, labels);
  if (lead) target.children.unshift(lead as never);
  if (kind !== 'none') target.children.push(controls(id, kind, labels) as never);
}

/** A table cannot hold inline controls, so it is wrapped in an addressable `div`. */
function wrapTable(block: IdentifiedBlock, properties: Properties, labels: BlockLabels): void {
  const { parent, node, id } = block;
  const index = parent.children.indexOf(node);
  const head = [badge(block, labels), controls(id, 'full', labels)].filter(Boolean) as PhrasingContent[];
  const wrapper = {
    type: 'fwBlock',
    children: [
      { type: 'paragraph', data: { hName: 'div', hProperties: { className: ['fw-block__head'] } }, children: head },
      node,
    ],
    data: { hName: 'div', hProperties: { ...properties, className: [BLOCK.className, 'fw-block--table'] } },
  };
  parent.children.splice(index, 1, wrapper as never);
}
