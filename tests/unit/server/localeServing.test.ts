/**
 * The service serves every locale's build (build/fr, build/es, build/ar; src/shared/locales.ts):
 * pages under the locale prefix, canonical redirects under it, the locale's own 404 page, and
 * comments from a translated page, which name the English page (src/client/comments/clientModule.ts).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { canonicalPath } from '../../../src/server/plugins/site';
import { defaultLocalePath, localePath, siteRootOf, splitLocalePath } from '../../../src/shared/locales';
import { cleanup, decide, fakeSite, post, testApp, validBody } from './helpers';

afterEach(cleanup);

/** The fake site plus a French and an Arabic build, as `docusaurus build` lays them out. */
function localisedSite(): string {
  const dir = fakeSite();
  const page = (lang: string, title: string) =>
    `<!doctype html><html lang="${lang}"><head><title>${title}</title></head><body>${title}</body></html>`;
  for (const [locale, home, definition, notFound] of [
    ['fr', 'Accueil', 'Définition', 'Page introuvable'],
    ['ar', 'الرئيسية', 'التعريف', 'الصفحة غير موجودة'],
  ] as const) {
    mkdirSync(path.join(dir, locale, 'docs'), { recursive: true });
    writeFileSync(path.join(dir, locale, 'index.html'), page(locale, home));
    writeFileSync(path.join(dir, locale, 'docs', 'definition.html'), page(locale, definition));
    writeFileSync(path.join(dir, locale, '404.html'), page(locale, notFound));
  }
  return dir;
}

describe('locale paths', () => {
  it('splits a path into its locale and the English path', () => {
    expect(splitLocalePath('/fr/docs/definition')).toEqual({ locale: 'fr', path: '/docs/definition' });
    expect(splitLocalePath('/ar/')).toEqual({ locale: 'ar', path: '/' });
    expect(splitLocalePath('/es')).toEqual({ locale: 'es', path: '/' });
    expect(splitLocalePath('/docs/definition')).toEqual({ locale: 'en', path: '/docs/definition' });
    expect(splitLocalePath('/french/x')).toEqual({ locale: 'en', path: '/french/x' });
    expect(localePath('/docs/x', 'fr')).toBe('/fr/docs/x');
    expect(localePath('/', 'ar')).toBe('/ar/');
    expect(localePath('/docs/x', 'en')).toBe('/docs/x');
  });

  it('finds the site root and the default locale’s path from a locale’s base URL (what the browser knows)', () => {
    expect(siteRootOf('/fr/', 'fr', 'en')).toBe('/');
    expect(siteRootOf('/', 'en', 'en')).toBe('/');
    expect(siteRootOf('/kb/ar/', 'ar', 'en')).toBe('/kb/');
    expect(defaultLocalePath('/fr/docs/definition', '/fr/', '/')).toBe('/docs/definition');
    expect(defaultLocalePath('/kb/ar/', '/kb/ar/', '/kb/')).toBe('/kb/');
    expect(defaultLocalePath('/docs/definition', '/', '/')).toBe('/docs/definition');
  });

  it('keeps a locale home page’s slash and removes it elsewhere', () => {
    expect(canonicalPath('/fr')).toBe('/fr/');
    expect(canonicalPath('/fr/index.html')).toBe('/fr/');
    expect(canonicalPath('//ar//')).toBe('/ar/');
    expect(canonicalPath('/fr/docs/definition/')).toBe('/fr/docs/definition');
    expect(canonicalPath('/fr/docs/definition.html')).toBe('/fr/docs/definition');
  });
});

