/**
 * The start-up summary, the log level and request lines that keep it readable, PUBLIC_ORIGIN read
 * once for build and service, and the built-origin check.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildApp } from '../../../src/server/app';
import { loadConfig } from '../../../src/server/config';
import { builtSiteOrigin, defaultOriginWarning, originMismatch } from '../../../src/server/siteOrigin';
import { describeDatabase, localUrl, logLevelFor, startupSummary } from '../../../src/server/startupSummary';
import { DEFAULT_PUBLIC_ORIGIN, publicOriginFrom } from '../../../src/shared/publicOrigin';
import { cleanup, onCleanup, post, tempDir, testConfig, validBody } from './helpers';

afterEach(cleanup);

describe('startupSummary', () => {
  const facts = {
    localUrl: 'http://localhost:3000',
    publicOrigin: 'http://localhost:3000',
    host: '127.0.0.1',
    port: 3000,
    database: 'SQLite, data/comments.sqlite',
    premoderation: true,
    warnings: [],
  };

  it('says what to open, where to moderate, where the token is and how to keep one', () => {
    const text = startupSummary({ ...facts, generatedToken: 'tok-123' });
    expect(text).toContain('Open the site      http://localhost:3000\n');
    expect(text).toContain('Moderate comments  http://localhost:3000/moderate\n');
    expect(text).toContain('Moderator token    tok-123\n');
    expect(text).toContain('MODERATOR_TOKEN=<16 or more characters>');
    expect(text).toContain('Database           SQLite, data/comments.sqlite');
    expect(text).toContain('this machine only (HOST=127.0.0.1); HOST=0.0.0.0 lets other machines in');
    expect(text).not.toContain('Public origin');
    expect(startupSummary(facts)).toContain('Moderator token    the MODERATOR_TOKEN you set');
  });

  it('says when other machines can connect, and repeats warnings', () => {
    const text = startupSummary({
      ...facts,
      host: '0.0.0.0',
      publicOrigin: 'https://framework.example.org',
      warnings: ['built for another origin'],
    });
    expect(text).toContain('other machines too (HOST=0.0.0.0); readers use https://framework.example.org');
    expect(text).toContain('Public origin      https://framework.example.org (PUBLIC_ORIGIN)');
    expect(text).toContain('Warning: built for another origin');
  });

  it('wraps a long warning between words, so no address is cut at the terminal edge', () => {
    const warning = defaultOriginWarning(false, 'http://localhost:3000', 'http://localhost:3100')!;
    const lines = startupSummary({ ...facts, warnings: [warning] }).split('\n');
    const start = lines.findIndex((line) => line.startsWith('  Warning: '));
    const end = lines.indexOf('', start);
    expect(lines.slice(start, end).every((line) => line.length <= 96 && line.startsWith('  '))).toBe(true);
    expect(
      lines
        .slice(start, end)
        .map((line) => line.trim())
        .join(' '),
    ).toBe(`Warning: ${warning}`);
  });

  it('never prints a database password', () => {
    expect(describeDatabase('postgres://fw:s3cret@db.example:5432/fw', 'x')).toBe('PostgreSQL, db.example:5432/fw');
    expect(describeDatabase('', 'data/comments.sqlite')).toBe('SQLite, data/comments.sqlite');
    expect(localUrl('0.0.0.0', 8080)).toBe('http://localhost:8080');
    expect(localUrl('192.168.1.5', 3000)).toBe('http://192.168.1.5:3000');
  });
});

describe('logs', () => {
  it('in a terminal show warnings only, unless LOG_LEVEL is set (as the summary suggests); JSON logs keep info', () => {
    expect(logLevelFor('info', false, true)).toBe('warn');
    expect(logLevelFor('info', true, true)).toBe('info');
    expect(logLevelFor('debug', true, true)).toBe('debug');
    expect(logLevelFor('info', false, false)).toBe('info');
  });

  it('log page views, static files and API reads at debug; comment writes at info', async () => {
    const lines: { level: number; msg: string; url?: string; method?: string }[] = [];
    const app = await buildApp(testConfig(), {
      logger: { level: 'info', stream: { write: (line: string) => void lines.push(JSON.parse(line)) } },
    });
    onCleanup(() => app.close());
    for (const url of [
      '/',
      '/docs/definition',
      '/assets/js/main.0123abcd.js',
      '/api/annotations?page=/docs/definition',
    ])
      expect((await app.inject({ url })).statusCode, url).toBe(200);
    await post(app, validBody());
    expect(lines.filter((line) => line.level >= 30).map((line) => `${line.method} ${line.url}`)).toEqual([
      'POST /api/annotations',
    ]);
  });
});

describe('PUBLIC_ORIGIN', () => {
  it('is read the same way for build and service: default, trimmed, without trailing slash, validated', () => {
    expect(publicOriginFrom({})).toBe(DEFAULT_PUBLIC_ORIGIN);
    expect(publicOriginFrom({ PUBLIC_ORIGIN: ' ' })).toBe(DEFAULT_PUBLIC_ORIGIN);
    expect(publicOriginFrom({ PUBLIC_ORIGIN: 'https://framework.example.org/' })).toBe('https://framework.example.org');
    expect(() => publicOriginFrom({ PUBLIC_ORIGIN: 'framework.example.org/docs' })).toThrow(/PUBLIC_ORIGIN=/);
  });

  it('the service reads it exactly as the build does, for good values and bad', () => {
    const read = (parse: () => string) => {
      try {
        return parse();
      } catch {
        return 'refused';
      }
    };
    for (const value of [
      undefined,
      '',
      ' ',
      'https://framework.example.org/',
      ' http://localhost:3100 ',
      'framework.example.org',
      'https://x.org/path',
    ]) {
      const env = value === undefined ? {} : { PUBLIC_ORIGIN: value };
      expect(
        read(() => loadConfig(env).publicOrigin),
        JSON.stringify(value),
      ).toBe(read(() => publicOriginFrom(env)));
    }
  });

  it('the service reads the origin a site was built for and warns when it differs', () => {
    const site = tempDir('fw-origin-');
    expect(builtSiteOrigin(site)).toBeUndefined();
    writeFileSync(
      path.join(site, 'index.html'),
      '<html><head><link data-rh="true" rel="canonical" href="http://localhost:3000/"></head></html>',
    );
    expect(builtSiteOrigin(site)).toBe('http://localhost:3000');
    // Docusaurus minifies: unquoted attribute values.
    writeFileSync(path.join(site, 'index.html'), '<link data-rh=true rel=canonical href=http://localhost:3000/ />');
    expect(builtSiteOrigin(site)).toBe('http://localhost:3000');
    expect(originMismatch(site, 'http://localhost:3000')).toBeUndefined();
    expect(originMismatch(site, 'https://framework.example.org')).toMatch(
      /built for http:\/\/localhost:3000, but PUBLIC_ORIGIN is https:\/\/framework\.example\.org.*PUBLIC_ORIGIN=https:\/\/framework\.example\.org npm run build/,
    );
  });

  it('warns when it was left at its default but the service is opened at another address', () => {
    expect(defaultOriginWarning(false, 'http://localhost:3000', 'http://localhost:3100')).toBe(
      "PUBLIC_ORIGIN is not set, so the site's links and the exports name http://localhost:3000, not http://localhost:3100. " +
        'To use http://localhost:3100, set PUBLIC_ORIGIN=http://localhost:3100 for both npm run build and npm run serve.',
    );
    expect(defaultOriginWarning(false, 'http://localhost:3000', 'http://localhost:3000')).toBeUndefined();
    // Set on purpose (a proxy in front): the listening address may differ.
    expect(defaultOriginWarning(true, 'https://framework.example.org', 'http://localhost:3100')).toBeUndefined();
  });
});
