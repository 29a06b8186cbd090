/**
 * Paragraph ids shared across languages. A translated docs page
 * (`i18n/<locale>/docusaurus-plugin-content-docs/current/<path>`) takes its blocks' ids from its
 * English source (`docs/<path>`), block by block in document order, instead of deriving them from
 * its own text: ids come from text (src/shared/paragraphId.ts), so a French paragraph would
 * otherwise get an id of its own, and a permalink, a comment thread or a search hit would name
 * different paragraphs in different languages.
 *
 * A translation therefore keeps the English page's blocks one for one (paragraphs, list items,
 * quotes, tables, in the same order and nesting); when it does not, the build fails and says where
 * the two first differ. Which controls a block gets and its provenance marker come from the English
 * block too, since the rules that decide them read English headings and English markers.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { List, Parent, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { toString } from 'mdast-util-to-string';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { GAP_HEADING, type BlockControls } from '../../shared/blocks';
import type { BlockMarker } from '../../shared/paragraphId';
import { assignIds, type IdentifiedBlock } from './assignIds';
import { collectBlocks, type FoundBlock } from './collectBlocks';
import { blockControls } from './decorateBlock';

/** Where Docusaurus reads a locale's translated docs from, relative to the site folder. */
const TRANSLATED_DOC = /^(.*?)[\\/]i18n[\\/]([^\\/]+)[\\/]docusaurus-plugin-content-docs[\\/]current[\\/](.+)$/;

export interface TranslatedDoc {
  siteDir: string;
  locale: string;
  /** Path inside the docs folder, `/` separated: `definition/index.md`. */
  docPath: string;
  /** Absolute path of the English source file. */
  sourceFile: string;
}

/** The English source of a translated docs file, or null when `filePath` is not one. */
export function translatedDocOf(filePath: string): TranslatedDoc | null {
  const match = TRANSLATED_DOC.exec(filePath);
  if (!match) return null;
  const [, siteDir, locale, docPath] = match as unknown as [string, string, string, string];
  return {
    siteDir,
    locale,
    docPath: docPath.split(path.sep).join('/'),
    sourceFile: path.join(siteDir, 'docs', docPath),
  };
}

/** Lists that sit in a "What we do not know" section (top-level, until the next heading of its level or above). */
export function gapLists(tree: Root): Set<List> {
  const lists = new Set<List>();
  let gapDepth: number | null = null;
  for (const node of tree.children) {
    if (node.type === 'heading') {
      if (gapDepth !== null && node.depth <= gapDepth) gapDepth = null;
      if (GAP_HEADING.test(toString(node))) gapDepth = node.depth;
    } else if (node.type === 'list' && gapDepth !== null) lists.add(node);
  }
  return lists;
}

export interface PlannedBlock extends IdentifiedBlock {
  controls: BlockControls;
}

/** The blocks of an English page with their ids and controls: what the remark plugin decorates. */
export function planBlocks(tree: Root, filePath: string): PlannedBlock[] {
  const gaps = gapLists(tree);
  return assignIds(collectBlocks(tree), filePath).map((block) => ({
    ...block,
    controls: blockControls(block, gaps.has(block.parent as List)),
  }));
}

const FRONT_MATTER = /^---\r?\n[\s\S]*?\r?\n---\r?\n/;

/**
 * Removes the label paragraph of each container directive (`:::info[Title]`): Docusaurus's
 * admonitions plugin turns it into the admonition's title before this project's plugins run, so
 * it is not a block of the page.
 */
export function stripDirectiveLabels(tree: Root): Root {
  visit(tree, 'containerDirective', (node: Parent) => {
    node.children = node.children.filter(
      (child) => !(child.data as { directiveLabel?: boolean } | undefined)?.directiveLabel,
    );
  });
  return tree;
}

/** An MDX file's top-level `import … from '…'` / `export …` statement lines (ESM, not text). */
const MDX_ESM = /^(?:import\s[^\n]*\sfrom\s+['"][^'"\n]+['"];?|import\s+['"][^'"\n]+['"];?|export\s[^\n]*)[ \t]*$/gm;

