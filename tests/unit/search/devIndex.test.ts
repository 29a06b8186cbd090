/**
 * Search under `docusaurus start`: the development index, built from the Markdown sources, must
 * hold the same paragraphs under the same ids as the index the build extracts from HTML, or a
 * result found in development would point at a paragraph that does not exist.
 * Blocks that React components render from data (the timeline's events) exist only in the
 * built index: the development index renders Markdown, plus the glossary from its data.
 * Needs the built site (`npx docusaurus build`), like the relevance test.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractSourcePages } from '../../../src/plugins/search/extractPages';
import { loadBuiltIndex } from '../../../src/plugins/search/loadBuiltIndex';
import type { IndexedPage } from '../../../src/plugins/search/collectPages';
import { GLOSSARY_PATH } from '../../../src/shared/glossary';
import type { SearchRecord } from '../../../src/shared/search/record';

const ROOT = path.resolve(__dirname, '../../..');

function markdownFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return markdownFiles(file);
    return /\.mdx?$/.test(name) ? [file] : [];
  });
}

const normalise = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** Pages whose MDX renders a component (other than the glossary, rendered from data in development). */
function componentPages(files: readonly string[]): Set<string> {
  return new Set(
    files
      .filter(
        (file) =>
          file.endsWith('.mdx') && !file.endsWith('glossary.mdx') && /^<[A-Z]/m.test(readFileSync(file, 'utf8')),
      )
      .map(
        (file) =>
          `/${path
            .relative(ROOT, file)
            .replace(/\.mdx$/, '')
            .replace(/\/index$/, '')}`,
      ),
  );
}

describe('development index', () => {
  let built: Map<string, SearchRecord>;
  let dev: Map<string, string>;
  let fromComponents: Set<string>;

  beforeAll(async () => {
    const { engine } = await loadBuiltIndex(path.join(ROOT, 'build'));
    const files = markdownFiles(path.join(ROOT, 'docs'));
    fromComponents = componentPages(files);
    built = new Map();
    for (let id = 0; id < engine.size; id += 1) {
      const record = engine.record(id);
      const [, anchor] = record.u.split('#');
      if (record.k !== 'blog' && anchor) built.set(anchor, record);
    }
    const pages: IndexedPage[] = files.map((file) => {
      const source = path.relative(ROOT, file);
      return {
        path: source === 'docs/background/glossary.mdx' ? GLOSSARY_PATH : `/${source}`,
        title: '',
        type: 'background',
        provenance: 'summary',
        source,
      };
    });
    dev = new Map(
      (await extractSourcePages(ROOT, pages, '/')).flatMap(({ paragraphs }) =>
        paragraphs.map((p) => [p.anchor, p.text] as const),
      ),
    );
  });

  it('has every built paragraph of a Markdown page, under the same id', () => {
    const missing = [...built]
      .filter(([anchor, record]) => !dev.has(anchor) && !fromComponents.has(record.u.split('#')[0] ?? ''))
      .map(([anchor]) => anchor);
    expect(missing).toEqual([]);
    expect(built.size).toBeGreaterThan(0);
  });

  it('has no paragraph the build does not have', () => {
    expect([...dev.keys()].filter((anchor) => !built.has(anchor))).toEqual([]);
  });

  it('holds the same text for each paragraph', () => {
    const different = [...built].filter(
      ([anchor, record]) => dev.has(anchor) && normalise(dev.get(anchor) ?? '') !== normalise(record.x),
    );
    expect(different.map(([anchor, record]) => ({ anchor, built: record.x, dev: dev.get(anchor) }))).toEqual([]);
  });
});
