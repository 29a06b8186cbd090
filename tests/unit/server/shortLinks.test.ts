/**
 * Short links and QR codes: every block and page of the register answers its short link with a
 * redirect to where it is now (retired ids and moved pages included), and the QR codes, decoded
 * with jsQR from the PNG and rendered from the SVG, carry exactly the absolute short URL.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import QRCode from 'qrcode';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, errorOf, FAKE_REGISTER, fakeSite, PUBLIC_ORIGIN, testApp } from './helpers';
import { shortBlockPath, shortPagePath } from '../../../src/shared/shortLinks';

afterEach(cleanup);

/** Decodes the QR code in a PNG; throws when there is none. */
export function decodePng(png: Buffer): string {
  const image = PNG.sync.read(png);
  const found = jsQR(
    new Uint8ClampedArray(image.data.buffer, image.data.byteOffset, image.data.length),
    image.width,
    image.height,
  );
  if (!found) throw new Error('No QR code found in the PNG.');
  return found.data;
}

describe('short links', () => {
  it('redirects every published block and page of the register to its full URL', async () => {
    const app = await testApp();
    let checked = 0;
    for (const page of FAKE_REGISTER.pages) {
      const pageLink = await app.inject({ url: shortPagePath(page.path) });
      expect(pageLink.statusCode).toBe(302);
      expect(pageLink.headers.location).toBe(page.path);
      for (const block of page.blocks) {
        const response = await app.inject({ url: shortBlockPath(block.id) });
        expect(response.statusCode).toBe(302);
        const [path, fragment] = String(response.headers.location).split('#');
        expect(fragment).toBe(block.id);
        // The page it lands on carries the id (ids are unique per page in this fixture).
        expect(FAKE_REGISTER.pages.find((p) => p.path === path)?.blocks.some((b) => b.id === block.id)).toBe(true);
        checked += 1;
      }
    }
    expect(checked).toBe(27);
  });

  it('keeps old links working: a retired id and a moved page', async () => {
    const app = await testApp();
    const retired = await app.inject({ url: '/p/p-old-handout' });
    expect(retired.statusCode).toBe(302);
    expect(retired.headers.location).toBe('/docs/definition#p-1');
    expect(retired.headers['cache-control']).toBe('public, max-age=300');
    const moved = await app.inject({ url: '/s/old-definition' });
    expect(moved.headers.location).toBe('/docs/definition');
  });

  it('answers the site’s 404 page for links that lead nowhere, whatever their shape', async () => {
    const app = await testApp();
    // `constructor`, `__proto__`: ids and paths named like what every object inherits lead nowhere too.
    for (const url of [
      '/p/no-such-id',
      '/p/Bad_Id',
      `/p/${'a'.repeat(90)}`,
      '/s/no/such/page',
      '/s/..%2f..',
      '/p/constructor',
      '/p/__proto__',
      '/s/constructor',
    ]) {
      const response = await app.inject({ url });
      expect(response.statusCode, url).toBe(404);
      expect(response.body).toContain('Page not found');
    }
  });

  it('resolves pages of the built site that carry no blocks (e.g. the blog)', async () => {
    const app = await testApp();
    expect((await app.inject({ url: '/s/blog/first-post' })).headers.location).toBe('/blog/first-post');
  });
});

/** The fake site with a French home page and definition page (the only pages it has in French). */
function siteWithFrench(): string {
  const dir = fakeSite();
  mkdirSync(path.join(dir, 'fr', 'docs'), { recursive: true });
  for (const page of ['index.html', 'docs/definition.html'])
    writeFileSync(
      path.join(dir, 'fr', page),
      readFileSync(path.join(dir, page), 'utf8').replace('<body>', '<body>FR '),
    );
  return dir;
}

