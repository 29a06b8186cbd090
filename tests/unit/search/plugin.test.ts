/**
 * The plugin's Node steps: which pages are indexed (types, provenance, trailing slashes, blog,
 * exclusions), where a built page is found, and how an index is published (content-hashed file,
 * manifest, stale files removed).
 */
import { existsSync, mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { AllContent } from '@docusaurus/types';
import { collectPages } from '../../../src/plugins/search/collectPages';
import { DEFAULT_OPTIONS } from '../../../src/plugins/search/options';
import { builtFileOf } from '../../../src/plugins/search/readBuiltPage';
import { writeIndex } from '../../../src/plugins/search/write';
import { loadBuiltIndex } from '../../../src/plugins/search/loadBuiltIndex';
import { buildIndexFile } from '../../../src/shared/search/indexFile';
import type { SearchManifest } from '../../../src/shared/search/record';
import { GLOSSARY_TERMS, RECORDS } from './corpus';

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
  const dirs: string[] = [];
  const tempDir = (): string => {
    const dir = mkdtempSync(path.join(tmpdir(), 'fw-search-'));
    dirs.push(dir);
    return dir;
  };
  afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  it('finds a route’s built file with or without a trailing slash', () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, 'docs', 'folder'), { recursive: true });
    writeFileSync(path.join(dir, 'docs', 'page.html'), '');
    writeFileSync(path.join(dir, 'docs', 'folder', 'index.html'), '');
    expect(builtFileOf(dir, '/docs/page', '/')).toBe(path.join(dir, 'docs', 'page.html'));
    expect(builtFileOf(dir, '/docs/folder/', '/')).toBe(path.join(dir, 'docs', 'folder', 'index.html'));
    expect(builtFileOf(dir, '/docs/missing', '/')).toBeNull();
  });

  it('writes a content-hashed index and a manifest naming it, and removes the previous index', async () => {
    const dir = tempDir();
    const first = await writeIndex(dir, 'search', await buildIndexFile(RECORDS.slice(0, 3), GLOSSARY_TERMS));
    const second = await writeIndex(dir, 'search', await buildIndexFile(RECORDS, GLOSSARY_TERMS));
    expect(path.basename(second.file)).toMatch(/^index\.[0-9a-f]{10}\.json$/);
    expect(second.file).not.toBe(first.file);
    expect(existsSync(first.file)).toBe(false);
    const manifest = JSON.parse(readFileSync(path.join(dir, 'search', 'manifest.json'), 'utf8')) as SearchManifest;
    expect(manifest.index).toBe(path.basename(second.file));
    expect(readdirSync(path.join(dir, 'search')).sort()).toEqual([path.basename(second.file), 'manifest.json'].sort());
    const { engine } = await loadBuiltIndex(dir);
    expect(engine.size).toBe(RECORDS.length);
  });

  it('says how to fix a missing build', async () => {
    await expect(loadBuiltIndex(tempDir())).rejects.toThrow(/build the site first/);
  });
});
