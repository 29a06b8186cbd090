// @vitest-environment happy-dom
/**
 * The browser and the service read every paragraph alike, in every language. A reader's quoted
 * passage is cut from `readBlockText` (the browser), and the service refuses a passage that the
 * paragraph's text in the block register does not hold (src/server/quotedPassage.ts): if the two
 * readings of one built page ever differed, real readers' comments would be refused. Both read
 * the same built HTML, so this compares them on every block of every page the register lists.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBlockText } from '../../src/client/comments/anchoring/blockText';
import { BLOCK_REGISTER_FILE, type BlockRegister } from '../../src/shared/blockRegister';
import { BLOCK_SELECTOR } from '../../src/shared/blocks';
import { SITE_LOCALES, DEFAULT_LOCALE } from '../../src/shared/locales';
import { builtFileOf } from '../../src/plugins/search/readBuiltPage';

const BUILD = path.resolve(__dirname, '../../build');

describe.each(SITE_LOCALES.map((locale) => locale.code))('paragraph text in the %s build', (locale) => {
  const outDir = locale === DEFAULT_LOCALE ? BUILD : path.join(BUILD, locale);
  const register = JSON.parse(readFileSync(path.join(outDir, BLOCK_REGISTER_FILE), 'utf8')) as BlockRegister;

  it('is the same for the browser (readBlockText) and the block register, block by block', () => {
    const differences: string[] = [];
    let blocks = 0;
    for (const page of register.pages) {
      const file = builtFileOf(outDir, page.path, '/');
      if (!file) throw new Error(`${page.path} is in the ${locale} register but not in ${outDir}`);
      // Only the content (as the register reads it): the head's stylesheets are not for a DOM without CSS.
      const html = readFileSync(file, 'utf8');
      const main = document.createElement('div');
      main.innerHTML = html.slice(html.indexOf('<main'), html.lastIndexOf('</main>') + '</main>'.length);
      const read = new Map(
        [...main.querySelectorAll(BLOCK_SELECTOR)].map((element) => [
          element.getAttribute('data-pid'),
          readBlockText(element).text,
        ]),
      );
      for (const block of page.blocks) {
        blocks += 1;
        if (read.get(block.id) !== block.text) {
          differences.push(`${page.path}#${block.id}\n  register: ${block.text}\n  browser:  ${read.get(block.id)}`);
        }
      }
    }
    expect(blocks).toBeGreaterThan(300);
    expect(differences).toEqual([]);
  });
});
