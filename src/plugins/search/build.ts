/**
 * Turns extracted paragraphs into records and the published index file: numbering, URLs, the
 * page/block provenance rule, and the glossary terms the query side uses as synonyms.
 */
import { GLOSSARY } from '../../data/glossary';
import { GLOSSARY_PATH, glossaryAnchor } from '../../shared/glossary';
import { buildIndexFile } from '../../shared/search/indexFile';
import type { SearchGlossaryTerm, SearchIndexFile, SearchRecord } from '../../shared/search/record';
import type { IndexedPage } from './collectPages';
import type { ExtractedParagraph } from './extract';

export interface ExtractedPage {
  page: IndexedPage;
  paragraphs: ExtractedParagraph[];
}

/** @returns the records of all pages, numbered in page order then document order */
export function toRecords(pages: readonly ExtractedPage[]): SearchRecord[] {
  const records: SearchRecord[] = [];
  for (const { page, paragraphs } of pages) {
    for (const paragraph of paragraphs) {
      records.push({
        id: records.length,
        u: paragraph.anchor ? `${page.path}#${paragraph.anchor}` : page.path,
        t: page.title,
        h: paragraph.path,
        k: page.type,
        p: paragraph.provenance ?? page.provenance,
        x: paragraph.text,
      });
    }
  }
  return records;
}

/** The glossary as search needs it, from `src/data/glossary.ts`. */
export function glossaryTerms(baseUrl: string): SearchGlossaryTerm[] {
  const path = `${baseUrl.replace(/\/$/, '')}${GLOSSARY_PATH}`;
  return GLOSSARY.map((entry) => ({
    term: entry.term,
    forms: [...(entry.acronyms ?? []), ...(entry.aliases ?? [])],
    url: `${path}#${glossaryAnchor(entry.id)}`,
  }));
}

export function buildIndex(pages: readonly ExtractedPage[], baseUrl: string): Promise<SearchIndexFile> {
  return buildIndexFile(toRecords(pages), glossaryTerms(baseUrl));
}