describe('serving every locale', () => {
  it('serves a locale’s pages under its prefix', async () => {
    const app = await testApp({ siteDir: localisedSite() });
    const home = await app.inject({ url: '/fr/' });
    expect(home.statusCode).toBe(200);
    expect(home.body).toContain('Accueil');
    const page = await app.inject({ url: '/ar/docs/definition' });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<html lang="ar">');
    expect(page.body).toContain('التعريف');
    expect((await app.inject({ url: '/docs/definition' })).body).toContain('Definition');
  });

  it('redirects equivalent forms under a locale prefix to the canonical address', async () => {
    const app = await testApp({ siteDir: localisedSite() });
    for (const [from, to] of [
      ['/fr/docs/definition/', '/fr/docs/definition'],
      ['/fr/docs/definition.html?x=1', '/fr/docs/definition?x=1'],
      ['/fr', '/fr/'],
      ['/ar/index.html', '/ar/'],
    ]) {
      const response = await app.inject({ url: from! });
      expect(response.statusCode, from).toBe(301);
      expect(response.headers.location, from).toBe(to);
    }
  });

  it('answers a missing page with the 404 page of its locale', async () => {
    const app = await testApp({ siteDir: localisedSite() });
    const french = await app.inject({ url: '/fr/docs/nowhere' });
    expect(french.statusCode).toBe(404);
    expect(french.body).toContain('Page introuvable');
    const arabic = await app.inject({ url: '/ar/nowhere/at/all' });
    expect(arabic.statusCode).toBe(404);
    expect(arabic.body).toContain('الصفحة غير موجودة');
    // A locale without its own 404 page, and the default locale, get the site's.
    const spanish = await app.inject({ url: '/es/docs/nowhere' });
    expect(spanish.statusCode).toBe(404);
    expect(spanish.body).toContain('Page not found');
    expect((await app.inject({ url: '/nowhere' })).body).toContain('Page not found');
  });

  it('accepts a comment written on a translated page, which names the English page', async () => {
    const app = await testApp({ siteDir: localisedSite() });
    // As the browser names it (src/client/comments/clientModule.ts): base URL /fr/, site root /.
    const page = defaultLocalePath('/fr/docs/definition', '/fr/', siteRootOf('/fr/', 'fr', 'en'));
    expect(page).toBe('/docs/definition');
    const created = await post(app, validBody({ target: { page } as never }));
    expect(created.id).toMatch(/^[A-Za-z0-9_-]{8,64}$/);
    // The register knows pages by their English path only: the prefixed path is not a page of it.
    const refused = await app.inject({
      method: 'POST',
      url: '/api/annotations',
      payload: validBody({ target: { page: '/fr/docs/definition' } as never }),
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json<{ message: string }>().message).toContain('/fr/docs/definition');
  });

  it('records the language a comment was written in and shows it to every reader', async () => {
    const app = await testApp({ siteDir: localisedSite() });
    const french = await post(app, validBody({ language: 'fr', body: 'Un commentaire en français.' }));
    const english = await post(app, validBody({ language: 'en', body: 'An English comment.' }));
    const before = await post(app, validBody({ body: 'Written before languages existed.' }));
    await decide(app, [french.id, english.id, before.id], 'approved');
    const listed = await app.inject({ url: '/api/annotations?page=/docs/definition' });
    const byBody = new Map(
      listed.json<{ annotations: { bodyHtml: string; language?: string }[] }>().annotations.map((a) => [a.bodyHtml, a]),
    );
    expect(byBody.get('<p>Un commentaire en français.</p>')?.language).toBe('fr');
    // The default locale is the absence of a language, like every comment written before.
    expect(byBody.get('<p>An English comment.</p>')).not.toHaveProperty('language');
    expect(byBody.get('<p>Written before languages existed.</p>')).not.toHaveProperty('language');
  });

  it('refuses a language the site does not have, saying which it has', async () => {
    const app = await testApp({ siteDir: localisedSite() });
    const response = await app.inject({
      method: 'POST',
      url: '/api/annotations',
      payload: validBody({ language: 'de' as never }),
    });
    expect(response.statusCode).toBe(400);
    expect(response.json<{ message: string }>().message).toContain('language');
    expect(response.json<{ message: string }>().message).toContain('en, fr, es, ar');
  });
});
