/**
 * The service's secrets: edit tokens, the moderator token and the salt for hashing client
 * addresses. Tokens are stored only as hashes and compared in constant time, so neither a database
 * dump nor a timing measurement reveals one.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ipaddr from 'ipaddr.js';

/** A new random secret, URL-safe (base64url of `bytes` random bytes). */
export function randomToken(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

/**
 * A new comment id: 128 random bits, unguessable, so ids of hidden comments reveal nothing. Never
 * starts with "-" (one id in 64 would): spreadsheet programs read a leading minus as a formula, so
 * the CSV exports prefix such a cell with an apostrophe (exports/spreadsheet.ts), and the id in
 * "Comment id", "Reply to" and "Duplicate of" would no longer match the same id anywhere else.
 */
export function newAnnotationId(): string {
  let id: string;
  do id = randomToken(16);
  while (id.startsWith('-'));
  return id;
}

/** The stored form of an edit token. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** Constant-time equality of two secrets of any length (both are hashed first, so lengths match). */
export function secretsEqual(given: string, expected: string): boolean {
  const a = createHash('sha256').update(given, 'utf8').digest();
  const b = createHash('sha256').update(expected, 'utf8').digest();
  return timingSafeEqual(a, b);
}

/** Constant-time check of an edit token against its stored hash. */
export function editTokenMatches(token: string, storedHash: string): boolean {
  const given = Buffer.from(hashToken(token), 'hex');
  const stored = Buffer.from(storedHash, 'hex');
  return given.length === stored.length && timingSafeEqual(given, stored);
}

/**
 * The client's address block: IPv4 /24 or IPv6 /48 (an IPv4-mapped IPv6 address counts as IPv4).
 * Rate limits apply per block, so one host cannot dodge them by rotating through the addresses of
 * its own network. Parsed with ipaddr.js; never throws: a missing or unparsable address (a request
 * whose socket is already gone, a malformed forwarded header) is its own block, `unknown`.
 */
export function addressBlock(ip: string | undefined): string {
  if (!ip) return 'unknown';
  let address: ipaddr.IPv4 | ipaddr.IPv6;
  try {
    address = ipaddr.parse(ip.split('%')[0]!);
  } catch {
    return 'unknown';
  }
  if (address.kind() === 'ipv6' && (address as ipaddr.IPv6).isIPv4MappedAddress()) {
    address = (address as ipaddr.IPv6).toIPv4Address();
  }
  if (address.kind() === 'ipv4') return `${(address as ipaddr.IPv4).octets.slice(0, 3).join('.')}.0/24`;
  return `${(address as ipaddr.IPv6).parts
    .slice(0, 3)
    .map((part) => part.toString(16))
    .join(':')}::/48`;
}

/** Salted hash of a client's address block: lets us see abuse patterns without storing addresses. */
export function hashAddress(ip: string | undefined, salt: string): string {
  return createHash('sha256')
    .update(`${salt}\0${addressBlock(ip)}`)
    .digest('base64url')
    .slice(0, 22);
}

/**
 * The IP-hash salt: from the environment, else read from DATA_DIR/ip-hash-salt, else generated and
 * written there (mode 0600) so hashes stay comparable across restarts.
 */
export function resolveIpHashSalt(configured: string, dataDir: string): string {
  if (configured) return configured;
  const file = path.join(dataDir, 'ip-hash-salt');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const salt = randomToken(32);
  try {
    writeFileSync(file, `${salt}\n`, { mode: 0o600, flag: 'wx' });
    return salt;
  } catch (error) {
    // Another instance sharing DATA_DIR wrote it first: use theirs.
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return readFileSync(file, 'utf8').trim();
    throw error;
  }
}
