/**
 * The published index: a round trip through JSON answers exactly like the index that was built,
 * including when read by FlexSearch's "compact" build, which is what the site bundles.
 */
import path from 'node:path';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import type * as FlexSearch from 'flexsearch';
import { createDocumentIndex, INDEXED_FIELDS } from '../../../src/shared/search/indexOptions';
import { readIndexFile } from '../../../src/shared/search/indexFile';
import { indexTerms } from '../../../src/shared/search/tokenize';
import type { SearchRecord } from '../../../src/shared/search/record';
import { corpusFile, RECORDS } from './corpus';

const QUERIES = ['data', 'nso', '2030', 'e/cn.3/2026/13', 'principle', 'marginalized', 'nothing-here'];

function ids(index: ReturnType<typeof createDocumentIndex>, query: string): number[] {
  return index
    .search({ query, limit: 100 })
    .flatMap((group) => group.result.map(Number))
    .sort((a, b) => a - b);
}

describe('index file', () => {
  it('re-creates every record and answers like the index it was exported from', async () => {
    const original = createDocumentIndex();
    for (const record of RECORDS) original.add(record);
    const { index, records } = await readIndexFile(await corpusFile());
    expect(records).toEqual(RECORDS);
    for (const query of QUERIES) expect(ids(index, query)).toEqual(ids(original, query));
  });

  it('rejects a file of another format version', async () => {
    const file = { ...(await corpusFile()), v: 999 };
    await expect(readIndexFile(file)).rejects.toThrow(/format 999/);
  });

  it('is read identically by the compact build the site bundles', async () => {
    const file = await corpusFile();
    const bundled = path.join(
      path.dirname(createRequire(__filename).resolve('flexsearch')),
      'flexsearch.compact.module.min.js',
    );
    // The compact build is an ES module in a .js file: import it through a data URL copy.
    const { readFile } = await import('node:fs/promises');
    const source = await readFile(bundled, 'utf8');
    const compact = (await import(
      `data:text/javascript;base64,${Buffer.from(source).toString('base64')}`
    )) as typeof FlexSearch;
    const index = new compact.Document<SearchRecord>({
      document: {
        id: 'id',
        index: INDEXED_FIELDS.map((field) => ({ field, tokenize: 'strict' as const, encode: indexTerms })),
        store: ['u', 't', 'h', 'k', 'p', 'x'],
      },
    });
    for (const [key, data] of Object.entries(file.keys)) await index.import(key, data);
    const { index: full } = await readIndexFile(file);
    for (const query of QUERIES) expect(ids(index as never, query)).toEqual(ids(full, query));
  });
});
