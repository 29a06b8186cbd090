/**
 * Service configuration from the environment. Every variable is declared once in a TypeBox schema
 * with its default and its constraint, so a bad value stops the process with a message naming the
 * variable and what it expects, instead of failing later in some request.
 */
import Type, { type Static } from 'typebox';
import { Compile } from 'typebox/compile';
import Value from 'typebox/value';
import { DEFAULT_PUBLIC_ORIGIN, PUBLIC_ORIGIN_PATTERN } from '../shared/publicOrigin';

const BOOLEAN_WORDS = ['true', 'false', '1', '0', 'yes', 'no'];

/** The raw environment, as strings: defaults are applied here, conversion below. */
export const EnvSchema = Type.Object({
  PORT: Type.String({ default: '3000', pattern: '^[0-9]{1,5}$' }),
  // Loopback by default: a laptop at a side event must not offer the service to the venue network.
  HOST: Type.String({ default: '127.0.0.1', minLength: 1 }),
  DATA_DIR: Type.String({ default: './data', minLength: 1 }),
  DATABASE_URL: Type.String({ default: '', pattern: '^$|^postgres(ql)?://' }),
  MODERATOR_TOKEN: Type.String({ default: '', pattern: '^$|^\\S{16,}$' }),
  PUBLIC_ORIGIN: Type.String({ default: DEFAULT_PUBLIC_ORIGIN, pattern: PUBLIC_ORIGIN_PATTERN }),
  PREMODERATION: Type.Enum(BOOLEAN_WORDS, { default: 'true' }),
  RATE_LIMIT_WRITES_PER_MINUTE: Type.String({ default: '10', pattern: '^[0-9]{1,7}$' }),
  SITE_DIR: Type.String({ default: './build', minLength: 1 }),
  LOG_LEVEL: Type.Enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], { default: 'info' }),
  IP_HASH_SALT: Type.String({ default: '', pattern: '^$|^\\S{16,}$' }),
  SQLITE_SYNCHRONOUS: Type.Enum(['NORMAL', 'FULL'], { default: 'NORMAL' }),
  TRUST_PROXY: Type.String({ default: 'false', pattern: '^(true|false|[0-9]{1,2}|[0-9a-fA-F.:/, ]+)$' }),
});

/** What each variable expects, in words: used in the start-up error. */
const EXPECTED: Record<keyof Static<typeof EnvSchema>, string> = {
  PORT: 'a TCP port number from 1 to 65535',
  HOST: 'an address to listen on: 127.0.0.1 (this machine only) or 0.0.0.0 (every network interface)',
  DATA_DIR: 'a directory for the SQLite database and generated secrets',
  DATABASE_URL: 'empty (SQLite) or a PostgreSQL URL such as postgres://user:pass@host:5432/db',
  MODERATOR_TOKEN: 'at least 16 characters without spaces (unset: a random token is generated at start)',
  PUBLIC_ORIGIN: 'the public origin of the site, scheme and host only, e.g. https://framework.example.org',
  PREMODERATION: 'true or false (also 1/0, yes/no)',
  RATE_LIMIT_WRITES_PER_MINUTE: 'a whole number of writes per minute per address block, at least 1',
  SITE_DIR: 'the directory of the built site',
  LOG_LEVEL: 'one of fatal, error, warn, info, debug, trace, silent',
  IP_HASH_SALT: 'at least 16 characters without spaces (unset: generated once and kept in DATA_DIR)',
  SQLITE_SYNCHRONOUS: 'NORMAL (survives a killed process) or FULL (also survives power loss; slower writes)',
  TRUST_PROXY: 'false, true, a hop count, or comma-separated proxy addresses/CIDRs',
};

/** The validated, typed configuration the app is built from. */
export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string;
  /** Empty when unset: main.ts generates one (see secrets.ts). */
  moderatorToken: string;
  publicOrigin: string;
  premoderation: boolean;
  rateLimitWritesPerMinute: number;
  siteDir: string;
  logLevel: Static<typeof EnvSchema>['LOG_LEVEL'];
  /** Empty when unset: main.ts generates and persists one (see secrets.ts). */
  ipHashSalt: string;
  trustProxy: boolean | number | string[];
  /** SQLite commit durability: NORMAL survives SIGKILL, FULL also power loss (see repository/sqlite.ts). */
  sqliteSynchronous: 'NORMAL' | 'FULL';
}

/** Thrown for a bad environment; its message lists every offending variable. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

const check = Compile(EnvSchema);

/** Reads and validates the configuration; throws ConfigError naming each bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const raw: Record<string, string> = {};
  for (const key of Object.keys(EnvSchema.properties)) {
    const value = env[key];
    // An empty variable means "use the default", as in most twelve-factor services.
    if (value !== undefined && value.trim() !== '') raw[key] = value.trim();
  }
  const withDefaults = Value.Default(EnvSchema, raw) as Record<string, string>;
  const problems = new Map<string, string>();
  for (const error of check.Errors(withDefaults)) {
    const key = error.instancePath.slice(1) as keyof typeof EXPECTED;
    if (key in EXPECTED) problems.set(key, `${key}=${JSON.stringify(withDefaults[key])}: expected ${EXPECTED[key]}`);
  }
  const env2 = withDefaults as Static<typeof EnvSchema>;
  const port = Number(env2.PORT);
  if (!problems.has('PORT') && (port < 1 || port > 65535))
    problems.set('PORT', `PORT=${port}: expected ${EXPECTED.PORT}`);
  const rate = Number(env2.RATE_LIMIT_WRITES_PER_MINUTE);
  if (!problems.has('RATE_LIMIT_WRITES_PER_MINUTE') && rate < 1) {
    problems.set(
      'RATE_LIMIT_WRITES_PER_MINUTE',
      `RATE_LIMIT_WRITES_PER_MINUTE=${rate}: expected ${EXPECTED.RATE_LIMIT_WRITES_PER_MINUTE}`,
    );
  }
  if (problems.size > 0) {
    throw new ConfigError(`Invalid configuration:\n  ${[...problems.values()].join('\n  ')}`);
  }
  return {
    port,
    host: env2.HOST,
    dataDir: env2.DATA_DIR,
    databaseUrl: env2.DATABASE_URL,
    moderatorToken: env2.MODERATOR_TOKEN,
    publicOrigin: env2.PUBLIC_ORIGIN.replace(/\/$/, ''),
    premoderation: ['true', '1', 'yes'].includes(env2.PREMODERATION),
    rateLimitWritesPerMinute: rate,
    siteDir: env2.SITE_DIR,
    logLevel: env2.LOG_LEVEL,
    ipHashSalt: env2.IP_HASH_SALT,
    trustProxy: parseTrustProxy(env2.TRUST_PROXY),
    sqliteSynchronous: env2.SQLITE_SYNCHRONOUS,
  };
}

function parseTrustProxy(value: string): Config['trustProxy'] {
  if (value === 'true') return true;
  if (value === 'false') return false;
  if (/^[0-9]+$/.test(value)) return Number(value);
  return value
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
}
