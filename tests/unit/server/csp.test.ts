/**
 * Per-page Content-Security-Policy: each page lists the hashes of its own inline scripts and no
 * other page's; answers that are not pages carry the policy without hashes.
 */
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { precompressSite } from '../../../src/plugins/precompress';
import { pagePolicies, serializePolicy } from '../../../src/server/plugins/csp';
import { cleanup, fakeSite, INLINE_SCRIPT, testApp } from './helpers';

afterEach(cleanup);

const sha = (code: string) => `'sha256-${createHash('sha256').update(code).digest('base64')}'`;
const SEARCH_SCRIPT = 'window.searchBootstrap=1;';
const NOT_FOUND_SCRIPT = 'window.notFound=1;';
const scriptSrc = (policy: unknown) => /script-src ([^;]*)/.exec(String(policy))?.[1]?.split(' ') ?? [];

/** fakeSite() where /search and the 404 page carry inline scripts of their own. */
function site(): string {
  const dir = fakeSite();
  const page = (script: string) =>
    `<!doctype html><html><head><script>${script}</script></head><body>${'<p>Text.</p>'.repeat(100)}</body></html>`;
  writeFileSync(path.join(dir, 'search.html'), page(SEARCH_SCRIPT));
  writeFileSync(path.join(dir, '404.html'), page(NOT_FOUND_SCRIPT));
  return dir;
}

describe('per-page Content-Security-Policy', () => {
  it('gives each page only its own inline-script hashes', async () => {
    const app = await testApp({ siteDir: site() });
    const home = await app.inject({ url: '/' });
    expect(scriptSrc(home.headers['content-security-policy'])).toEqual(["'self'", sha(INLINE_SCRIPT)]);
    const search = await app.inject({ url: '/search?q=participation' });
    expect(scriptSrc(search.headers['content-security-policy'])).toEqual(["'self'", sha(SEARCH_SCRIPT)]);
    const missing = await app.inject({ url: '/docs/nope' });
    expect(missing.statusCode).toBe(404);
    expect(scriptSrc(missing.headers['content-security-policy'])).toEqual(["'self'", sha(NOT_FOUND_SCRIPT)]);
  });

  it('sends the same policy with a precompressed page', async () => {
    const dir = site();
    await precompressSite(dir);
    const app = await testApp({ siteDir: dir });
    const search = await app.inject({ url: '/search', headers: { 'accept-encoding': 'br' } });
    expect(search.headers['content-encoding']).toBe('br');
    expect(scriptSrc(search.headers['content-security-policy'])).toEqual(["'self'", sha(SEARCH_SCRIPT)]);
  });

  it('lists no script hash on answers that are not pages', async () => {
    const app = await testApp({ siteDir: site() });
    for (const url of ['/api/health', '/assets/js/main.0123abcd.js', '/api/nope']) {
      const policy = String((await app.inject({ url })).headers['content-security-policy']);
      expect(scriptSrc(policy)).toEqual(["'self'"]);
      expect(policy).toContain("object-src 'none'");
      expect(policy).toContain("frame-ancestors 'none'");
    }
  });

  it('keys policies by path in the site and writes directives as helmet does', () => {
    const policies = pagePolicies(site());
    expect([...policies.keys()].sort()).toEqual([
      '404.html',
      'blog.html',
      'blog/first-post.html',
      'docs/definition.html',
      'index.html',
      'search.html',
    ]);
    // As helmet reads them: null turns a directive off, an empty list is a directive without a value.
    expect(serializePolicy({ 'default-src': ["'self'"], 'upgrade-insecure-requests': null })).toBe(
      "default-src 'self'",
    );
    expect(serializePolicy({ 'default-src': ["'self'"], 'upgrade-insecure-requests': [] })).toBe(
      "default-src 'self';upgrade-insecure-requests",
    );
  });

  it('writes a page’s policy as helmet writes the API’s, and never upgrades requests to https', async () => {
    // Served over plain http on a venue's network, a page whose policy upgrades its requests to
    // https loads no CSS and no script (loopback is exempt, so only the policy itself can tell).
    const app = await testApp({ siteDir: site() });
    const page = String((await app.inject({ url: '/docs/definition' })).headers['content-security-policy']);
    const api = String((await app.inject({ url: '/api/health' })).headers['content-security-policy']);
    expect(page).not.toContain('upgrade-insecure-requests');
    expect(api).not.toContain('upgrade-insecure-requests');
    const withoutScripts = (policy: string) => policy.replace(/script-src [^;]*/, 'script-src');
    expect(withoutScripts(page)).toBe(withoutScripts(api));
  });
});
