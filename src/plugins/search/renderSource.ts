/**
 * Development only: renders a Markdown source to the same block markup the site build writes
 * (the same remark plugin), so the development index goes through the same extraction contract
 * as the built one and its paragraph anchors are the same block ids.
 *
 * Admonitions (`:::note[Title]`) are parsed as Docusaurus parses them: transparent containers
 * whose title is not a block. MDX features (imports, JSX) are not rendered here: their text is
 * skipped. The glossary's terms, which a component renders, are rendered from its data instead,
 * with the component's markup.
 */
import type { Element, ElementContent, Root } from 'hast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import remarkDirective from 'remark-directive';
import type { Root as MdastRoot } from 'mdast';
import { admonitionTitleToDirectiveLabel } from '@docusaurus/utils';
import { unified } from 'unified';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { createSlugger } from '@docusaurus/utils';
import { visit } from 'unist-util-visit';
import remarkBlockIds from '../blockIds';
import { GLOSSARY } from '../../data/glossary';
import { BLOCK } from '../../shared/blocks';
import { glossaryAnchor, glossaryPageEntries } from '../../shared/glossary';
import { DEFAULT_LOCALE } from '../../shared/locales';

const FRONT_MATTER = /^---\r?\n[\s\S]*?\r?\n---\r?\n/;
const MDX_ONLY_LINE = /^(?:import|export)\s.*$/gm;
const HEADING_ID = /\s*\{#([\w-]+)\}\s*$/;
/** Docusaurus's admonition keywords (theme-classic defaults). */
const ADMONITIONS = ['secondary', 'info', 'success', 'danger', 'note', 'tip', 'warning', 'important', 'caution'];

/** Docusaurus turns an admonition's title into an attribute before the block-id plugin runs. */
function remarkAdmonitionTitles() {
  return (tree: MdastRoot): void => {
    visit(tree, 'containerDirective', (node) => {
      node.children = node.children.filter(
        (child) => !(child.type === 'paragraph' && child.data && 'directiveLabel' in child.data),
      );
    });
  };
}

/** Gives headings the ids Docusaurus gives them: `{#explicit-id}`, else a GitHub-style slug. */
function addHeadingIds(tree: Root): void {
  const slugger = createSlugger();
  visit(tree, 'element', (node: Element) => {
    if (!/^h[2-6]$/.test(node.tagName)) return;
    const last = node.children.at(-1);
    const explicit = last?.type === 'text' ? HEADING_ID.exec(last.value) : null;
    if (explicit && last?.type === 'text') last.value = last.value.slice(0, explicit.index);
    const text = node.children.map((child) => ('value' in child ? child.value : '')).join('');
    node.properties.id = explicit?.[1] ?? slugger.slug(text);
  });
}

/** @returns the rendered body of a Markdown (or simple MDX) source */
export async function renderMarkdown(source: string, filePath: string): Promise<Root> {
  const markdown = admonitionTitleToDirectiveLabel(
    source.replace(FRONT_MATTER, '').replace(MDX_ONLY_LINE, ''),
    ADMONITIONS,
  );
  const processor = unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkDirective)
    .use(remarkAdmonitionTitles)
    .use(remarkBlockIds)
    .use(remarkRehype);
  const tree = (await processor.run(processor.parse({ value: markdown, path: filePath }), {
    value: markdown,
    path: filePath,
  })) as Root;
  addHeadingIds(tree);
  // Through HTML and back, as the build's pages are: attributes get their parsed names (data-pid
  // becomes the property dataPid that selectors match), so the extraction sees identical trees.
  return fromHtml(toHtml(tree), { fragment: true });
}

function text(value: string): ElementContent {
  return { type: 'text', value };
}

/** @returns the English glossary page body as the GlossaryTerms component renders it */
export function renderGlossary(): Root {
  const children: Element[] = glossaryPageEntries(GLOSSARY, DEFAULT_LOCALE).flatMap((entry) => {
    const anchor = glossaryAnchor(entry.id);
    const acronyms = entry.acronyms.length > 0 ? ` (${entry.acronyms.join(', ')})` : '';
    const heading: Element = {
      type: 'element',
      tagName: 'h2',
      properties: { id: `${anchor}-heading` },
      children: [text(`${entry.term}${acronyms}`)],
    };
    const block: Element = {
      type: 'element',
      tagName: 'p',
      properties: {
        id: anchor,
        className: [BLOCK.className],
        [BLOCK.idAttribute]: anchor,
        [BLOCK.provenanceAttribute]: entry.provenance,
      },
      children: [text(entry.definition)],
    };
    return [heading, block];
  });
  return fromHtml(toHtml({ type: 'root', children }), { fragment: true });
}
