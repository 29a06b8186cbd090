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

/**
 * The one rule for links in comments, applied by the service when it renders a body and by the
 * browser when it sanitises what it receives: http, https and mailto links, and links within this
 * site (`/docs/definition#definition-who`, `#fragment`, `?query`, or a relative path), so
 * readers can point at the Framework's own paragraphs. Refused: every other scheme
 * (`javascript:`, `data:`, `vbscript:`…), and protocol-relative or backslash forms (`//host`,
 * `/\host`) that browsers read as another host.
 */
export function isAllowedCommentHref(url: string): boolean {
  // Browsers ignore control characters and white space inside a scheme ("java\tscript:").
  // eslint-disable-next-line no-control-regex -- matching control characters is the point here
  const compact = url.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
  if (compact === '') return false;
  if (/^[/\\]{2}/.test(compact)) return false;
  if (/^[/#?]/.test(compact)) return true;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(compact);
  if (!scheme) return !compact.includes(':') && !compact.includes('\\');
  return COMMENT_LINK_PROTOCOLS.includes(scheme[1]!.toLowerCase());
}

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
