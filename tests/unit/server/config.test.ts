/** Configuration from the environment: defaults, conversions, and errors that name the variable. */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../../src/server/config';
import { resolveIpHashSalt } from '../../../src/server/secrets';
import { cleanup, tempDir } from './helpers';

afterEach(cleanup);

describe('loadConfig', () => {
  it('applies the documented defaults to an empty environment', () => {
    expect(loadConfig({})).toEqual({
      port: 3000,
      host: '127.0.0.1',
      dataDir: './data',
      databaseUrl: '',
      moderatorToken: '',
      publicOrigin: 'http://localhost:3000',
      premoderation: true,
      rateLimitWritesPerMinute: 10,
      siteDir: './build',
      logLevel: 'info',
      ipHashSalt: '',
      trustProxy: false,
      sqliteSynchronous: 'NORMAL',
    });
  });

  it('reads and converts good values (empty means default)', () => {
    const config = loadConfig({
      PORT: '8080',
      HOST: '127.0.0.1',
      DATA_DIR: '/var/lib/fw',
      DATABASE_URL: 'postgres://fw:fw@db:5432/fw',
      MODERATOR_TOKEN: 'a-long-enough-token-123',
      PUBLIC_ORIGIN: 'https://framework.example.org/',
      PREMODERATION: 'no',
      RATE_LIMIT_WRITES_PER_MINUTE: '1000',
      SITE_DIR: '',
      LOG_LEVEL: 'warn',
      TRUST_PROXY: '10.0.0.0/8, 192.168.0.1',
    });
    expect(config).toMatchObject({
      port: 8080,
      databaseUrl: 'postgres://fw:fw@db:5432/fw',
      publicOrigin: 'https://framework.example.org',
      premoderation: false,
      rateLimitWritesPerMinute: 1000,
      siteDir: './build',
      logLevel: 'warn',
      trustProxy: ['10.0.0.0/8', '192.168.0.1'],
    });
    expect(loadConfig({ TRUST_PROXY: '2' }).trustProxy).toBe(2);
    expect(loadConfig({ TRUST_PROXY: 'true' }).trustProxy).toBe(true);
    expect(loadConfig({ PREMODERATION: '1' }).premoderation).toBe(true);
  });

  it.each([
    ['PORT', 'abc', 'PORT="abc": expected a TCP port number from 1 to 65535'],
    ['PORT', '70000', 'PORT=70000: expected a TCP port number'],
    ['PORT', '0', 'PORT=0: expected a TCP port number'],
    ['DATABASE_URL', 'mysql://x', 'DATABASE_URL="mysql://x": expected empty (SQLite) or a PostgreSQL URL'],
    ['MODERATOR_TOKEN', 'short', 'MODERATOR_TOKEN="short": expected at least 16 characters'],
    ['PUBLIC_ORIGIN', 'framework.example.org', 'PUBLIC_ORIGIN="framework.example.org": expected the public origin'],
    ['PUBLIC_ORIGIN', 'https://x.org/path', 'PUBLIC_ORIGIN="https://x.org/path"'],
    ['PREMODERATION', 'maybe', 'PREMODERATION="maybe": expected true or false'],
    ['RATE_LIMIT_WRITES_PER_MINUTE', 'ten', 'RATE_LIMIT_WRITES_PER_MINUTE="ten": expected a whole number'],
    ['RATE_LIMIT_WRITES_PER_MINUTE', '0', 'RATE_LIMIT_WRITES_PER_MINUTE=0: expected a whole number'],
    ['LOG_LEVEL', 'loud', 'LOG_LEVEL="loud": expected one of fatal, error'],
    ['IP_HASH_SALT', 'tiny', 'IP_HASH_SALT="tiny": expected at least 16 characters'],
    ['SQLITE_SYNCHRONOUS', 'OFF', 'SQLITE_SYNCHRONOUS="OFF": expected NORMAL'],
    ['TRUST_PROXY', 'maybe', 'TRUST_PROXY="maybe": expected false, true'],
  ])('rejects %s=%s naming the variable and what it expects', (name, value, message) => {
    expect(() => loadConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [name]: value })).toThrow(message);
  });

  it('lists every bad variable at once', () => {
    expect(() => loadConfig({ PORT: 'x', LOG_LEVEL: 'y' })).toThrow(/PORT="x".*\n.*LOG_LEVEL="y"/s);
  });
});

describe('resolveIpHashSalt', () => {
  it('uses the configured salt, else generates one once and keeps it in DATA_DIR (mode 0600)', () => {
    const dir = tempDir('fw-salt-');
    expect(resolveIpHashSalt('configured-salt-0123456789', dir)).toBe('configured-salt-0123456789');
    expect(existsSync(path.join(dir, 'ip-hash-salt'))).toBe(false);
    const generated = resolveIpHashSalt('', dir);
    expect(generated).toMatch(/^[A-Za-z0-9_-]{40,}$/);
    expect(readFileSync(path.join(dir, 'ip-hash-salt'), 'utf8').trim()).toBe(generated);
    expect(statSync(path.join(dir, 'ip-hash-salt')).mode & 0o777).toBe(0o600);
    expect(resolveIpHashSalt('', dir)).toBe(generated);
  });
});
