/**
 * Docusaurus plugin: writes the block register (`build/block-register.json`) after each build and
 * keeps the committed lock of every paragraph id ever published (`blocks.lock.json`).
 *
 * Why a lock: slides, handouts and stored comments carry paragraph ids for years. An id that
 * disappears (a paragraph reworded without pinning its id, a block removed) silently breaks them,
 * so the build fails until the id is pinned again or redirected to where its content lives now.
 * New ids are added to the lock by the build itself; removing one is always a deliberate edit.
 *
 * Lifecycle: postBuild, from the rendered HTML, so the register holds exactly the `data-pid`s that
 * readers can reach (glossary terms and timeline events included), read with the same extraction
 * contract as the search index.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import logger from '@docusaurus/logger';
import type { LoadContext, Plugin } from '@docusaurus/types';
import { BLOCK_REGISTER_FILE } from '../../shared/blockRegister';
import { writeFileAtomically } from './files';
import { readLock, reconcile, serializeLock } from './lock';
import { registerPage } from './registerPage';
import { builtFileOf } from '../search/readBuiltPage';

export const LOCK_FILE = 'blocks.lock.json';

export default function blockRegisterPlugin(context: LoadContext): Plugin<void> {
  const lockPath = path.join(context.siteDir, LOCK_FILE);
  return {
    name: 'fw-block-register',

    async postBuild({ outDir, routesPaths }) {
      const { baseUrl } = context.siteConfig;
      const pages = [];
      for (const routePath of [...new Set(routesPaths)].sort()) {
        const file = builtFileOf(outDir, routePath, baseUrl);
        if (!file || path.basename(file) === '404.html') continue;
        const routeWithoutBase = `/${routePath.slice(baseUrl.length)}`;
        const page = registerPage(routeWithoutBase, await readFile(file, 'utf8'));
        if (page) pages.push(page);
      }
      const lock = await readLock(lockPath);
      const { register, lock: nextLock, problems, added } = reconcile(pages, lock);
      if (problems.length > 0) {
        throw new Error(
          `${problems.length} published paragraph id(s) would stop resolving (see ${LOCK_FILE}):\n` +
            problems.map((problem) => `- ${problem}`).join('\n'),
        );
      }
      await writeFileAtomically(path.join(outDir, BLOCK_REGISTER_FILE), JSON.stringify(register));
      const serialized = serializeLock(nextLock);
      if (serialized !== (lock.text ?? '')) await writeFileAtomically(lockPath, serialized);
      const blocks = pages.reduce((sum, page) => sum + page.blocks.length, 0);
      logger.info(
        `Block register: ${blocks} blocks on ${pages.length} pages, ${Object.keys(register.retired).length} retired ids` +
          (added > 0 ? `; ${added} new id(s) added to ${LOCK_FILE}.` : '.'),
      );
    },
  };
}
