/**
 * What readers see of an addressable block's markup (src/shared/blocks.ts): the provenance labels,
 * the controls' accessible names and their icons. The remark plugin writes them into the static
 * HTML; the components that render blocks, the provenance banner and the comment UI use them.
 * Apart from blocks.ts so that the always-loaded browser code, which needs only class names,
 * does not ship this text on every page (first-load budget, issue 13).
 */
import type { Provenance } from './paragraphId';

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
