/**
 * Loads the block register the build wrote (`<siteDir>/block-register.json`) and exposes it to
 * route handlers as `app.blocks`: which pages and paragraph ids exist (live or retired), with page
 * titles, section headings and paragraph text for moderators, exports and short links. Each
 * translation's register (`<siteDir>/<locale>/block-register.json`) is `app.blocksIn(locale)`: the
 * text its readers quote from.
 *
 * `null` when the site directory has no register (a site built before the register existed, or a
 * test without one): handlers then skip the checks that need it rather than refusing everything.
 * A register that exists but cannot be read is an error at start-up, never a silent null.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import {
  BLOCK_REGISTER_FILE,
  BLOCK_REGISTER_VERSION,
  indexBlockRegister,
  type BlockIndex,
  type BlockRegister,
} from '../shared/blockRegister';
import { DEFAULT_LOCALE, PREFIXED_LOCALES } from '../shared/locales';

declare module 'fastify' {
  interface FastifyInstance {
    /** The published blocks of the served build, or null when the build has no register. */
    blocks: BlockIndex | null;
    /**
     * The blocks as published in one language (`fr` reads `<siteDir>/fr/block-register.json`):
     * the same pages and ids as `blocks`, with the text a reader of that language sees. The
     * default locale's is `blocks`; null for a language the build did not publish.
     */
    blocksIn(locale: string): BlockIndex | null;
  }
}

/** @throws Error naming the file when it exists but is not a register this service understands */
export function loadBlockIndex(siteDir: string): BlockIndex | null {
  const file = path.join(siteDir, BLOCK_REGISTER_FILE);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  const register = JSON.parse(text) as BlockRegister;
  if (register.version !== BLOCK_REGISTER_VERSION || !Array.isArray(register.pages)) {
    throw new Error(
      `${file} is not a version-${BLOCK_REGISTER_VERSION} block register: rebuild the site (npm run build).`,
    );
  }
  return indexBlockRegister(register);
}

export function decorateBlocks(app: FastifyInstance, siteDir: string): void {
  app.decorate('blocks', loadBlockIndex(siteDir));
  // Each locale is a build of its own, written under its prefix (Docusaurus i18n).
  const translated = new Map(PREFIXED_LOCALES.map((locale) => [locale, loadBlockIndex(path.join(siteDir, locale))]));
  app.decorate('blocksIn', (locale: string) =>
    locale === DEFAULT_LOCALE ? app.blocks : (translated.get(locale) ?? null),
  );
}