describe('short links in another language', () => {
  it('lead to the page in that language, with the paragraph', async () => {
    const app = await testApp({ siteDir: siteWithFrench() });
    const cases: [string, string][] = [
      ['/fr/p/p-1', '/fr/docs/definition#p-1'],
      ['/fr/s/definition', '/fr/docs/definition'],
      ['/fr/s/', '/fr/'],
      // Retired ids and moved pages, as in English.
      ['/fr/p/p-old-handout', '/fr/docs/definition#p-1'],
      ['/fr/s/old-definition', '/fr/docs/definition'],
    ];
    for (const [url, location] of cases) {
      const response = await app.inject({ url });
      expect(response.statusCode, url).toBe(302);
      expect(response.headers.location, url).toBe(location);
    }
  });

  it('lead to the English page where the language’s site has none', async () => {
    const app = await testApp({ siteDir: siteWithFrench() });
    expect((await app.inject({ url: '/fr/s/blog/first-post' })).headers.location).toBe('/blog/first-post');
    expect((await app.inject({ url: '/es/p/p-1' })).headers.location).toBe('/docs/definition#p-1');
  });

  it('answer 404 for ids that lead nowhere and prefixes that are not the site’s languages', async () => {
    const app = await testApp({ siteDir: siteWithFrench() });
    for (const url of [
      '/fr/p/no-such-id',
      '/fr/p/Bad_Id',
      '/fr/s/no/such/page',
      '/de/p/p-1',
      '/french/p/p-1',
      '/fr/p/constructor',
    ]) {
      expect((await app.inject({ url })).statusCode, url).toBe(404);
    }
  });

  it('are drawn as QR codes of the language’s short URL', async () => {
    const app = await testApp({ siteDir: siteWithFrench() });
    for (const path of ['/fr/p/p-1', '/ar/s/definition']) {
      const response = await app.inject({ url: `/api/qr?path=${encodeURIComponent(path)}&format=png` });
      expect(response.statusCode, path).toBe(200);
      expect(decodePng(response.rawPayload)).toBe(`${PUBLIC_ORIGIN}${path}`);
    }
  });
});

describe('QR codes', () => {
  it('encodes the absolute short URL in the PNG (decoded) and the SVG (same matrix)', async () => {
    const app = await testApp();
    const png = await app.inject({ url: '/api/qr?path=/p/p-citizen&format=png&size=300' });
    expect(png.statusCode).toBe(200);
    expect(png.headers['content-type']).toBe('image/png');
    expect(decodePng(png.rawPayload)).toBe(`${PUBLIC_ORIGIN}/p/p-citizen`);
    expect(PNG.sync.read(png.rawPayload).width).toBe(300);

    const svg = await app.inject({ url: '/api/qr?path=/p/p-citizen&format=svg' });
    expect(svg.headers['content-type']).toMatch(/^image\/svg\+xml/);
    expect(svg.body).toMatch(/^<svg role="img" aria-label="https:\/\/framework\.example\.org\/p\/p-citizen"/);
    // The SVG draws the same modules as the library's matrix for that URL, which jsQR decodes above.
    const expected = await QRCode.toString(`${PUBLIC_ORIGIN}/p/p-citizen`, {
      type: 'svg',
      errorCorrectionLevel: 'M',
      margin: 4,
    });
    expect(svg.body.replace(/ role="img" aria-label="[^"]*"/, '')).toBe(expected);
  });

  it('decodes codes for a page, a moved page, and the event input page with its focus', async () => {
    const app = await testApp();
    for (const path of [
      '/s/definition',
      '/s/old-definition',
      '/p/p-old-handout',
      '/docs/definition',
      '/blog?focus=a',
    ]) {
      const response = await app.inject({ url: `/api/qr?path=${encodeURIComponent(path)}&format=png` });
      expect(response.statusCode, path).toBe(200);
      expect(decodePng(response.rawPayload)).toBe(`${PUBLIC_ORIGIN}${path}`);
    }
  });

  it('offers the image as a download', async () => {
    const app = await testApp();
    const response = await app.inject({ url: '/api/qr?path=/s/definition&format=png&download=1' });
    expect(response.headers['content-disposition']).toBe('attachment; filename="qr-s-definition.png"');
  });

  it('refuses paths that are not this site’s, with a message', async () => {
    const app = await testApp();
    const cases: [string, number][] = [
      ['https://evil.example/x', 400],
      ['//evil.example/x', 404],
      ['/p/unknown-id', 404],
      ['/p/constructor', 404],
      ['/docs/definition?<script>', 400],
      ['/p/p-1&size=1', 400],
    ];
    for (const [path, status] of cases) {
      const response = await app.inject({ url: `/api/qr?path=${encodeURIComponent(path)}` });
      expect(response.statusCode, path).toBe(status);
      expect(errorOf(response).message.length).toBeGreaterThan(10);
    }
    const tiny = await app.inject({ url: '/api/qr?path=/s/definition&format=png&size=10' });
    expect(tiny.statusCode).toBe(400);
  });
});
