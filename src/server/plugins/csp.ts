/**
 * The Content-Security-Policy of the site. Docusaurus pages carry a few inline <script> blocks
 * (colour-mode bootstrap and the like). Instead of 'unsafe-inline', the service reads every built
 * HTML page at start, hashes each inline script (sha256, as CSP Level 2 specifies) and lists the
 * hashes in script-src. A rebuilt site gets new hashes on the next start.
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

/** Hashes of every inline script in every HTML file under `siteDir` (none if there is no build). */
export function siteScriptHashes(siteDir: string): string[] {
  if (!existsSync(siteDir)) return [];
  const hashes = new Set<string>();
  for (const file of htmlFiles(siteDir)) {
    for (const hash of inlineScriptHashes(readFileSync(file, 'utf8'))) hashes.add(hash);
  }
  return [...hashes].sort();
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
    // The site may run on plain http on a laptop; upgrading would break it there.
    'upgrade-insecure-requests': null,
  };
}
