/**
 * The block register and the lock of published ids: the register's lookups, the reconciliation
 * rules that keep every published id resolving, the page extraction, and the service's loader.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../helpers/tempDir';
import {
  reconcile,
  parseRedirect,
  serializeLock,
  readLock,
  type BlockLock,
} from '../../../src/plugins/blockRegister/lock';
import { registerPage } from '../../../src/plugins/blockRegister/registerPage';
import { BLOCK_REGISTER_FILE, indexBlockRegister, type RegisteredPage } from '../../../src/shared/blockRegister';
import { loadBlockIndex } from '../../../src/server/blocks';

const page = (path: string, ids: string[]): RegisteredPage => ({
  path,
  title: `Title of ${path}`,
  blocks: ids.map((id) => ({ id, text: `Text ${id}`, headings: [] })),
});
const emptyLock = (): BlockLock => ({ ids: {}, redirects: {}, movedPages: {} });

describe('reconcile (build against lock)', () => {
  it('records every live id in the lock and counts the new ones', () => {
    const result = reconcile([page('/docs/a', ['p-1', 'p-2'])], { ...emptyLock(), ids: { 'p-1': '/docs/a' } });
    expect(result.problems).toEqual([]);
    expect(result.added).toBe(1);
    expect(result.lock.ids).toEqual({ 'p-1': '/docs/a', 'p-2': '/docs/a' });
  });

  it('fails on an id that disappeared without a redirect, saying how to fix it', () => {
    const result = reconcile([page('/docs/a', ['p-2'])], { ...emptyLock(), ids: { 'p-1': '/docs/a' } });
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toContain('"p-1" (last published on /docs/a) is on no page now');
    expect(result.problems[0]).toContain('{#p-1}');
    // The lock keeps the id: removing one is a deliberate edit, never a side effect of a build.
    expect(result.lock.ids['p-1']).toBe('/docs/a');
  });

  it('retires a redirected id to the block (or page) where its content lives now', () => {
    const lock: BlockLock = {
      ids: { 'p-old': '/docs/a', 'p-gone': '/docs/a', 'p-new': '/docs/b' },
      redirects: { 'p-old': '/docs/b#p-new', 'p-gone': '/docs/b' },
      movedPages: {},
    };
    const result = reconcile([page('/docs/a', ['p-a']), page('/docs/b', ['p-new'])], lock);
    expect(result.problems).toEqual([]);
    expect(result.register.retired).toEqual({
      'p-old': { path: '/docs/b', id: 'p-new' },
      'p-gone': { path: '/docs/b', id: null },
    });
  });

  it('refuses redirects to a page or block that the build does not have', () => {
    const lock: BlockLock = {
      ids: { 'p-old': '/docs/a', 'p-older': '/docs/a' },
      redirects: { 'p-old': '/docs/nowhere#p-x', 'p-older': '/docs/a#p-missing' },
      movedPages: {},
    };
    const { problems } = reconcile([page('/docs/a', ['p-a'])], lock);
    expect(problems).toEqual([
      'redirects: "p-old" → "/docs/nowhere#p-x", but no page "/docs/nowhere" was built.',
      'redirects: "p-older" → "/docs/a#p-missing", but "p-missing" is not on /docs/a.',
    ]);
  });

  it('asks for movedPages when a page with published ids is no longer built', () => {
    const lock: BlockLock = { ...emptyLock(), ids: { 'p-1': '/docs/old' } };
    const moved = reconcile([page('/docs/new', ['p-1'])], lock);
    expect(moved.problems).toEqual([
      'The page "/docs/old" is no longer built: add "/docs/old": "/new/path" to "movedPages" in blocks.lock.json.',
    ]);
    const fixed = reconcile([page('/docs/new', ['p-1'])], { ...lock, movedPages: { '/docs/old': '/docs/new' } });
    expect(fixed.problems).toEqual([]);
    expect(fixed.lock.ids['p-1']).toBe('/docs/new');
    expect(fixed.register.movedPages).toEqual({ '/docs/old': '/docs/new' });
  });

  it('parses redirect targets', () => {
    expect(parseRedirect('/docs/b#p-new')).toEqual({ path: '/docs/b', id: 'p-new' });
    expect(parseRedirect('/docs/b/')).toEqual({ path: '/docs/b', id: null });
  });
});

describe('the lock file', () => {
  const tempFile = (text?: string) => {
    const dir = tempDir('fw-lock-');
    const file = path.join(dir, 'blocks.lock.json');
    if (text !== undefined) writeFileSync(file, text);
    return file;
  };

  it('is written with sorted keys, so builds in any order give the same file', async () => {
    const text = serializeLock({ ids: { 'p-b': '/x', 'p-a': '/x' }, redirects: {}, movedPages: {} });
    expect(Object.keys(JSON.parse(text).ids)).toEqual(['p-a', 'p-b']);
    const read = await readLock(tempFile(text));
    expect(read.ids).toEqual({ 'p-a': '/x', 'p-b': '/x' });
    expect(read.text).toBe(text);
  });

  it('is empty when missing and an error naming the file when malformed', async () => {
    expect((await readLock(tempFile())).ids).toEqual({});
    await expect(readLock(tempFile('{"ids": '))).rejects.toThrow(/blocks\.lock\.json is not valid JSON/);
    await expect(readLock(tempFile('{"ids": {"p-1": 3}}'))).rejects.toThrow(/"ids" must be an object of strings/);
  });
});

describe('indexBlockRegister', () => {
  const index = indexBlockRegister({
    version: 1,
    pages: [page('/docs/a', ['p-1', 'p-2']), page('/docs/b', ['p-3'])],
    retired: { 'p-old': { path: '/docs/b', id: 'p-3' }, 'p-page': { path: '/docs/a', id: null } },
    movedPages: { '/docs/old-b': '/docs/b' },
  });

  it('locates live ids, retired ids and pages under their moved paths', () => {
    expect(index.locate('p-2')).toMatchObject({ page: { path: '/docs/a' }, block: { id: 'p-2' }, retired: false });
    expect(index.locate('p-old')).toMatchObject({ page: { path: '/docs/b' }, block: { id: 'p-3' }, retired: true });
    expect(index.locate('p-page')).toMatchObject({ page: { path: '/docs/a' }, block: undefined, retired: true });
    expect(index.locate('p-never')).toBeUndefined();
    expect(index.page('/docs/old-b')?.path).toBe('/docs/b');
    expect(index.page('/docs/a/')?.path).toBe('/docs/a');
  });

  it('says whether an id was published on a page', () => {
    expect(index.isPublished('/docs/a', 'p-1')).toBe(true);
    expect(index.isPublished('/docs/b', 'p-1')).toBe(false);
    expect(index.isPublished('/docs/b', 'p-old')).toBe(true);
    expect(index.isPublished('/docs/old-b', 'p-3')).toBe(true);
    expect(index.isPublished('/docs/nowhere', 'p-1')).toBe(false);
  });

  it('finds nothing under names every object inherits: ids and paths come from addresses', () => {
    for (const name of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
      expect(index.locate(name), name).toBeUndefined();
      expect(index.isPublished('/docs/a', name), name).toBe(false);
      expect(index.page(name), name).toBeUndefined();
    }
  });
});

describe('registerPage (built HTML → register entry)', () => {
  const html = readFileSync(path.resolve(__dirname, '../../fixtures/search/doc-page.html'), 'utf8');

  it('lists the blocks of a built page in document order with their headings and text', () => {
    const entry = registerPage('/docs/example/', html);
    expect(entry?.path).toBe('/docs/example');
    expect(entry?.title.length).toBeGreaterThan(0);
    const ids = entry!.blocks.map((block) => block.id);
    expect(ids).toContain('p-citizens-take-part-1abcdef');
    expect(new Set(ids).size).toBe(ids.length);
    for (const block of entry!.blocks) expect(block.text).not.toMatch(/^\s|\s$/);
  });

  it('skips pages without blocks', () => {
    expect(registerPage('/blog/tags', '<html><body><main><p>No blocks</p></main></body></html>')).toBeNull();
  });
});

describe('loadBlockIndex (service)', () => {
  const site = (register?: unknown) => {
    const dir = tempDir('fw-site-');
    if (register !== undefined) writeFileSync(path.join(dir, BLOCK_REGISTER_FILE), JSON.stringify(register));
    return dir;
  };

  it('is null for a build without a register and an index for one with it', () => {
    expect(loadBlockIndex(site())).toBeNull();
    const index = loadBlockIndex(site({ version: 1, pages: [page('/docs/a', ['p-1'])], retired: {}, movedPages: {} }));
    expect(index?.isPublished('/docs/a', 'p-1')).toBe(true);
  });

  it('refuses a register of another version with a message that says to rebuild', () => {
    expect(() => loadBlockIndex(site({ version: 99, pages: [] }))).toThrow(/rebuild the site/);
  });
});
