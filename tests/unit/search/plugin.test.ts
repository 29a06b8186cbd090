/**
 * The plugin's Node steps: which pages are indexed (types, provenance, trailing slashes, blog,
 * exclusions), where a built page is found, and how an index is published (content-hashed file,
 * manifest, stale files removed).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../helpers/tempDir';
import type { AllContent } from '@docusaurus/types';
import { collectPages } from '../../../src/plugins/search/collectPages';
import { DEFAULT_OPTIONS } from '../../../src/plugins/search/options';
import { builtFileOf } from '../../../src/plugins/search/readBuiltPage';
import { writeIndex } from '../../../src/plugins/search/write';
import { loadBuiltIndex } from '../../../src/plugins/search/loadBuiltIndex';
import { buildIndexFile } from '../../../src/shared/search/indexFile';
import { INDEX_FORMAT_VERSION, type SearchManifest } from '../../../src/shared/search/record';
import { corpusParts, GLOSSARY_TERMS, RECORDS } from './corpus';

const doc = (id: string, permalink: string, provenance?: string) => ({
  id,
  title: id,
  permalink,
  source: `@site/docs/${id}.md`,
  frontMatter: provenance ? { provenance } : {},
});

const allContent = {
  'docusaurus-plugin-content-docs': {
    default: {
      loadedVersions: [
        {
          docs: [
            doc('principles/index', '/docs/principles/', 'pending'),
            doc('background/glossary', '/docs/background/glossary', 'summary'),
            doc('background/sources', '/docs/background/sources', 'summary'),
          ],
        },
      ],
    },
  },
  'docusaurus-plugin-content-blog': {
    default: {
      blogPosts: [
        { metadata: { permalink: '/blog/post', title: 'Post', source: '@site/blog/post.md', frontMatter: {} } },
      ],
    },
  },
} as unknown as AllContent;

const site = { baseUrl: '/', trailingSlash: false };

describe('pages to index', () => {
  it('gives each page its content type, provenance and served path', () => {
    expect(collectPages(allContent, DEFAULT_OPTIONS, site)).toEqual([
      {
        path: '/docs/principles',
        title: 'principles/index',
        type: 'principle',
        provenance: 'pending',
        source: 'docs/principles/index.md',
      },
      {
        path: '/docs/background/glossary',
        title: 'background/glossary',
        type: 'glossary',
        provenance: 'summary',
        source: 'docs/background/glossary.md',
      },
      {
        path: '/docs/background/sources',
        title: 'background/sources',
        type: 'background',
        provenance: 'summary',
        source: 'docs/background/sources.md',
      },
      { path: '/blog/post', title: 'Post', type: 'blog', provenance: 'summary', source: 'blog/post.md' },
    ]);
  });

  it('leaves out the blog and excluded paths when asked', () => {
    const pages = collectPages(
      allContent,
      { ...DEFAULT_OPTIONS, indexBlog: false, excludePaths: ['/docs/background/sources'] },
      site,
    );
    expect(pages.map((page) => page.path)).toEqual(['/docs/principles', '/docs/background/glossary']);
  });
});

describe('publishing', () => {
  const searchDir = () => tempDir('fw-search-');

  it('finds a route’s built file with or without a trailing slash', () => {
    const dir = searchDir();
    mkdirSync(path.join(dir, 'docs', 'folder'), { recursive: true });
    writeFileSync(path.join(dir, 'docs', 'page.html'), '');
    writeFileSync(path.join(dir, 'docs', 'folder', 'index.html'), '');
    expect(builtFileOf(dir, '/docs/page', '/')).toBe(path.join(dir, 'docs', 'page.html'));
    expect(builtFileOf(dir, '/docs/folder/', '/')).toBe(path.join(dir, 'docs', 'folder', 'index.html'));
    expect(builtFileOf(dir, '/docs/missing', '/')).toBeNull();
  });

  it('writes content-hashed parts and a manifest naming them in order, and removes the previous index', async () => {
    const dir = searchDir();
    const first = await writeIndex(dir, 'search', [await buildIndexFile(RECORDS.slice(0, 3), GLOSSARY_TERMS)]);
    const parts = await corpusParts();
    const second = await writeIndex(dir, 'search', parts);
    expect(second.files.map((file) => path.basename(file))).toEqual([
      expect.stringMatching(/^index\.[0-9a-f]{10}\.json$/),
      expect.stringMatching(/^index\.[0-9a-f]{10}\.json$/),
    ]);
    expect(second.files[0]).not.toBe(second.files[1]);
    expect(existsSync(first.files[0]!)).toBe(false);
    expect(second.bytes).toEqual(parts.map((part) => Buffer.byteLength(JSON.stringify(part))));
    const manifest = JSON.parse(readFileSync(path.join(dir, 'search', 'manifest.json'), 'utf8')) as SearchManifest;
    expect(manifest).toEqual({
      v: INDEX_FORMAT_VERSION,
      language: 'en',
      parts: second.files.map((file, position) => ({
        file: path.basename(file),
        types: parts[position]!.types,
        records: parts[position]!.n,
      })),
    });
    expect(readdirSync(path.join(dir, 'search')).sort()).toEqual(
      [...second.files.map((file) => path.basename(file)), 'manifest.json'].sort(),
    );
    const { engine } = await loadBuiltIndex(dir);
    expect(engine.size).toBe(RECORDS.length);
  });

  it('refuses to publish no part, or parts in different languages', async () => {
    const [first, second] = await corpusParts();
    await expect(writeIndex(searchDir(), 'search', [])).rejects.toThrow('A search index needs at least one part.');
    await expect(writeIndex(searchDir(), 'search', [first!, { ...second!, l: 'fr' }])).rejects.toThrow(
      'The parts of a search index differ in language.',
    );
  });

  it('says to rebuild when the manifest is of an older format', async () => {
    const dir = searchDir();
    mkdirSync(path.join(dir, 'search'));
    writeFileSync(path.join(dir, 'search', 'manifest.json'), JSON.stringify({ v: 3, language: 'en', index: 'x.json' }));
    await expect(loadBuiltIndex(dir)).rejects.toThrow(/is of format 3, not 4: rebuild the site/);
  });

  it('says how to fix a missing build', async () => {
    await expect(loadBuiltIndex(searchDir())).rejects.toThrow(/build the site first/);
  });
});