/** `markdown` without its MDX import and export lines. */
export function withoutMdxEsm(markdown: string): string {
  return markdown.replace(MDX_ESM, '');
}

/**
 * Parses Markdown into the tree this project's remark plugins see for a `.md` docs page: CommonMark,
 * GFM, directives for admonitions, with the admonitions' titles taken out as Docusaurus does. For
 * an `.mdx` source (`mdx: true`), its import and export lines are left out: MDX reads them as
 * code, so they are no block of the page (a plain Markdown parser would make each a paragraph).
 */
export function parseMarkdown(markdown: string, { mdx = false }: { mdx?: boolean } = {}): Root {
  const body = mdx ? withoutMdxEsm(markdown.replace(FRONT_MATTER, '')) : markdown.replace(FRONT_MATTER, '');
  return stripDirectiveLabels(unified().use(remarkParse).use(remarkGfm).use(remarkDirective).parse(body));
}

const KIND: Record<FoundBlock['node']['type'], string> = {
  paragraph: 'a paragraph',
  listItem: 'a list item',
  blockquote: 'a quote',
  table: 'a table',
};

function excerpt(block: FoundBlock): string {
  const text = block.text.replace(/\s+/g, ' ').trim();
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/**
 * Gives the blocks of a translated page the ids, markers and controls of the English page's
 * blocks at the same positions.
 *
 * @param translated - the translated page's blocks, in document order (collectBlocks)
 * @param english - the English source's planned blocks (planBlocks)
 * @throws Error naming both files and the first position where the block structures differ, or
 *   a translated block whose own `{#id}` marker differs from the English id
 */
export function alignBlocks(
  translated: FoundBlock[],
  english: PlannedBlock[],
  files: { translation: string; source: string },
): PlannedBlock[] {
  const fail = (detail: string): never => {
    throw new Error(
      `Translated page ${files.translation} does not match the blocks of its English source ${files.source}: ${detail} ` +
        'A translation keeps the English page’s paragraphs, list items, quotes and tables one for one, in the same order, ' +
        'so that each carries its English paragraph id (permalinks and comments are shared across languages).',
    );
  };
  const count = Math.min(translated.length, english.length);
  for (let i = 0; i < count; i++) {
    const here = translated[i]!;
    const there = english[i]!;
    if (here.node.type !== there.node.type) {
      fail(
        `block ${i + 1} is ${KIND[here.node.type]} here (line ${here.line ?? '?'}: “${excerpt(here)}”) ` +
          `but ${KIND[there.node.type]} in English (line ${there.line ?? '?'}: “${excerpt(there)}”).`,
      );
    }
    if (here.marker?.id && here.marker.id !== there.id) {
      fail(
        `block ${i + 1} (line ${here.line ?? '?'}) pins id “${here.marker.id}” but the English block has “${there.id}”.`,
      );
    }
  }
  if (translated.length !== english.length) {
    const extra = translated.length > english.length ? translated[count] : english[count];
    fail(
      `it has ${translated.length} blocks and the English page ${english.length}; the first unmatched one is ` +
        `${translated.length > english.length ? 'here' : 'in English'} at line ${extra?.line ?? '?'} (“${extra ? excerpt(extra) : ''}”).`,
    );
  }
  return translated.map((block, i) => {
    const source = english[i]!;
    const marker: BlockMarker | null = source.marker;
    return { ...block, id: source.id, marker, controls: source.controls };
  });
}

/** The translated page's blocks with English ids: reads and parses the English source file. */
export function planTranslatedBlocks(tree: Root, doc: TranslatedDoc, translationFile: string): PlannedBlock[] {
  let markdown: string;
  try {
    markdown = readFileSync(doc.sourceFile, 'utf8');
  } catch {
    throw new Error(
      `Translated page ${translationFile} has no English source at ${doc.sourceFile}: a translation must mirror a page under docs/.`,
    );
  }
  const english = planBlocks(parseMarkdown(markdown, { mdx: doc.sourceFile.endsWith('.mdx') }), doc.sourceFile);
  return alignBlocks(collectBlocks(tree), english, {
    translation: path.relative(doc.siteDir, translationFile),
    source: path.relative(doc.siteDir, doc.sourceFile),
  });
}
