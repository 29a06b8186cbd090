/**
 * The markup contract of an addressable block of Framework text.
 *
 * The remark plugin writes it, the glossary component writes it, the browser code (permalinks,
 * comments, search highlighting) reads it, and the search index is extracted from it. Class names
 * and attributes live here once, so none of those can drift.
 */
import type { Provenance } from './paragraphId';

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
} as const;

/** CSS selector of every addressable block. */
export const BLOCK_SELECTOR = `.${BLOCK.className}[${BLOCK.idAttribute}]`;

/** Elements inside a block that are not part of its text. */
export const NON_TEXT_SELECTOR = `.${BLOCK.controlsClassName}, .${BLOCK.provenanceBadgeClassName}, .${BLOCK.labelClassName}`;

export interface ProvenanceLabel {
  /** Short badge text. */
  label: string;
  /** One sentence for readers who wonder what the badge means. */
  explanation: string;
}

/** Reader-facing names of the provenance labels (English; other locales come with translations). */
export const PROVENANCE_LABELS: Record<Provenance, ProvenanceLabel> = {
  official: {
    label: 'Official text',
    explanation: 'Wording taken from the endorsed Copenhagen Framework on Citizen Data.',
  },
  summary: {
    label: 'Our summary',
    explanation:
      'Written by the editors of this site in their own words from the sources listed; not the Framework’s wording.',
  },
  pending: {
    label: 'Official text pending',
    explanation:
      'The Framework covers this, but its official text is not yet available here; follow the linked official source.',
  },
};

/** Accessible names of the per-block controls. */
export const BLOCK_CONTROL_LABELS = {
  permalink: 'Copy link to this paragraph',
  comments: 'Comments on this paragraph',
} as const;
