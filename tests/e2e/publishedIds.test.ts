/**
 * Every paragraph id the site ever published (blocks.lock.json) resolves in the built register:
 * live on its page, or retired to where its content lives now. The build enforces this too; the
 * test keeps the promise visible and catches a lock edited by hand.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BLOCK_REGISTER_FILE, indexBlockRegister, type BlockRegister } from '../../src/shared/blockRegister';

const ROOT = path.resolve(__dirname, '../..');

describe('published paragraph ids', () => {
  const register = JSON.parse(readFileSync(path.join(ROOT, 'build', BLOCK_REGISTER_FILE), 'utf8')) as BlockRegister;
  const lock = JSON.parse(readFileSync(path.join(ROOT, 'blocks.lock.json'), 'utf8')) as { ids: Record<string, string> };
  const index = indexBlockRegister(register);

  it('are all still resolvable', () => {
    const ids = Object.keys(lock.ids);
    expect(ids.length).toBeGreaterThan(250);
    const unresolved = ids.filter((id) => !index.locate(id));
    expect(unresolved).toEqual([]);
  });

  it('are unique across the site, so a short link names one paragraph', () => {
    const seen = new Map<string, string>();
    const clashes: string[] = [];
    for (const page of register.pages) {
      for (const block of page.blocks) {
        const other = seen.get(block.id);
        if (other && other !== page.path) clashes.push(`${block.id}: ${other} and ${page.path}`);
        seen.set(block.id, page.path);
      }
    }
    expect(clashes).toEqual([]);
  });
});
