/** A locale's translation file read by the build (src/plugins/translations/messages.ts). */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DOCS_TRANSLATIONS_FILE, translationMessages } from '../../../src/plugins/translations/messages';

describe('translationMessages', () => {
  it('reads id → message, and nothing for a locale without the file', () => {
    expect(translationMessages('.', 'fr', DOCS_TRANSLATIONS_FILE)['sidebar.framework.category.Roadmap']).toBe(
      'Feuille de route',
    );
    expect(translationMessages('.', 'en', DOCS_TRANSLATIONS_FILE)).toEqual({});
  });

  it('names the file that is not JSON', () => {
    const site = mkdtempSync(path.join(tmpdir(), 'fw-i18n-'));
    mkdirSync(path.join(site, 'i18n', 'fr'), { recursive: true });
    writeFileSync(path.join(site, 'i18n', 'fr', 'code.json'), '{ "a": ');
    expect(() => translationMessages(site, 'fr', 'code.json')).toThrow(/i18n\/fr\/code\.json is not valid JSON/);
  });
});
