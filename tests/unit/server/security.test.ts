/** Security headers and CSP, the Origin check on writes, write rate limits, and static serving. */
import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { addressBlock } from '../../../src/server/secrets';
import { cspDirectives, inlineScriptHashes } from '../../../src/server/plugins/csp';
import { allowedOrigins } from '../../../src/server/plugins/security';
import { prettyUrlRewriter } from '../../../src/server/plugins/site';
import { cleanup, errorOf, INLINE_SCRIPT, PUBLIC_ORIGIN, testApp, validBody } from './helpers';

afterEach(cleanup);

describe('Content-Security-Policy', () => {
  it('lists the sha256 of each inline script of the built site instead of unsafe-inline', async () => {
    const app = await testApp();
    const response = await app.inject({ url: '/' });
    const csp = String(response.headers['content-security-policy']);
    const expected = createHash('sha256').update(INLINE_SCRIPT).digest('base64');
    expect(csp).toContain(`script-src 'self' 'sha256-${expected}'`);
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
  });

  it('hashes only inline scripts with content, once each', () => {
    const html =
      '<script src="/a.js"></script><script>a()</script><script type="module">a()</script><script></script><SCRIPT>b()</SCRIPT>';
    const hash = (code: string) => `'sha256-${createHash('sha256').update(code).digest('base64')}'`;
    expect(inlineScriptHashes(html)).toEqual([hash('a()'), hash('b()')]);
    expect(cspDirectives([])['script-src']).toEqual(["'self'"]);
  });
});

describe('Origin check on writes', () => {
  it('refuses cross-site writes with 403 and accepts same-site and Origin-less ones', async () => {
    const app = await testApp();
    const write = (origin?: string) =>
      app.inject({ method: 'POST', url: '/api/annotations', payload: validBody(), headers: origin ? { origin } : {} });
    for (const origin of [
      'https://evil.example',
      'null',
      `${PUBLIC_ORIGIN}.evil.example`,
      'http://framework.example.org',
    ]) {
      const response = await write(origin);
      expect(response.statusCode, origin).toBe(403);
      expect(errorOf(response).message).toContain('Cross-site request refused');
    }
    expect((await write(PUBLIC_ORIGIN)).statusCode).toBe(201);
    expect((await write('http://127.0.0.1:3000')).statusCode).toBe(201);
    expect((await write()).statusCode).toBe(201);
    expect((await app.inject({ url: '/api/health', headers: { origin: 'https://evil.example' } })).statusCode).toBe(
      200,
    );
  });

  it('allows the listening origin, including loopback names for a wildcard host', () => {
    expect([...allowedOrigins('https://x.org/', '0.0.0.0', 8080)]).toEqual([
      'https://x.org',
      'http://localhost:8080',
      'http://127.0.0.1:8080',
      'http://[::1]:8080',
    ]);
    expect([...allowedOrigins('https://x.org', '10.0.0.5', 80)]).toEqual(['https://x.org', 'http://10.0.0.5:80']);
  });
});

