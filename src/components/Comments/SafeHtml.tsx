/**
 * Renders server-rendered comment HTML through the client allow-list (src/client/comments/
 * sanitize.ts) as React elements: DOMParser builds an inert document (no script runs, no image
 * loads), the allow-list keeps the Markdown subset, and React creates every element itself.
 */
import React, { type ReactNode, useMemo } from 'react';
import { sanitizeNodes, type NodeLike, type SafeNode } from '@site/src/client/comments/sanitize';

function fromDom(node: Node): NodeLike {
  if (node.nodeType === Node.TEXT_NODE) return { type: 'text', value: node.nodeValue ?? '' };
  if (node.nodeType !== Node.ELEMENT_NODE) return { type: 'other' };
  const element = node as Element;
  return {
    type: 'element',
    tagName: element.localName,
    attributes: [...element.attributes].map((attribute) => [attribute.name, attribute.value] as const),
    // <template> content lives in a separate fragment; it is dropped by the allow-list anyway.
    children: [...element.childNodes].map(fromDom),
  };
}

/**
 * Elements that scroll sideways inside a comment instead of widening its panel (the hostile-layout
 * rules in styles.module.css). A scrolling region must be reachable by keyboard (WCAG 2.1.1, axe
 * `scrollable-region-focusable`), so each is a Tab stop, as Docusaurus's own code blocks are.
 */
const SCROLL_REGIONS: ReadonlySet<string> = new Set(['pre', 'table']);

function toReact(nodes: SafeNode[]): ReactNode[] {
  return nodes.map((node, index) =>
    typeof node === 'string'
      ? node
      : React.createElement(
          node.tag,
          { key: index, ...node.attributes, ...(SCROLL_REGIONS.has(node.tag) ? { tabIndex: 0 } : {}) },
          ...(node.children.length ? toReact(node.children) : []),
        ),
  );
}

/** Sanitised comment HTML. */
export default function SafeHtml({ html }: { html: string }): ReactNode {
  const content = useMemo(() => {
    const parsed = new DOMParser().parseFromString(html, 'text/html');
    return toReact(sanitizeNodes([...parsed.body.childNodes].map(fromDom)));
  }, [html]);
  return <>{content}</>;
}
