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

/** SVG path data of the control icons (24×24 view box, drawn with a 2px round stroke). */
export const BLOCK_ICONS = {
  link: [
    'M10 14a4 4 0 0 0 5.66 0l3-3a4 4 0 0 0-5.66-5.66l-1 1',
    'M14 10a4 4 0 0 0-5.66 0l-3 3a4 4 0 0 0 5.66 5.66l1-1',
  ],
  comment: ['M21 12a8 8 0 0 1-11.6 7.1L4 20l1-4.6A8 8 0 1 1 21 12z'],
  /** The close control of the comment panel and the page's discussion. */
  close: ['M6 6l12 12', 'M18 6L6 18'],
} as const;

/** Attributes of every control icon (hast/React property names); the control itself carries the name. */
export const ICON_SVG_PROPERTIES = {
  viewBox: '0 0 24 24',
  width: '18',
  height: '18',
  fill: 'none',
  stroke: 'currentColor',
  strokeWidth: '2',
  strokeLinecap: 'round',
  strokeLinejoin: 'round',
  'aria-hidden': 'true',
  focusable: 'false',
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

/**
 * The translation ids of the labels above, in `i18n/<locale>/code.json`. React components pass
 * the same ids to `translate()` (src/components/Block/labels.ts); the remark plugin, which writes
 * the labels into static HTML, looks them up in the locale's code.json at build time.
 */
export const BLOCK_LABEL_IDS = {
  permalink: 'fw.block.permalink',
  comments: 'fw.block.comments',
  provenanceLabel: (provenance: Provenance) => `fw.provenance.${provenance}.label`,
  provenanceExplanation: (provenance: Provenance) => `fw.provenance.${provenance}.explanation`,
} as const;

/** Every label the build writes into a block, in one language. */
export interface BlockLabels {
  controls: { permalink: string; comments: string };
  provenance: Record<Provenance, ProvenanceLabel>;
}

export const ENGLISH_BLOCK_LABELS: BlockLabels = { controls: BLOCK_CONTROL_LABELS, provenance: PROVENANCE_LABELS };

/**
 * The block labels in a locale, from its code.json messages (`{ [id]: { message } }`); a label
 * with no translation stays English, as `translate()` does.
 */
export function blockLabelsFrom(messages: Readonly<Record<string, { message: string } | undefined>>): BlockLabels {
  const pick = (id: string, english: string) => messages[id]?.message || english;
  const provenance = Object.fromEntries(
    (Object.keys(PROVENANCE_LABELS) as Provenance[]).map((p) => [
      p,
      {
        label: pick(BLOCK_LABEL_IDS.provenanceLabel(p), PROVENANCE_LABELS[p].label),
        explanation: pick(BLOCK_LABEL_IDS.provenanceExplanation(p), PROVENANCE_LABELS[p].explanation),
      },
    ]),
  ) as Record<Provenance, ProvenanceLabel>;
  return {
    controls: {
      permalink: pick(BLOCK_LABEL_IDS.permalink, BLOCK_CONTROL_LABELS.permalink),
      comments: pick(BLOCK_LABEL_IDS.comments, BLOCK_CONTROL_LABELS.comments),
    },
    provenance,
  };
}
