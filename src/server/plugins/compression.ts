/**
 * On-the-fly compression (`@fastify/compress`) for what was not compressed at build time: API
 * responses above COMPRESS_THRESHOLD bytes, and site files without a precompressed sibling (a site
 * built with `npx docusaurus build` alone). Files that were precompressed already carry
 * Content-Encoding, which the plugin leaves alone.
 *
 * Brotli runs at quality 4 here, not 11: per-request CPU matters more than the last percent, and
 * the static files that dominate first-load bytes were compressed at quality 11 by the build.
 * Registered before the routes, since the plugin hooks every route registered after it.
 */
import compress from '@fastify/compress';
import type { FastifyInstance } from 'fastify';
import { constants } from 'node:zlib';

/** Smaller responses go out as they are: compression would save less than it costs (bytes). */
export const COMPRESS_THRESHOLD = 1024;

export async function registerCompression(app: FastifyInstance): Promise<void> {
  await app.register(compress, {
    global: true,
    threshold: COMPRESS_THRESHOLD,
    encodings: ['br', 'gzip'],
    brotliOptions: { params: { [constants.BROTLI_PARAM_QUALITY]: 4 } },
    zlibOptions: { level: 6 },
  });
}
