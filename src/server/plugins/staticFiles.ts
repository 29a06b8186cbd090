/**
 * Serving the built site's files: the precompressed `.br`/`.gz` sibling the client accepts
 * (written by `npm run build`, see src/plugins/precompress), `Vary: Accept-Encoding`, and cache
 * headers by kind of file:
 * - content-hashed files (everything under /assets/, and names like `index.3f2a1c9b0d.json`):
 *   a year, immutable: a new build gives them new names;
 * - everything else (HTML, the search manifest, sw.js, images under fixed names): revalidate on
 *   every use (`no-cache` with the ETag), so a new build shows up at once and costs a 304 otherwise.
 * Each HTML page also gets its own Content-Security-Policy, listing only its inline scripts (csp.ts).
 */
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import path from 'node:path';
import { pagePolicies } from './csp';

const CONTENT_HASHED = /(^|\/)assets\/|\.[0-9a-f]{8,}\.[a-z0-9]+$/i;
const PRECOMPRESSED = /\.(br|gz)$/;

export const IMMUTABLE = 'public, max-age=31536000, immutable';
export const REVALIDATE = 'no-cache';

/** Cache-Control for a file, given its path relative to the site root (`/` separators). */
export function cacheControlFor(relativePath: string): string {
  return CONTENT_HASHED.test(relativePath.replace(PRECOMPRESSED, '')) ? IMMUTABLE : REVALIDATE;
}

/** Registers static serving of `root` (an absolute path to the built site). */
export async function registerStaticFiles(app: FastifyInstance, root: string): Promise<void> {
  const policies = pagePolicies(root);
  app.log.debug({ pages: policies.size }, 'per-page Content-Security-Policy computed');
  await app.register(fastifyStatic, {
    root,
    extensions: ['html'],
    preCompressed: true,
    cacheControl: false,
    setHeaders: (reply, filePath) => {
      const relative = path.relative(root, filePath).split(path.sep).join('/');
      reply.header('Cache-Control', cacheControlFor(relative));
      const policy = policies.get(relative.replace(PRECOMPRESSED, ''));
      if (policy) reply.header('Content-Security-Policy', policy);
    },
  });
}
