/** The short forms printed after links and used by "Cite this" (pure). */
import { describe, expect, it } from 'vitest';
import {
  pageKey,
  routePathsOfKey,
  shortBlockPath,
  shortFormOfHref,
  shortPagePath,
} from '../../../src/shared/shortLinks';

describe('short forms', () => {
  const isBlock = (id: string) => ['definition-who', 'term-nso'].includes(id);

  it('names pages by their path without /docs/', () => {
    expect(pageKey('/docs/definition/who-is-a-citizen')).toBe('definition/who-is-a-citizen');
    expect(pageKey('/docs/definition/')).toBe('definition');
    expect(pageKey('/event/2024-02-26')).toBe('event/2024-02-26');
    expect(shortPagePath('/')).toBe('/s/');
    expect(routePathsOfKey('definition')).toEqual(['/docs/definition', '/definition']);
    expect(routePathsOfKey('')).toEqual(['/']);
  });

  it('shortens links to the site’s own blocks and docs pages, and leaves others alone', () => {
    expect(shortFormOfHref('/docs/definition#definition-who', isBlock)).toBe('/p/definition-who');
    expect(shortFormOfHref('/docs/background/glossary#term-nso', isBlock)).toBe('/p/term-nso');
    expect(shortFormOfHref('/docs/definition#not-a-block', isBlock)).toBe('/s/definition#not-a-block');
    expect(shortFormOfHref('/docs/roadmap?x=1', isBlock)).toBe('/s/roadmap');
    expect(shortFormOfHref('https://unstats.un.org/x', isBlock)).toBeUndefined();
    expect(shortFormOfHref('//evil.example/docs/x', isBlock)).toBeUndefined();
    expect(shortFormOfHref('/blog/first-post', isBlock)).toBeUndefined();
  });

  it('carry the reader’s language as a prefix, and none in the default language', () => {
    expect(shortBlockPath('definition-who')).toBe('/p/definition-who');
    expect(shortBlockPath('definition-who', 'en')).toBe('/p/definition-who');
    expect(shortBlockPath('definition-who', 'fr')).toBe('/fr/p/definition-who');
    expect(shortPagePath('/docs/definition', 'ar')).toBe('/ar/s/definition');
    expect(shortPagePath('/', 'es')).toBe('/es/s/');
    expect(shortFormOfHref('/docs/definition#definition-who', isBlock, 'fr')).toBe('/fr/p/definition-who');
    expect(shortFormOfHref('/docs/roadmap', isBlock, 'es')).toBe('/es/s/roadmap');
    expect(shortFormOfHref('/docs/background/glossary#term-x', isBlock, 'fr')).toBe('/fr/s/background/glossary#term-x');
    expect(shortFormOfHref('/blog/first-post', isBlock, 'fr')).toBeUndefined();
  });
});
