/**
 * A second, client-side allow-list for comment HTML (defence in depth: the service already
 * renders Markdown through its own sanitiser). It works on a minimal node shape rather than the
 * DOM, so the same code is unit-tested with parsed hostile strings and used in the browser on a
 * DOMParser document (where scripts never run and images never load). The result is a plain
 * tree that React renders as elements: no innerHTML anywhere.
 *
 * Pure: no DOM.
 */
import { COMMENT_DROPPED_ELEMENTS, COMMENT_ELEMENTS, isAllowedCommentHref } from '../../shared/commentHtml';

/** The parsed input, as produced by a DOM or hast adapter. */
export type NodeLike =
  | { type: 'text'; value: string }
  | {
      type: 'element';
      tagName: string;
      attributes: ReadonlyArray<readonly [string, string]>;
      children: readonly NodeLike[];
    }
  | { type: 'other' };

/** The sanitised output: text, or an allowed element with allowed attributes. */
export type SafeNode = string | { tag: string; attributes: Record<string, string>; children: SafeNode[] };

const DROPPED = new Set(COMMENT_DROPPED_ELEMENTS);
const ALLOWED = COMMENT_ELEMENTS;

/** Headings inside a comment would break the page's outline: they become bold paragraphs. */
const HEADING = /^h[1-6]$/;

/** The shared comment-link rule (src/shared/commentHtml.ts), under the name the UI code uses. */
export const isSafeUrl = isAllowedCommentHref;

function attributesOf(tag: string, attributes: ReadonlyArray<readonly [string, string]>): Record<string, string> {
  const allowed = Object.hasOwn(ALLOWED, tag) ? ALLOWED[tag]! : [];
  const result: Record<string, string> = {};
  for (const [name, value] of attributes) {
    const key = name.toLowerCase();
    if (!allowed.includes(key)) continue;
    if (key === 'href' && !isSafeUrl(value)) continue;
    if (key === 'start' && !/^\d{1,6}$/.test(value)) continue;
    if (key === 'align' && !['left', 'right', 'center'].includes(value)) continue;
    result[key] = value;
  }
  if (tag === 'a') result.rel = 'nofollow ugc noopener noreferrer';
  return result;
}

/**
 * Sanitises a list of parsed nodes.
 *
 * @param nodes - the children of the parsed body
 * @param depth - nesting level, bounded so hostile nesting cannot exhaust the stack
 */
export function sanitizeNodes(nodes: readonly NodeLike[], depth = 0): SafeNode[] {
  const out: SafeNode[] = [];
  for (const node of nodes) {
    if (node.type === 'text') {
      if (node.value) out.push(node.value);
      continue;
    }
    if (node.type !== 'element') continue;
    const tag = node.tagName.toLowerCase();
    if (DROPPED.has(tag)) continue;
    const children = depth > 32 ? [] : sanitizeNodes(node.children, depth + 1);
    if (HEADING.test(tag))
      out.push({ tag: 'p', attributes: {}, children: [{ tag: 'strong', attributes: {}, children }] });
    // Own keys only: an element named like an inherited property (`<constructor>`) is not allowed.
    else if (Object.hasOwn(ALLOWED, tag)) out.push({ tag, attributes: attributesOf(tag, node.attributes), children });
    else out.push(...children);
  }
  return out;
}
