/**
 * Builds and reads the published index file: records in, a FlexSearch export plus the glossary
 * out, and back. Used by the build plugin, the dev-mode index, the CLI, the benchmark and tests,
 * so there is one way to make an index.
 *
 * Pure: no DOM, no Node APIs.
 */
import type { Document } from 'flexsearch';
import { createDocumentIndex } from './indexOptions';
import { INDEX_FORMAT_VERSION, type SearchGlossaryTerm, type SearchIndexFile, type SearchRecord } from './record';

/**
 * @param records - in id order (ids 0 … n-1)
 * @returns the file's content, ready to be serialised
 */
export async function buildIndexFile(
  records: readonly SearchRecord[],
  glossary: readonly SearchGlossaryTerm[],
): Promise<SearchIndexFile> {
  const index = createDocumentIndex();
  records.forEach((record, position) => {
    if (record.id !== position)
      throw new Error(`Search record ids must be 0 … n-1 in order; record ${position} has id ${record.id}.`);
    index.add(record);
  });
  const keys: Record<string, string> = {};
  await index.export((key: string, data: string) => {
    keys[key] = data;
  });
  return { v: INDEX_FORMAT_VERSION, n: records.length, keys, glossary: [...glossary] };
}

/** Re-creates the index and its records from a published file. */
export async function readIndexFile(
  file: SearchIndexFile,
): Promise<{ index: Document<SearchRecord>; records: SearchRecord[] }> {
  if (file.v !== INDEX_FORMAT_VERSION) {
    throw new Error(`Search index format ${file.v} is not the expected ${INDEX_FORMAT_VERSION}; rebuild the site.`);
  }
  const index = createDocumentIndex();
  for (const [key, data] of Object.entries(file.keys)) await index.import(key, data);
  const records: SearchRecord[] = [];
  for (let id = 0; id < file.n; id += 1) {
    const stored = index.get(id) as Omit<SearchRecord, 'id'> | null;
    if (!stored) throw new Error(`Search index is missing record ${id}; rebuild the site.`);
    records.push({ ...stored, id });
  }
  return { index, records };
}
