/**
 * Labels that exist twice, once as English data the build, the config or the CLI reads and once as
 * `translate()` calls with literal ids (what `write-translations` extracts): the English messages
 * must stay the data's words, and every data entry must have its translation ids.
 */
import { describe, expect, it } from 'vitest';
import { blockControlLabel, provenanceLabel } from '../../src/components/Block/labels';
import { componentText, guideText } from '../../src/components/HomeComponents/labels';
import { FRAMEWORK_COMPONENTS } from '../../src/components/HomeComponents/components';
import { GUIDE_PAGES } from '../../src/components/HomeComponents/startHere';
import { typeLabel } from '../../src/plugins/search/theme/labels';
import { BLOCK_CONTROL_LABELS, PROVENANCE_LABELS } from '../../src/shared/blockLabels';
import { PROVENANCES } from '../../src/shared/paragraphId';
import { TYPE_LABELS, TYPE_ORDER } from '../../src/shared/search/labels';

describe('translated labels say the English data’s words', () => {
  it('provenance labels and block controls', () => {
    for (const provenance of PROVENANCES) expect(provenanceLabel(provenance)).toEqual(PROVENANCE_LABELS[provenance]);
    expect(blockControlLabel('permalink')).toBe(BLOCK_CONTROL_LABELS.permalink);
    expect(blockControlLabel('comments')).toBe(BLOCK_CONTROL_LABELS.comments);
  });

  it('the home page’s guide pages and components', () => {
    for (const guide of GUIDE_PAGES)
      expect(guideText(guide.to), guide.to).toEqual({ label: guide.label, blurb: guide.blurb });
    for (const component of FRAMEWORK_COMPONENTS) {
      const { title, summary, status } = component;
      expect(componentText(component.to), component.to).toEqual({ title, summary, status });
    }
  });

  it('search’s content types', () => {
    for (const type of TYPE_ORDER) expect(typeLabel(type)).toBe(TYPE_LABELS[type]);
  });
});
