/**
 * Runs the extraction contract over every indexed page: from the built HTML after a build, or
 * from the Markdown sources under `docusaurus start`.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { GLOSSARY_PATH } from '../../shared/glossary';
import type { ExtractedPage } from './build';
import type { IndexedPage } from './collectPages';
import { extractParagraphs } from './extract';
import { builtFileOf, readBuiltContent } from './readBuiltPage';
import { renderGlossary, renderMarkdown } from './renderSource';

/** Pages without a built file or without content are skipped: they have nothing to search. */
export async function extractBuiltPages(
  outDir: string,
  pages: readonly IndexedPage[],
  contentSelector: string,
  baseUrl: string,
): Promise<ExtractedPage[]> {
  const extracted: ExtractedPage[] = [];
  for (const page of pages) {
    const file = builtFileOf(outDir, page.path, baseUrl);
    const content = file ? await readBuiltContent(file, contentSelector) : null;
    if (content) extracted.push({ page, paragraphs: extractParagraphs(content) });
  }
  return extracted;
}

export async function extractSourcePages(
  siteDir: string,
  pages: readonly IndexedPage[],
  baseUrl: string,
): Promise<ExtractedPage[]> {
  const glossaryPath = `${baseUrl.replace(/\/$/, '')}${GLOSSARY_PATH}`;
  return Promise.all(
    pages.map(async (page) => {
      const file = path.join(siteDir, page.source);
      const paragraphs = extractParagraphs(await renderMarkdown(await readFile(file, 'utf8'), file));
      // The glossary page's terms come from a component: render them from its data.
      if (page.path === glossaryPath) paragraphs.push(...extractParagraphs(renderGlossary()));
      return { page, paragraphs };
    }),
  );
}
