/**
 * Writes the block markup contract of `src/shared/blocks.ts` onto a Markdown node: id attributes,
 * an optional provenance badge, and the permalink and comment controls. The controls are static
 * HTML so they work, and are reachable by keyboard, before any JavaScript has loaded.
 */
import type { Parent, PhrasingContent } from 'mdast';
import type { ElementContent, Properties } from 'hast';
import { BLOCK, BLOCK_CONTROL_LABELS, PROVENANCE_LABELS } from '../../shared/blocks';
import type { IdentifiedBlock } from './assignIds';

/** An mdast node that only exists to become the given hast element. */
function hastNode(tagName: string, properties: Properties, children: ElementContent[]): PhrasingContent {
  return {
    type: 'fwHast',
    data: { hName: tagName, hProperties: properties, hChildren: children },
  } as unknown as PhrasingContent;
}

function controls(id: string): PhrasingContent {
  return hastNode('span', { className: [BLOCK.controlsClassName] }, [
    {
      type: 'element',
      tagName: 'a',
      properties: {
        className: [BLOCK.permalinkClassName],
        href: `#${id}`,
        'aria-label': BLOCK_CONTROL_LABELS.permalink,
        title: BLOCK_CONTROL_LABELS.permalink,
      },
      children: [{ type: 'text', value: '¶' }],
    },
    {
      type: 'element',
      tagName: 'button',
      properties: {
        type: 'button',
        className: [BLOCK.commentButtonClassName],
        [BLOCK.idAttribute]: id,
        'aria-label': BLOCK_CONTROL_LABELS.comments,
        title: BLOCK_CONTROL_LABELS.comments,
      },
      children: [
        { type: 'text', value: '💬' },
        {
          type: 'element',
          tagName: 'span',
          properties: { className: [BLOCK.commentCountClassName] },
          children: [],
        },
      ],
    },
  ]);
}

function badge(block: IdentifiedBlock): PhrasingContent | null {
  const provenance = block.marker?.provenance;
  if (!provenance) return null;
  const { label, explanation } = PROVENANCE_LABELS[provenance];
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

export function decorateBlock(block: IdentifiedBlock): void {
  const { node, id } = block;
  const properties: Properties = { id, className: [BLOCK.className], [BLOCK.idAttribute]: id };
  if (block.marker?.provenance) properties[BLOCK.provenanceAttribute] = block.marker.provenance;

  if (node.type === 'table') {
    wrapTable(block, properties);
    return;
  }
  node.data = { ...node.data, hProperties: { ...(node.data?.hProperties ?? {}), ...properties } };
  const target = carrier(block);
  const lead = badge(block);
  if (lead) target.children.unshift(lead as never);
  target.children.push(controls(id) as never);
}

/** A table cannot hold inline controls, so it is wrapped in an addressable `div`. */
function wrapTable(block: IdentifiedBlock, properties: Properties): void {
  const { parent, node, id } = block;
  const index = parent.children.indexOf(node);
  const head = [badge(block), controls(id)].filter(Boolean) as PhrasingContent[];
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
