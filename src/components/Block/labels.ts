/**
 * The block labels through `translate()`, with the ids the build uses for the same labels in static
 * HTML (BLOCK_LABEL_IDS in src/shared/blockLabels.ts; the ids are written out here because
 * `write-translations` only extracts literal ids). The English messages are those of the shared
 * tables (PROVENANCE_LABELS, BLOCK_CONTROL_LABELS); tests/dom/translatedLabels.test.ts keeps them equal.
 */
import { translate } from '@docusaurus/Translate';
import type { BLOCK_CONTROL_LABELS, ProvenanceLabel } from '../../shared/blockLabels';
import type { Provenance } from '../../shared/paragraphId';

export function provenanceLabel(provenance: Provenance): ProvenanceLabel {
  switch (provenance) {
    case 'official':
      return {
        label: translate({ id: 'fw.provenance.official.label', message: 'Official text' }),
        explanation: translate({
          id: 'fw.provenance.official.explanation',
          message: 'Wording taken from the endorsed Copenhagen Framework on Citizen Data.',
        }),
      };
    case 'summary':
      return {
        label: translate({ id: 'fw.provenance.summary.label', message: 'Our summary' }),
        explanation: translate({
          id: 'fw.provenance.summary.explanation',
          message:
            'Written by the editors of this site in their own words from the sources listed; not the Framework’s wording.',
        }),
      };
    default:
      return {
        label: translate({ id: 'fw.provenance.pending.label', message: 'Official text pending' }),
        explanation: translate({
          id: 'fw.provenance.pending.explanation',
          message:
            'The Framework covers this, but its official text is not yet available here; follow the linked official source.',
        }),
      };
  }
}

export function blockControlLabel(control: keyof typeof BLOCK_CONTROL_LABELS): string {
  return control === 'permalink'
    ? translate({ id: 'fw.block.permalink', message: 'Copy link to this paragraph' })
    : translate({ id: 'fw.block.comments', message: 'Comments on this paragraph' });
}
