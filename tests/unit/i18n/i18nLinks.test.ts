/**
 * Relative links between docs pages on a translated site (src/plugins/i18nLinks): each points at
 * the file that locale builds the target from, the translation when there is one, else the
 * English page; the English build is left alone.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Link, Root } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../helpers/tempDir';
import remarkI18nLinks from '../../../src/plugins/i18nLinks';

const siteDir = tempDir('fw-i18n-links-');
const translated = path.join(siteDir, 'i18n', 'fr', 'docusaurus-plugin-content-docs', 'current');
for (const file of ['docs/definition/index.md', 'docs/definition/examples.md', 'docs/background/index.md']) {
  mkdirSync(path.dirname(path.join(siteDir, file)), { recursive: true });
  writeFileSync(path.join(siteDir, file), '# Page\n');
}
mkdirSync(path.join(translated, 'definition'), { recursive: true });
writeFileSync(path.join(translated, 'definition', 'index.md'), '# Page\n');

function linksOf(markdown: string, file: string, locale: string): string[] {
  const processor = unified().use(remarkParse).use(remarkI18nLinks, { locale, siteDir });
  const tree = processor.runSync(processor.parse(markdown), new VFile({ path: file, value: markdown })) as Root;
  const urls: string[] = [];
  visit(tree, 'link', (node: Link) => void urls.push(node.url));
  return urls;
}

const markdown =
  '[a](../definition/index.md#definition-in-brief) [b](./examples.md) [c](https://example.org/x.md) [d](/docs/roadmap)';

describe('links between translated and untranslated pages', () => {
  it('points an untranslated page’s link at the translation of its target', () => {
    expect(
      linksOf('[a](../definition/index.md#definition-in-brief)', path.join(siteDir, 'docs/background/index.md'), 'fr'),
    ).toEqual(['@site/i18n/fr/docusaurus-plugin-content-docs/current/definition/index.md#definition-in-brief']);
  });

  it('points a translated page’s link at the English file of a page not yet translated', () => {
    expect(linksOf(markdown, path.join(translated, 'definition/index.md'), 'fr')).toEqual([
      '@site/i18n/fr/docusaurus-plugin-content-docs/current/definition/index.md#definition-in-brief',
      '@site/docs/definition/examples.md',
      'https://example.org/x.md',
      '/docs/roadmap',
    ]);
  });

  it('leaves the English build and other locales’ missing translations alone', () => {
    const file = path.join(siteDir, 'docs/definition/examples.md');
    expect(linksOf(markdown, file, 'en')).toEqual([
      '../definition/index.md#definition-in-brief',
      './examples.md',
      'https://example.org/x.md',
      '/docs/roadmap',
    ]);
    expect(linksOf('[a](./index.md)', file, 'es')).toEqual(['@site/docs/definition/index.md']);
  });
});
