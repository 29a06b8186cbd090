/**
 * Publishes an index: each part's file under a content-hashed name (cacheable forever), and the
 * small manifest that names them (fetched without cache, so a new build is picked up at once).
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import {
  INDEX_FORMAT_VERSION,
  MANIFEST_PATH,
  type SearchIndexFile,
  type SearchManifest,
} from '../../shared/search/record';

export interface WrittenIndex {
  /** Absolute paths of the parts' files, in loading order. */
  files: string[];
  /** Their sizes in bytes, in the same order. */
  bytes: number[];
}

const INDEX_FILE = /^index\.[0-9a-f]+\.json$/;

/**
 * @param siteDir - the folder served at the site's base URL (build output, or the dev folder)
 * @param outputDir - the plugin's `outputDir` option
 * @param parts - the index's parts in loading order (`buildIndex`)
 * @throws Error when there is no part, or the parts are in different languages
 */
export async function writeIndex(
  siteDir: string,
  outputDir: string,
  parts: readonly SearchIndexFile[],
): Promise<WrittenIndex> {
  const language = parts[0]?.l;
  if (language === undefined) throw new Error('A search index needs at least one part.');
  if (parts.some((part) => part.l !== language)) throw new Error('The parts of a search index differ in language.');
  const folder = path.join(siteDir, outputDir);
  await mkdir(folder, { recursive: true });
  const written = parts.map((part) => {
    const json = JSON.stringify(part);
    const name = `index.${createHash('sha256').update(json).digest('hex').slice(0, 10)}.json`;
    return { part, json, name };
  });
  for (const { json, name } of written) await writeFile(path.join(folder, name), json);
  const manifest: SearchManifest = {
    v: INDEX_FORMAT_VERSION,
    language,
    parts: written.map(({ part, name }) => ({ file: name, types: part.types, records: part.n })),
  };
  await writeFile(path.join(folder, path.basename(MANIFEST_PATH)), JSON.stringify(manifest));
  // Files of a previous run (dev server) are stale once the manifest names the new ones.
  const current = new Set(written.map(({ name }) => name));
  for (const name of await readdir(folder))
    if (INDEX_FILE.test(name) && !current.has(name)) await rm(path.join(folder, name));
  return {
    files: written.map(({ name }) => path.join(folder, name)),
    bytes: written.map(({ json }) => Buffer.byteLength(json)),
  };
}
