/**
 * Publishes an index: the index file under a content-hashed name (cacheable forever), and the
 * small manifest that names it (fetched without cache, so a new build is picked up at once).
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
  /** Absolute path of the index file. */
  file: string;
  bytes: number;
}

/**
 * @param siteDir - the folder served at the site's base URL (build output, or the dev folder)
 * @param outputDir - the plugin's `outputDir` option
 */
export async function writeIndex(siteDir: string, outputDir: string, index: SearchIndexFile): Promise<WrittenIndex> {
  const json = JSON.stringify(index);
  const hash = createHash('sha256').update(json).digest('hex').slice(0, 10);
  const folder = path.join(siteDir, outputDir);
  await mkdir(folder, { recursive: true });
  // Older index files of a previous run (dev server) are stale: keep only the new one.
  for (const name of await readdir(folder))
    if (/^index\.[0-9a-f]+\.json$/.test(name)) await rm(path.join(folder, name));
  const name = `index.${hash}.json`;
  const file = path.join(folder, name);
  await writeFile(file, json);
  const manifest: SearchManifest = { v: INDEX_FORMAT_VERSION, language: index.l, index: name };
  await writeFile(path.join(siteDir, outputDir, path.basename(MANIFEST_PATH)), JSON.stringify(manifest));
  return { file, bytes: Buffer.byteLength(json) };
}
