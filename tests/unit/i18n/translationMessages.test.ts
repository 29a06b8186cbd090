/** A locale's translation file read by the build (src/plugins/translations/messages.ts). */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../helpers/tempDir';
import { DOCS_TRANSLATIONS_FILE, translationMessages } from '../../../src/plugins/translations/messages';

describe('translationMessages', () => {
  it('reads id → message, and nothing for a locale without the file', () => {
    expect(translationMessages('.', 'fr', DOCS_TRANSLATIONS_FILE)['sidebar.framework.category.Roadmap']).toBe(
      'Feuille de route',
    );
    expect(translationMessages('.', 'en', DOCS_TRANSLATIONS_FILE)).toEqual({});
  });

  it('names the file that is not JSON', () => {
    const site = tempDir('fw-i18n-');
    mkdirSync(path.join(site, 'i18n', 'fr'), { recursive: true });
    writeFileSync(path.join(site, 'i18n', 'fr', 'code.json'), '{ "a": ');
    expect(() => translationMessages(site, 'fr', 'code.json')).toThrow(/i18n\/fr\/code\.json is not valid JSON/);
  });
});
