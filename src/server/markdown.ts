/**
 * Renders a comment body (GitHub-flavoured Markdown) to HTML that is safe to insert into the page.
 * Rendering happens once, on the server, at write time; the browser never parses untrusted
 * Markdown. Defence in layers: raw HTML in the source becomes visible text (it never reaches the
 * HTML tree), images become plain links, and the result passes a strict allow-list sanitiser
 * (rehype-sanitize) with the allow-list shared with the browser; links follow the one comment-link
 * rule of src/shared/commentHtml.ts.
 *
 * The service never calls `renderMarkdownSync` on its event loop: markdownRenderer.ts runs it in a
 * worker thread with a time budget, after `markdownNesting` has refused bodies nested too deeply
 * for the parser's recursion.
 */
import type { Element, Root as HastRoot } from 'hast';
import type { Nodes as MdastNodes, Parent, PhrasingContent, Root as MdastRoot } from 'mdast';
import rehypeSanitize, { type Options as SanitizeSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import {
  COMMENT_DROPPED_ELEMENTS,
  COMMENT_ELEMENTS,
  COMMENT_LINK_PROTOCOLS,
  isAllowedCommentHref,
} from '../shared/commentHtml';

/** The shared comment allow-list (src/shared/commentHtml.ts): no images, media, forms, frames, SVG, ids or classes. */
export const SANITIZE_SCHEMA: SanitizeSchema = {
  tagNames: Object.keys(COMMENT_ELEMENTS),
  attributes: Object.fromEntries(
    Object.entries(COMMENT_ELEMENTS)
      .filter(([, attributes]) => attributes.length > 0)
      .map(([tag, attributes]) => [tag, [...attributes]]),
  ),
  protocols: { href: [...COMMENT_LINK_PROTOCOLS] },
  strip: [...COMMENT_DROPPED_ELEMENTS],
  clobber: [],
  required: {},
  ancestors: {},
};

const LINK_REL = 'nofollow ugc noopener';

/** Raw HTML becomes text; headings become bold paragraphs; images become links to the image. */
function remarkNeutralise() {
  return (tree: MdastRoot) => {
    visit(tree, (node: MdastNodes, index, parent: Parent | undefined) => {
      if (!parent || index === undefined) return;
      if (node.type === 'html') {
        const text: PhrasingContent = { type: 'text', value: node.value };
        parent.children[index] = (parent.type === 'root' ? { type: 'paragraph', children: [text] } : text) as never;
      } else if (node.type === 'heading') {
        parent.children[index] = { type: 'paragraph', children: [{ type: 'strong', children: node.children }] };
      } else if (node.type === 'image') {
        const label = node.alt || node.url;
        parent.children[index] = { type: 'link', url: node.url, children: [{ type: 'text', value: label }] };
      } else if (node.type === 'imageReference' || node.type === 'footnoteReference') {
        parent.children[index] = { type: 'text', value: node.type === 'imageReference' ? (node.alt ?? '') : '' };
      } else if (node.type === 'footnoteDefinition' || node.type === 'definition') {
        parent.children.splice(index, 1);
        return index;
      }
      return undefined;
    });
  };
}

/** After sanitising: links the comment-link rule refuses are unwrapped; the rest get rel="nofollow ugc noopener". */
function rehypeLinks() {
  return (tree: HastRoot) => {
    visit(tree, 'element', (node: Element, index, parent) => {
      if (node.tagName !== 'a' || !parent || index === undefined) return undefined;
      const href = node.properties.href;
      if (typeof href !== 'string' || !isAllowedCommentHref(href)) {
        parent.children.splice(index, 1, ...node.children);
        return index;
      }
      node.properties.rel = LINK_REL.split(' ');
      return undefined;
    });
  };
}

const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkNeutralise)
  .use(remarkRehype)
  .use(rehypeSanitize, SANITIZE_SCHEMA)
  .use(rehypeLinks)
  .use(rehypeStringify);

/**
 * Markdown source → sanitised HTML fragment, synchronously. CPU-bound and, for hostile input,
 * slow: the service calls it only through markdownRenderer.ts.
 */
export function renderMarkdownSync(markdown: string): string {
  return String(processor.processSync(markdown)).trim();
}

/** Deepest nesting of quotes and lists a comment may use; deeper bodies are refused before parsing. */
export const MAX_NESTING = 16;

const CONTAINER_MARKER = /^(?:>|[-+*](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$))/;
const FENCE = /^(`{3,}|~{3,})/;
const THEMATIC_BREAK = /^([-*_])(?:[ \t]*\1){2,}[ \t]*$/;

/**
 * How deeply a Markdown text nests block containers (block quotes and list items), estimated in
 * one linear pass without parsing: on each line, every `>` and list marker at the start opens a
 * level, and so do every two columns of indentation before one (how nested list items are
 * written). Fenced code is skipped. It errs on the deep side for oddly indented text, which the
 * limit's headroom absorbs; the parser recurses once per level, so a body of 5,000 `>` would
 * otherwise exhaust its stack.
 *
 * @returns the deepest level found (0 for plain paragraphs)
 */
export function markdownNesting(markdown: string): number {
  let deepest = 0;
  let fence: string | null = null;
  for (const line of markdown.split(/\r\n?|\n/)) {
    let depth = 0;
    let at = 0;
    for (;;) {
      let columns = 0;
      let next = at;
      while (line[next] === ' ' || line[next] === '\t') columns += line[next++] === '\t' ? 4 : 1;
      const marker = THEMATIC_BREAK.test(line.slice(next)) ? null : CONTAINER_MARKER.exec(line.slice(next, next + 12));
      if (!marker || fence !== null) {
        at = next;
        break;
      }
      depth += 1 + Math.floor(columns / 2);
      at = next + marker[0].length;
    }
    const opening = FENCE.exec(line.slice(at));
    if (fence === null && opening) fence = opening[1]!;
    else if (fence !== null && line.trimStart().startsWith(fence)) fence = null;
    if (fence === null || opening) deepest = Math.max(deepest, depth);
  }
  return deepest;
}

// Bidi embedding/override (U+202A–U+202E) and isolate (U+2066–U+2069) controls can make text
// display in a different order than it is stored (the "Trojan Source" trick); C0 controls other
// than tab and newline, DEL and NUL have no place in a comment (and PostgreSQL rejects NUL).
// eslint-disable-next-line no-control-regex
const UNSAFE_CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u202A-\u202E\u2066-\u2069]/g;

/** Plain text as stored: NFC, without bidi overrides or control characters, CRLF → LF. */
export function cleanText(text: string): string {
  return text.normalize('NFC').replace(/\r\n?/g, '\n').replace(UNSAFE_CONTROLS, '');
}
