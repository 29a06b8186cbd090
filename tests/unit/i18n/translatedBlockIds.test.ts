/**
 * Paragraph ids shared across languages (src/plugins/blockIds/translatedSource.ts): a translated
 * page's blocks carry the ids of its English source's blocks, position by position, and a
 * translation whose block structure differs fails with a message naming both files.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkDirective from 'remark-directive';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../helpers/tempDir';
import remarkBlockIds from '../../../src/plugins/blockIds';
import { stripDirectiveLabels, translatedDocOf, withoutMdxEsm } from '../../../src/plugins/blockIds/translatedSource';
import { docIdFromSource } from '../../../src/shared/contentProblems';
import { blockIds } from '../../helpers/markdown';

const english = [
  '# Definition',
  '',
  'Citizen data are data that people produce to monitor their own lives.',
  '',
  '- First item about the value chain.',
  '- Second item with a pinned id. {#definition-pinned}',
  '',
  '## What we do not know',
  '',
  '- Whether the official text uses this wording.',
  '',
].join('\n');

const french = [
  '# Définition',
  '',
  'Les données citoyennes sont des données que les personnes produisent pour suivre leur propre vie.',
  '',
  '- Premier élément sur la chaîne de valeur.',
  '- Deuxième élément, identifiant épinglé.',
  '',
  '## Ce que nous ne savons pas',
  '',
  '- Si le texte officiel emploie cette formulation.',
  '',
].join('\n');

const siteDir = tempDir('fw-i18n-');
const englishFile = path.join(siteDir, 'docs', 'definition', 'index.md');
const frenchFile = path.join(
  siteDir,
  'i18n',
  'fr',
  'docusaurus-plugin-content-docs',
  'current',
  'definition',
  'index.md',
);
mkdirSync(path.dirname(englishFile), { recursive: true });
mkdirSync(path.dirname(frenchFile), { recursive: true });
writeFileSync(englishFile, `---\nid: index\ntitle: Definition\n---\n${english}`);
writeFileSync(
  path.join(siteDir, 'i18n', 'fr', 'code.json'),
  JSON.stringify({
    'fw.block.comments': { message: 'Commentaires sur ce paragraphe' },
    'fw.block.permalink': { message: 'Copier le lien vers ce paragraphe' },
  }),
);

function render(markdown: string, filePath: string, locale = 'fr'): string {
  return String(
    unified()
      .use(remarkParse)
      .use(remarkGfm)
      .use(remarkDirective)
      // As Docusaurus's admonitions plugin does before ours: an admonition's title is not a block.
      .use(() => stripDirectiveLabels)
      .use(remarkBlockIds, { locale, siteDir })
      .use(remarkRehype)
      .use(rehypeStringify)
      .processSync(new VFile({ path: filePath, value: markdown })),
  );
}

const idsOf = (html: string) =>
  [...html.matchAll(/<(?:p|li|blockquote|div) id="([^"]+)" class="fw-block/g)].map((m) => m[1]!);

describe('translated pages carry their English blocks’ ids', () => {
  it('finds the English source of a translated docs file', () => {
    expect(translatedDocOf(frenchFile)).toEqual({
      siteDir,
      locale: 'fr',
      docPath: 'definition/index.md',
      sourceFile: englishFile,
    });
    expect(translatedDocOf(englishFile)).toBeNull();
    // The content model knows a translation by its English page's doc id.
    expect(docIdFromSource('i18n/fr/docusaurus-plugin-content-docs/current/definition/index.md')).toBe(
      'definition/index',
    );
    expect(docIdFromSource('docs/definition/index.md')).toBe('definition/index');
  });

  it('gives each translated block the id of the English block at its position', () => {
    const englishIds = blockIds(english);
    expect(englishIds).toHaveLength(4);
    expect(englishIds[2]).toBe('definition-pinned');
    expect(idsOf(render(french, frenchFile))).toEqual(englishIds);
    // Without alignment the French text would name its paragraphs differently.
    expect(blockIds(french)[0]).not.toBe(englishIds[0]);
  });

  it('takes the controls from the English block (the gap rule reads English headings)', () => {
    const html = render(french, frenchFile);
    const gapItem = /<li id="([^"]+)"[^>]*>Si le texte officiel.*?<\/li>/s.exec(html)?.[0] ?? '';
    expect(gapItem).toContain('fw-permalink');
    expect(gapItem).not.toContain('fw-comment-button');
  });

  it('writes the control labels in the locale being built, from its code.json', () => {
    const html = render(french, frenchFile);
    expect(html).toContain('aria-label="Commentaires sur ce paragraphe"');
    expect(html).toContain('aria-label="Copier le lien vers ce paragraphe"');
    expect(html).not.toContain('Comments on this paragraph');
  });

  it('fails naming both files and the first differing block when the structure differs', () => {
    const merged = french.replace('- Premier élément sur la chaîne de valeur.\n', '');
    expect(() => render(merged, frenchFile)).toThrow(
      /i18n\/fr\/docusaurus-plugin-content-docs\/current\/definition\/index\.md does not match the blocks of its English source docs\/definition\/index\.md: it has 3 blocks and the English page 4/,
    );
    const asParagraph = french.replace('- Premier élément', 'Premier élément');
    expect(() => render(asParagraph, frenchFile)).toThrow(/block 2 is a paragraph here .* but a list item in English/);
  });

  it('aligns an .mdx page, whose import lines are code and not blocks', () => {
    const englishMdx = path.join(siteDir, 'docs', 'background', 'glossary.mdx');
    const frenchMdx = path.join(
      siteDir,
      'i18n',
      'fr',
      'docusaurus-plugin-content-docs',
      'current',
      'background',
      'glossary.mdx',
    );
    mkdirSync(path.dirname(englishMdx), { recursive: true });
    mkdirSync(path.dirname(frenchMdx), { recursive: true });
    const importLine = "import GlossaryTerms from '@site/src/components/GlossaryTerms';";
    writeFileSync(englishMdx, `---\nid: glossary\n---\n\n${importLine}\n\nThe definitions below are our own words.\n`);
    expect(withoutMdxEsm(`${importLine}\n\nText.\n`)).toBe('\n\nText.\n');
    // The translation as MDX hands it over: the import already taken out.
    const ids = idsOf(render('Les définitions ci-dessous sont nos propres mots.\n', frenchMdx));
    expect(ids).toEqual(blockIds('The definitions below are our own words.\n'));
    expect(ids).toHaveLength(1);
  });

  it('fails when a translation pins an id the English block does not have', () => {
    const pinned = french.replace('Deuxième élément, identifiant épinglé.', 'Deuxième élément. {#autre-id}');
    expect(() => render(pinned, frenchFile)).toThrow(
      /pins id “autre-id” but the English block has “definition-pinned”/,
    );
  });

  it('fails clearly when a translation has no English source', () => {
    const orphan = frenchFile.replace('index.md', 'orphan.md');
    expect(() => render(french, orphan)).toThrow(/has no English source at .*docs\/definition\/orphan\.md/);
  });
});

/** Every translation in the repository aligns with its English source (the build would fail otherwise). */
describe('the repository’s translations', () => {
  const root = path.resolve('.');
  const translated = (function* walk(dir: string): Generator<string> {
    if (!existsSync(dir)) return;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) yield* walk(full);
      else if (/\.mdx?$/.test(entry.name)) yield full;
    }
  })(path.join(root, 'i18n'));
  const files = [...translated].filter((file) => file.includes(`${path.sep}docusaurus-plugin-content-docs${path.sep}`));

  it.each(files.map((file) => [path.relative(root, file), file]))('%s keeps the English ids', (_name, file) => {
    const doc = translatedDocOf(file)!;
    // As MDX reads an .mdx page: its import lines are code, not blocks.
    const read = (f: string) => {
      const text = readFileSync(f, 'utf8').replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, '');
      return f.endsWith('.mdx') ? withoutMdxEsm(text) : text;
    };
    const body = read(file);
    const englishBody = read(doc.sourceFile);
    const ids = idsOf(render(body, file, doc.locale));
    expect(ids).toEqual(idsOf(render(englishBody, doc.sourceFile, 'en')));
    expect(ids.length).toBeGreaterThan(0);
  });

  // Heading anchors are shared too (`/fr/docs/x#confidence`): a translated heading pins its id,
  // the English one's explicit id where it has one (the build's broken-anchor check covers the rest).
  it.each(files.map((file) => [path.relative(root, file), file]))(
    '%s pins its headings’ English ids',
    (_name, file) => {
      const headings = (text: string) =>
        [...text.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, '').matchAll(/^#{2,6} .*?(?:\{#([\w-]+)\})?\s*$/gm)].map(
          (m) => m[1] ?? null,
        );
      const translatedHeadings = headings(readFileSync(file, 'utf8'));
      const englishHeadings = headings(readFileSync(translatedDocOf(file)!.sourceFile, 'utf8'));
      expect(translatedHeadings).toHaveLength(englishHeadings.length);
      expect(translatedHeadings.filter((id) => id === null)).toEqual([]);
      englishHeadings.forEach((id, i) => {
        if (id) expect(translatedHeadings[i]).toBe(id);
      });
    },
  );
});
