/**
 * The markup contract of an addressable block of Framework text.
 *
 * The remark plugin writes it, the glossary component writes it, the browser code (permalinks,
 * comments, search highlighting) reads it, and the search index is extracted from it. Class names
 * and attributes live here once, so none of those can drift. What readers see (labels, icons) is in
 * blockLabels.ts: the browser's always-loaded code needs only the names here, so its main bundle
 * does not carry the labels' text.
 */

export const BLOCK = {
  /** Class of every addressable block (paragraph, list item, quote, table wrapper). */
  className: 'fw-block',
  /** Attribute carrying the block's id (also its DOM `id`). */
  idAttribute: 'data-pid',
  /** Attribute carrying a block's provenance when it differs from its page's. */
  provenanceAttribute: 'data-provenance',
  /** Wrapper of the per-block controls, excluded from search text and comment anchoring. */
  controlsClassName: 'fw-block__controls',
  permalinkClassName: 'fw-permalink',
  commentButtonClassName: 'fw-comment-button',
  commentCountClassName: 'fw-comment-count',
  provenanceBadgeClassName: 'fw-provenance',
  /** Any other label that describes a block rather than belonging to its text (e.g. a confidence badge). */
  labelClassName: 'fw-block__label',
  /** Supporting material inside a page's text (a term's sources, "see also") that is not itself a block. */
  metaClassName: 'fw-meta',
  /** Class added for a few seconds to the block a permalink or search result points at. */
  targetClassName: 'fw-block--target',
  /** The page's "All discussion on this page" button (src/components/Comments/PageIntro.tsx). */
  discussionButtonClassName: 'fw-discussion-button',
  /** Class of the inline SVG icon inside a control (no emoji: they are empty boxes without an emoji font). */
  iconClassName: 'fw-icon',
} as const;

/**
 * Which blocks get which controls (the rule, decided once; see README "Adding or replacing
 * Framework content"):
 * - `full`: text that says something about the Framework (paragraphs, list items, quotes, tables)
 *   gets a permalink and a comment control;
 * - `link`: items of a "What we do not know" / "What is not known" list are our notes on gaps,
 *   not Framework text: they can be linked to, but comments go on the text they are about;
 * - `none`: list items that only lead to another page of this site (a link, perhaps with a short
 *   gloss) are navigation: no controls (the block keeps its id, so old links still land).
 */
export type BlockControls = 'full' | 'link' | 'none';

/** Headings whose lists are notes on what is not known (the `link` rule above). */
export const GAP_HEADING = /^what (we do not|we don['’]t|is not) know/i;

/** CSS selector of every addressable block. */
export const BLOCK_SELECTOR = `.${BLOCK.className}[${BLOCK.idAttribute}]`;

/** Elements inside a block that are not part of its text. */
export const NON_TEXT_SELECTOR = `.${BLOCK.controlsClassName}, .${BLOCK.provenanceBadgeClassName}, .${BLOCK.labelClassName}`;
