/**
 * What a comment's HTML may contain: one allow-list for both layers of defence. The service
 * sanitises the HTML it renders from Markdown with it (src/server/markdown.ts), and the browser
 * sanitises what it receives with it again (src/client/comments/sanitize.ts).
 *
 * Pure: no DOM, no Node APIs.
 */

/** Allowed elements and, for each, its allowed attributes. Anything else is unwrapped to its text. */
export const COMMENT_ELEMENTS: Readonly<Record<string, readonly string[]>> = {
  p: [],
  br: [],
  hr: [],
  strong: [],
  em: [],
  b: [],
  i: [],
  del: [],
  s: [],
  code: [],
  pre: [],
  blockquote: [],
  ul: [],
  ol: ['start'],
  li: [],
  a: ['href', 'title'],
  sup: [],
  sub: [],
  table: [],
  thead: [],
  tbody: [],
  tr: [],
  th: ['align'],
  td: ['align'],
};

/** URL schemes a link may use (relative links within the site are allowed too). */
export const COMMENT_LINK_PROTOCOLS: readonly string[] = ['http', 'https', 'mailto'];

/** Elements removed with their content: code, styles, embedded documents, forms, SVG/MathML. */
export const COMMENT_DROPPED_ELEMENTS: readonly string[] = [
  'script',
  'style',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'svg',
  'math',
  'template',
  'noscript',
  'noembed',
  'textarea',
  'select',
  'option',
  'button',
  'form',
  'input',
  'title',
  'link',
  'meta',
  'base',
  'head',
  'audio',
  'video',
  'canvas',
  'portal',
  'dialog',
];