describe('write rate limit', () => {
  it('answers 429 with Retry-After per address block, and leaves other blocks and reads alone', async () => {
    const app = await testApp({ rateLimitWritesPerMinute: 3 });
    const write = (remoteAddress: string) =>
      app.inject({ method: 'POST', url: '/api/annotations', payload: validBody(), remoteAddress });
    for (const ip of ['203.0.113.1', '203.0.113.2', '203.0.113.3']) expect((await write(ip)).statusCode).toBe(201);
    const limited = await write('203.0.113.200');
    expect(limited.statusCode).toBe(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect(errorOf(limited).message).toContain('the limit is 3 per minute');
    expect(limited.headers['x-ratelimit-limit']).toBe('3');
    expect((await write('198.51.100.7')).statusCode).toBe(201);
    const read = await app.inject({ url: '/api/annotations?page=/docs/definition', remoteAddress: '203.0.113.1' });
    expect(read.statusCode).toBe(200);
  });

  it('counts create, edit and delete in one budget, and keeps the author lookup apart', async () => {
    const app = await testApp({ rateLimitWritesPerMinute: 2 });
    const remoteAddress = '192.0.2.10';
    const created = (
      await app.inject({ method: 'POST', url: '/api/annotations', payload: validBody(), remoteAddress })
    ).json();
    const edit = await app.inject({
      method: 'PATCH',
      url: `/api/annotations/${created.id}`,
      headers: { 'x-edit-token': created.editToken },
      payload: { body: 'v2' },
      remoteAddress,
    });
    expect(edit.statusCode).toBe(200);
    const remove = await app.inject({
      method: 'DELETE',
      url: `/api/annotations/${created.id}`,
      headers: { 'x-edit-token': created.editToken },
      remoteAddress,
    });
    expect(remove.statusCode).toBe(429);
    for (let i = 0; i < 60; i++) {
      const lookup = await app.inject({
        method: 'POST',
        url: '/api/annotations/mine',
        payload: { items: [] },
        remoteAddress,
      });
      expect(lookup.statusCode).toBe(200);
    }
    expect(
      (await app.inject({ method: 'POST', url: '/api/annotations/mine', payload: { items: [] }, remoteAddress }))
        .statusCode,
    ).toBe(429);
  });

  it('groups IPv4 by /24 and IPv6 by /48', () => {
    expect(addressBlock('203.0.113.77')).toBe('203.0.113.0/24');
    expect(addressBlock('::ffff:203.0.113.77')).toBe('203.0.113.0/24');
    expect(addressBlock('2001:db8:abcd:12::1')).toBe('2001:db8:abcd::/48');
    expect(addressBlock('2001:0db8:abcd:ffff:1:2:3:4')).toBe('2001:db8:abcd::/48');
    expect(addressBlock('2001:db8::1')).toBe('2001:db8:0::/48');
    expect(addressBlock('::1')).toBe('0:0:0::/48');
  });

  it('uses X-Forwarded-For only when trustProxy is set', async () => {
    const trusted = await testApp({ rateLimitWritesPerMinute: 1, trustProxy: true });
    const viaProxy = (ip: string) =>
      trusted.inject({
        method: 'POST',
        url: '/api/annotations',
        payload: validBody(),
        remoteAddress: '10.0.0.1',
        headers: { 'x-forwarded-for': ip },
      });
    expect((await viaProxy('192.0.2.1')).statusCode).toBe(201);
    expect((await viaProxy('198.51.100.1')).statusCode).toBe(201);
    const untrusted = await testApp({ rateLimitWritesPerMinute: 1 });
    const spoofed = (ip: string) =>
      untrusted.inject({
        method: 'POST',
        url: '/api/annotations',
        payload: validBody(),
        remoteAddress: '10.0.0.1',
        headers: { 'x-forwarded-for': ip },
      });
    expect((await spoofed('192.0.2.1')).statusCode).toBe(201);
    expect((await spoofed('198.51.100.1')).statusCode).toBe(429);
  });
});

describe('static site', () => {
  it('serves pretty URLs, the 404 page with status 404, and cache headers by kind', async () => {
    const app = await testApp();
    const page = await app.inject({ url: '/docs/definition' });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Definition');
    expect(page.headers['cache-control']).toBe('no-cache');
    const asset = await app.inject({ url: '/assets/js/main.0123abcd.js' });
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const missing = await app.inject({ url: '/docs/nope' });
    expect(missing.statusCode).toBe(404);
    expect(missing.body).toContain('Page not found');
    const blog = await app.inject({ url: '/blog?utm=x' });
    expect(blog.statusCode).toBe(200);
    expect(blog.body).toContain('Blog index');
    expect((await app.inject({ url: '/blog/first-post' })).body).toContain('First post');
    expect((await app.inject({ url: '/../package.json' })).statusCode).toBe(404);
    const apiMissing = await app.inject({ url: '/api/nope' });
    expect(apiMissing.statusCode).toBe(404);
    expect(errorOf(apiMissing).message).toBe('Not found: GET /api/nope');
  });

  it('answers a wrong method on an API route with 405 and Allow, and a trailing slash with a hint', async () => {
    const app = await testApp();
    const slash = await app.inject({ method: 'POST', url: '/api/annotations/', payload: {} });
    expect(slash.statusCode).toBe(404);
    expect(errorOf(slash).message).toBe(
      'Not found: POST /api/annotations/. Did you mean /api/annotations (no trailing slash)?',
    );
    const wrongMethod = await app.inject({ method: 'DELETE', url: '/api/annotations?page=/docs/definition' });
    expect(wrongMethod.statusCode).toBe(405);
    expect(wrongMethod.headers.allow).toBe('GET, HEAD, POST');
    expect(errorOf(wrongMethod)).toMatchObject({
      error: 'Method Not Allowed',
      message: 'DELETE is not allowed on /api/annotations: use GET or HEAD or POST.',
    });
  });
});

describe('prettyUrlRewriter', () => {
  it('maps known pages to their .html file and leaves everything else alone', () => {
    const rewrite = prettyUrlRewriter(new Set(['/blog', '/docs/definition']));
    expect(rewrite('/blog')).toBe('/blog.html');
    expect(rewrite('/docs/definition?x=1#y')).toBe('/docs/definition.html?x=1#y');
    expect(rewrite('/docs/definition/')).toBe('/docs/definition/');
    expect(rewrite('/api/annotations?page=/blog')).toBe('/api/annotations?page=/blog');
    expect(rewrite('/unknown')).toBe('/unknown');
  });
});
