/**
 * Validates the site's real content entry by entry, so a contributor sees exactly which page,
 * term or source to fix and how.
 */
import { describe, expect, it } from 'vitest';
import { GLOSSARY } from '../../../src/data/glossary';
import { SOURCES } from '../../../src/data/sources';
import { contentProblems } from '../../../src/shared/contentProblems';
import { readDocsPages } from '../../helpers/content';

const pages = readDocsPages();

describe('site content', () => {
  it('has a page for each of the Framework’s four components and the background', () => {
    const sources = pages.map((page) => page.source);
    for (const section of ['definition', 'principles', 'enabling-environment', 'roadmap', 'background']) {
      expect(sources).toContain(`docs/${section}/index.md`);
    }
  });

  it.each(pages.map((page) => [page.source, page] as const))('%s satisfies the content model', (_source, page) => {
    expect(contentProblems([page], SOURCES, GLOSSARY).filter((p) => p.startsWith(page.source) && !p.includes('related page'))).toEqual([]);
  });

  it('has no broken cross-references between pages, sources and glossary terms', () => {
    expect(contentProblems(pages, SOURCES, GLOSSARY)).toEqual([]);
  });

  it('never labels a page as official text, because no official text is available yet', () => {
    expect(pages.filter((page) => page.frontMatter.provenance === 'official').map((page) => page.source)).toEqual([]);
  });
});
