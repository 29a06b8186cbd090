/**
 * What the `/search` page and the search dialog pull into the browser: never the schema library
 * (TypeBox), which the content model uses for validation, just to read a list of constants; and
 * never the search engine itself (FlexSearch, the tokenizer, the stemmer), which runs in the
 * search worker. Follows the static value imports (not `import type`, not `import()`) from the
 * entry components through the project.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SEARCH_WORKER_NAME } from '../../../src/shared/search/record';

const ROOT = path.resolve(__dirname, '../../..');
const IMPORT = /^\s*import\s+(?!type\b)(?:[^'"]*?\s+from\s+)?['"]([^'"]+)['"]/gm;

function resolve(from: string, specifier: string): string | null {
  const base = specifier.startsWith('@site/')
    ? path.join(ROOT, specifier.slice('@site/'.length))
    : specifier.startsWith('.')
      ? path.resolve(path.dirname(from), specifier)
      : null;
  if (!base) return null;
  for (const candidate of [
    base,
    `${base}.ts`,
    `${base}.tsx`,
    path.join(base, 'index.ts'),
    path.join(base, 'index.tsx'),
  ])
    if (existsSync(candidate) && /\.tsx?$/.test(candidate)) return candidate;
  return null;
}

/** Bare package names imported by value from `entry` and every project module it reaches. */
function packagesReached(entry: string): Set<string> {
  const packages = new Set<string>();
  const seen = new Set<string>();
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const [, specifier = ''] of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      const local = resolve(file, specifier);
      if (local) visit(local);
      else if (!specifier.startsWith('.') && !specifier.startsWith('@site/')) packages.add(specifier);
    }
  };
  visit(entry);
  return packages;
}

/** The search interface's entry components: what a page's main thread runs. */
const SEARCH_ENTRIES = [
  'src/plugins/search/theme/SearchPage/index.tsx',
  'src/plugins/search/theme/SearchBar/SearchDialog.tsx',
  'src/plugins/search/theme/SearchBar/index.tsx',
];

describe('search code shipped to the browser', () => {
  it.each(SEARCH_ENTRIES)('%s does not import TypeBox', (entry) => {
    const reached = [...packagesReached(path.join(ROOT, entry))];
    expect(reached.length).toBeGreaterThan(0);
    expect(reached.filter((name) => name === 'typebox' || name.startsWith('typebox/'))).toEqual([]);
  });
});

describe('search engine off the main thread', () => {
  it.each(SEARCH_ENTRIES)('%s reaches neither FlexSearch nor the stemmer', (entry) => {
    const reached = [...packagesReached(path.join(ROOT, entry))];
    expect(reached.filter((name) => /^(flexsearch|stemmer|remove-accents)/.test(name))).toEqual([]);
  });

  it('the search worker does', () => {
    const reached = packagesReached(path.join(ROOT, 'src/client/search/search.worker.ts'));
    expect([...reached]).toEqual(expect.arrayContaining(['flexsearch', 'stemmer']));
  });

  it('names the worker with the literal the plugin keeps its chunk whole by', () => {
    // Rspack takes a Worker's name for its chunk name only when written as a literal.
    const source = readFileSync(path.join(ROOT, 'src/client/search/workerClient.ts'), 'utf8');
    expect(source).toContain(`{ name: '${SEARCH_WORKER_NAME}' }`);
  });
});
