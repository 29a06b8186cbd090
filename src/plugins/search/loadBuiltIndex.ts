/**
 * Node: opens the index a build published (via its manifest), for the CLI, the benchmark and the
 * tests: the same engine the browser runs, on the same file.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { SearchEngine } from '../../shared/search/engine';
import { checkIndexLanguage } from '../../shared/search/indexFile';
import type { SearchLanguage } from '../../shared/search/language';
import {
  INDEX_FORMAT_VERSION,
  MANIFEST_PATH,
  type SearchIndexFile,
  type SearchManifest,
} from '../../shared/search/record';

export interface BuiltIndex {
  /** Every part loaded. */
  engine: SearchEngine;
  /** Absolute paths of the parts' files, in loading order. */
  files: string[];
  /** Their raw content, in the same order. */
  json: string[];
}

/**
 * @param buildDir - the build output (a locale's index is under `<buildDir>/<locale>/search/`)
 * @param language - the language expected (absent: the manifest's)
 * @throws Error when there is no index, or its manifest or file is in another language
 */
export async function loadBuiltIndex(
  buildDir = 'build',
  manifestPath = MANIFEST_PATH,
  language?: SearchLanguage,
): Promise<BuiltIndex> {
  const manifestFile = path.resolve(buildDir, manifestPath);
  let manifest: SearchManifest;
  try {
    manifest = JSON.parse(await readFile(manifestFile, 'utf8')) as SearchManifest;
  } catch {
    throw new Error(`No search index at ${manifestFile}: build the site first (npx docusaurus build).`);
  }
  const expected = checkIndexLanguage(manifest.language, language, `The search manifest ${manifestFile}`);
  if (manifest.v !== INDEX_FORMAT_VERSION || !Array.isArray(manifest.parts))
    throw new Error(
      `The search manifest ${manifestFile} is of format ${manifest.v}, not ${INDEX_FORMAT_VERSION}: rebuild the site.`,
    );
  const files = manifest.parts.map((part) => path.join(path.dirname(manifestFile), part.file));
  const json = await Promise.all(files.map((file) => readFile(file, 'utf8')));
  const parts = json.map((text) => JSON.parse(text) as SearchIndexFile);
  return { engine: await SearchEngine.loadParts(parts, { language: expected }), files, json };
}
