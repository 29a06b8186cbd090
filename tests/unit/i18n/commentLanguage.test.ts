/**
 * A comment's language as exports write it and imports read it (src/shared/locales.ts): stored
 * comments in the default locale have no language, and are English; an imported tag maps to a site
 * locale by its primary language, and a language the site lacks to none.
 */
import { describe, expect, it } from 'vitest';
import { commentLanguageTag, localeOfLanguageTag } from '../../../src/shared/locales';

describe('a comment’s language', () => {
  it('is written as a BCP 47 tag, English for a comment without one', () => {
    expect(commentLanguageTag(undefined)).toBe('en');
    expect(commentLanguageTag('fr')).toBe('fr');
    expect(commentLanguageTag('ar')).toBe('ar');
  });

  it('is read back from a tag to a site locale', () => {
    expect(localeOfLanguageTag('fr')).toBe('fr');
    expect(localeOfLanguageTag('fr-CA')).toBe('fr');
    expect(localeOfLanguageTag('ES')).toBe('es');
    expect(localeOfLanguageTag('en')).toBe('en');
    expect(localeOfLanguageTag('de')).toBeUndefined();
    expect(localeOfLanguageTag('')).toBeUndefined();
  });
});
