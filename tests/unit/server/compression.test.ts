/**
 * Compression and caching as a reader's browser meets them, through inject(): precompressed
 * siblings chosen by Accept-Encoding, Vary and Cache-Control by kind of file, on-the-fly
 * compression of API answers above the threshold, and request bodies limited after inflation.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { MIN_BYTES, precompressSite } from '../../../src/plugins/precompress';
import { COMPRESS_THRESHOLD } from '../../../src/server/plugins/compression';
import { cacheControlFor, IMMUTABLE, REVALIDATE } from '../../../src/server/plugins/staticFiles';
import { LIMITS } from '../../../src/shared/annotations';
import { cleanup, decide, fakeSite, post, testApp, validBody } from './helpers';

afterEach(cleanup);

const SCRIPT = `/* main bundle */\n${'export const answer = () => "citizen data";\n'.repeat(200)}`;
const INDEX_JSON = JSON.stringify({ docs: Array.from({ length: 200 }, (_, i) => ({ id: i, t: 'principle' })) });
const PAGE = `<!doctype html><html><head><title>Definition</title></head><body>${'<p>Citizen data are data that people produce.</p>'.repeat(80)}</body></html>`;

/** fakeSite() plus files big enough to compress, precompressed as `npm run build` does. */
async function builtSite(precompress = true): Promise<string> {
  const dir = fakeSite();
  mkdirSync(path.join(dir, 'search'), { recursive: true });
  writeFileSync(path.join(dir, 'assets', 'js', 'main.89abcdef.js'), SCRIPT);
  writeFileSync(path.join(dir, 'search', 'index.3f2a1c9b0d.json'), INDEX_JSON);
  writeFileSync(path.join(dir, 'search', 'manifest.json'), JSON.stringify({ v: 1, index: 'index.3f2a1c9b0d.json' }));
  writeFileSync(path.join(dir, 'docs', 'definition.html'), PAGE);
  if (precompress) await precompressSite(dir);
  return dir;
}

describe('precompressSite', () => {
  it('writes brotli and gzip siblings that decompress to the file, and skips files too small to gain', async () => {
    const dir = await builtSite();
    const file = path.join(dir, 'assets', 'js', 'main.89abcdef.js');
    expect(brotliDecompressSync(readFileSync(`${file}.br`)).toString()).toBe(SCRIPT);
    expect(gunzipSync(readFileSync(`${file}.gz`)).toString()).toBe(SCRIPT);
    expect(readFileSync(`${file}.br`).length).toBeLessThan(readFileSync(`${file}.gz`).length);
    const tiny = path.join(dir, 'assets', 'js', 'main.0123abcd.js');
    expect(readFileSync(tiny).length).toBeLessThan(MIN_BYTES);
    expect(() => readFileSync(`${tiny}.br`)).toThrow(/ENOENT/);
  });
});

describe('cacheControlFor', () => {
  it.each([
    ['assets/js/main.0123abcd.js', IMMUTABLE],
    ['assets/css/styles.0123abcd.css.br', IMMUTABLE],
    ['search/index.3f2a1c9b0d.json', IMMUTABLE],
    ['search/index.3f2a1c9b0d.json.gz', IMMUTABLE],
    ['docs/definition.html', REVALIDATE],
    ['docs/definition.html.br', REVALIDATE],
    ['search/manifest.json', REVALIDATE],
    ['sw.js', REVALIDATE],
    ['img/logo.svg', REVALIDATE],
  ])('%s → %s', (file, expected) => {
    expect(cacheControlFor(file)).toBe(expected);
  });
});

describe('static files', () => {
  it('sends the brotli copy of a hashed asset to a browser that accepts it, cached for a year', async () => {
    const app = await testApp({ siteDir: await builtSite() });
    const response = await app.inject({
      url: '/assets/js/main.89abcdef.js',
      headers: { 'accept-encoding': 'gzip, deflate, br' },
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-encoding']).toBe('br');
    expect(response.headers['content-type']).toMatch(/javascript/);
    expect(response.headers.vary).toMatch(/accept-encoding/i);
    expect(response.headers['cache-control']).toBe(IMMUTABLE);
    expect(brotliDecompressSync(response.rawPayload).toString()).toBe(SCRIPT);
  });

  it('sends gzip to a client that accepts only gzip, and the file itself to one that accepts neither', async () => {
    const app = await testApp({ siteDir: await builtSite() });
    const gzipped = await app.inject({ url: '/search/index.3f2a1c9b0d.json', headers: { 'accept-encoding': 'gzip' } });
    expect(gzipped.headers['content-encoding']).toBe('gzip');
    expect(gzipped.headers['cache-control']).toBe(IMMUTABLE);
    expect(gunzipSync(gzipped.rawPayload).toString()).toBe(INDEX_JSON);
    const plain = await app.inject({
      url: '/search/index.3f2a1c9b0d.json',
      headers: { 'accept-encoding': 'identity' },
    });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers.vary).toMatch(/accept-encoding/i);
    expect(plain.body).toBe(INDEX_JSON);
  });

  it('sends pages by their pretty URL compressed, revalidated on every use', async () => {
    const app = await testApp({ siteDir: await builtSite() });
    const response = await app.inject({ url: '/docs/definition', headers: { 'accept-encoding': 'br' } });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-encoding']).toBe('br');
    expect(response.headers['content-type']).toMatch(/text\/html/);
    expect(response.headers['cache-control']).toBe(REVALIDATE);
    expect(brotliDecompressSync(response.rawPayload).toString()).toBe(PAGE);
    const manifest = await app.inject({ url: '/search/manifest.json', headers: { 'accept-encoding': 'br' } });
    expect(manifest.headers['cache-control']).toBe(REVALIDATE);
  });

  it('compresses on the fly a site built without precompression', async () => {
    const app = await testApp({ siteDir: await builtSite(false) });
    const response = await app.inject({ url: '/assets/js/main.89abcdef.js', headers: { 'accept-encoding': 'gzip' } });
    expect(response.headers['content-encoding']).toBe('gzip');
    expect(response.headers['cache-control']).toBe(IMMUTABLE);
    expect(gunzipSync(response.rawPayload).toString()).toBe(SCRIPT);
  });
});

describe('API responses', () => {
  it(`are compressed above ${COMPRESS_THRESHOLD} bytes and sent as they are below`, async () => {
    const app = await testApp({ premoderation: false });
    const ids = [];
    for (let i = 0; i < 4; i += 1)
      ids.push((await post(app, validBody({ body: `Comment ${i}. ${'More context. '.repeat(40)}` }))).id);
    await decide(app, ids, 'approved');
    const url = '/api/annotations?page=/docs/definition';
    const plain = await app.inject({ url });
    expect(plain.body.length).toBeGreaterThan(COMPRESS_THRESHOLD);
    const compressed = await app.inject({ url, headers: { 'accept-encoding': 'br, gzip' } });
    expect(compressed.headers['content-encoding']).toBe('br');
    expect(compressed.headers.vary).toMatch(/accept-encoding/i);
    expect(JSON.parse(brotliDecompressSync(compressed.rawPayload).toString())).toEqual(plain.json());
    const health = await app.inject({ url: '/api/health', headers: { 'accept-encoding': 'br, gzip' } });
    expect(health.body.length).toBeLessThan(COMPRESS_THRESHOLD);
    expect(health.headers['content-encoding']).toBeUndefined();
    expect(health.json()).toEqual({ status: 'ok' });
  });

  it('refuse a compressed request body that inflates beyond the size limit', async () => {
    const app = await testApp();
    const inflated = JSON.stringify(validBody({ body: 'x'.repeat(LIMITS.requestBytes * 4) }));
    const response = await app.inject({
      method: 'POST',
      url: '/api/annotations',
      headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' },
      payload: gzipSync(inflated),
    });
    expect(response.statusCode).toBe(413);
  });
});
