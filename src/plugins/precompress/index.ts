/**
 * Precompression of the built site: writes `file.br` (brotli, quality 11) and `file.gz` (gzip,
 * level 9) beside every compressible file, so the server sends the smallest form with no CPU spent
 * per request (`@fastify/static` with `preCompressed`, see src/server/plugins/staticFiles.ts).
 *
 * It runs after `docusaurus build` (`npm run build` calls scripts/precompress.ts), not in a
 * plugin's postBuild: Docusaurus runs every plugin's postBuild at once, and the search index and
 * the block register are written in theirs, so only a step after the build sees every file.
 * Compression is Node's zlib (the reference brotli and zlib libraries).
 */
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

/** Text formats worth compressing; images and fonts are compressed already. */
export const COMPRESSIBLE = /\.(html|js|mjs|css|json|svg|xml|txt|webmanifest|map)$/i;
/** Below this a compressed copy saves less than the headers it costs (bytes). */
export const MIN_BYTES = 512;

export interface PrecompressResult {
  files: number;
  rawBytes: number;
  gzipBytes: number;
  brotliBytes: number;
}

async function* walk(dir: string): AsyncGenerator<string> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(full);
    else if (COMPRESSIBLE.test(entry.name)) yield full;
  }
}

/** Brotli at its densest setting, told the input is text (as the built site's files are). */
export function brotliBytes(data: Buffer): Promise<Buffer> {
  return brotli(data, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
    },
  });
}

/** Gzip at level 9, as `gzip -9` does. */
export function gzipBytes(data: Buffer): Promise<Buffer> {
  return gz(data, { level: constants.Z_BEST_COMPRESSION });
}

/**
 * Writes `.br` and `.gz` siblings for every compressible file of at least MIN_BYTES under `siteDir`
 * (existing siblings are overwritten, so a rerun is harmless). A compressed copy that is not
 * smaller than the file is not written.
 * @returns counts and byte totals, for the build log
 */
export async function precompressSite(siteDir: string, concurrency = 4): Promise<PrecompressResult> {
  const result: PrecompressResult = { files: 0, rawBytes: 0, gzipBytes: 0, brotliBytes: 0 };
  const queue: string[] = [];
  for await (const file of walk(siteDir)) if ((await stat(file)).size >= MIN_BYTES) queue.push(file);
  const worker = async () => {
    for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
      const data = await readFile(file);
      const [br, gzipped] = await Promise.all([brotliBytes(data), gzipBytes(data)]);
      if (br.length < data.length) await writeFile(`${file}.br`, br);
      if (gzipped.length < data.length) await writeFile(`${file}.gz`, gzipped);
      result.files += 1;
      result.rawBytes += data.length;
      result.gzipBytes += Math.min(gzipped.length, data.length);
      result.brotliBytes += Math.min(br.length, data.length);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return result;
}
