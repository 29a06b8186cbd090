/**
 * The Content-Security-Policy of the site. Docusaurus pages carry a few inline <script> blocks
 * (colour-mode bootstrap and the like). Instead of 'unsafe-inline', the service reads every built
 * HTML page at start, hashes each inline script (sha256, as CSP Level 2 specifies) and sends each
 * page a policy listing only its own hashes (pagePolicies, applied by staticFiles.ts); every other
 * response (API answers, scripts, styles) carries the policy without hashes (security.ts). Listing
 * every page's hashes on every response cost about 2.8 KB of header each time. A rebuilt site gets
 * new hashes on the next start.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

// Inline scripts only: a <script> with a src attribute is covered by 'self'.
const INLINE_SCRIPT = /<script\b(?![^>]*\ssrc\s*=)[^>]*>([\s\S]*?)<\/script>/gi;

function* htmlFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* htmlFiles(full);
    else if (entry.name.endsWith('.html')) yield full;
  }
}

/** The distinct `'sha256-…'` sources of the inline scripts in `html`. */
export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const match of html.matchAll(INLINE_SCRIPT)) {
    const code = match[1] ?? '';
    if (code.trim() === '') continue;
    hashes.add(`'sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}'`);
  }
  return [...hashes];
}

/**
 * The Content-Security-Policy header value of every HTML file under `siteDir`, keyed by its path
 * relative to `siteDir` with `/` separators (`docs/definition.html`); empty if there is no build.
 */
export function pagePolicies(siteDir: string): Map<string, string> {
  const policies = new Map<string, string>();
  if (!existsSync(siteDir)) return policies;
  for (const file of htmlFiles(siteDir)) {
    const hashes = inlineScriptHashes(readFileSync(file, 'utf8')).sort();
    policies.set(path.relative(siteDir, file).split(path.sep).join('/'), serializePolicy(cspDirectives(hashes)));
  }
  return policies;
}

/**
 * A header value from directives in helmet's format, read as helmet reads them (the API's answers
 * get their policy from helmet, the pages from here, and the two must agree): `null` turns a
 * directive off, and an empty list is a directive without a value. Reading `null` as a bare
 * directive once sent `upgrade-insecure-requests` with every page, and a site served over plain
 * http on a venue's network then loaded no CSS or script.
 */
export function serializePolicy(directives: Record<string, string[] | null>): string {
  return Object.entries(directives)
    .filter((entry): entry is [string, string[]] => entry[1] !== null)
    .map(([name, values]) => (values.length === 0 ? name : `${name} ${values.join(' ')}`))
    .join(';');
}

/** The CSP directives (helmet's format) for a site whose inline scripts hash to `scriptHashes`. */
export function cspDirectives(scriptHashes: readonly string[]): Record<string, string[] | null> {
  return {
    'default-src': ["'self'"],
    'script-src': ["'self'", ...scriptHashes],
    // React and Docusaurus set style attributes; styles cannot run code, so this is the usual trade-off.
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:'],
    'font-src': ["'self'", 'data:'],
    'connect-src': ["'self'"],
    'worker-src': ["'self'", 'blob:'],
    'manifest-src': ["'self'"],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'none'"],
    // Off: the site may run on plain http, on a laptop or a venue's network, where upgrading every
    // request to https would load nothing.
    'upgrade-insecure-requests': null,
  };
}
