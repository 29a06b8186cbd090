import { describe, expect, it } from 'vitest';
import {
  contentErrors,
  contentTypeOf,
  GlossaryTermSchema,
  PageFrontMatterSchema,
} from '../../../src/shared/contentModel';
import { contentProblems } from '../../../src/shared/contentProblems';
import { isDigestRoute } from '../../../src/shared/contentTypes';
import type { Source } from '../../../src/shared/contentModel';

const valid = {
  id: 'participation',
  title: 'Theme: participation',
  description: 'What the sources say about participatory approaches in citizen data.',
  provenance: 'summary',
  sources: ['gp-using-framework'],
  related: ['principles/index'],
};

const source: Source = {
  id: 'gp-using-framework',
  title: 'Using the Copenhagen Framework on Citizen Data',
  publisher: 'Global Partnership for Sustainable Development Data',
  url: 'https://www.data4sdgs.org/using-copenhagen-framework-citizen-data',
  kind: 'secondary',
};

const check = (frontMatter: Record<string, unknown>) =>
  contentErrors(PageFrontMatterSchema, frontMatter, 'docs/principles/participation.md');

describe('page front matter schema', () => {
  it('accepts a complete page', () => {
    expect(check(valid)).toEqual([]);
  });

  it('names every missing field with what to write', () => {
    const errors = check({ id: 'participation' });
    expect(errors).toContain(
      'docs/principles/participation.md: missing "provenance" (use one of official, summary, pending (official = the Framework\'s own text; summary = our words from the listed sources; pending = official text not yet available))',
    );
    expect(
      errors.some((e) =>
        e.startsWith('docs/principles/participation.md: missing "sources" (list at least one source id'),
      ),
    ).toBe(true);
    expect(errors.some((e) => e.includes('missing "description"'))).toBe(true);
  });

  it('rejects an unknown provenance with the allowed values', () => {
    expect(check({ ...valid, provenance: 'draft' }).join('\n')).toMatch(
      /"provenance" .*use one of official, summary, pending/,
    );
  });

  it('rejects unknown fields instead of ignoring a typo', () => {
    expect(check({ ...valid, sorces: ['x'] })).toEqual([
      'docs/principles/participation.md: unknown front matter field(s) "sorces"; remove them or add them to the content model in src/shared/contentModel.ts',
    ]);
  });

  it('rejects a page without sources and a too-short description', () => {
    const errors = check({ ...valid, sources: [], description: 'Short.' });
    expect(errors.join('\n')).toMatch(/"sources" .*list at least one source id/);
    expect(errors.join('\n')).toMatch(/"description" .*20 to 300 characters/);
  });

  it('accepts the Docusaurus keys pages commonly use', () => {
    expect(
      check({ ...valid, sidebar_label: 'Participation', sidebar_position: 2, hide_table_of_contents: true }),
    ).toEqual([]);
  });
});

describe('glossary term schema', () => {
  it('rejects malformed acronyms with a hint', () => {
    const errors = contentErrors(
      GlossaryTermSchema,
      {
        id: 'nso',
        term: 'National statistical office',
        acronyms: ['N S O'],
        definition: 'The body that produces official statistics.',
        provenance: 'summary',
        sources: ['x'],
      },
      'glossary term nso',
    );
    expect(errors.join('\n')).toMatch(/"acronyms\/0" .*acronyms are 2 to 12 letters/);
  });
});

describe('cross-references', () => {
  it('reports unknown sources, unknown related pages and file names that disagree with ids', () => {
    const problems = contentProblems(
      [
        { source: 'docs/principles/index.md', frontMatter: { ...valid, id: 'index', related: [] } },
        {
          source: 'docs/principles/inclusion.md',
          frontMatter: { ...valid, id: 'participation', sources: ['nowhere'], related: ['principles/missing'] },
        },
      ],
      [source],
      [],
    );
    expect(problems).toEqual([
      'docs/principles/inclusion.md: "id" is "participation" but the file is named "inclusion"; make them the same so links and ids agree',
      'docs/principles/inclusion.md: source "nowhere" is not in src/data/sources.ts; add it there or fix the id',
      'docs/principles/inclusion.md: related page "principles/missing" does not exist (use a doc id such as principles/index)',
    ]);
  });

  it('reports duplicate source and glossary ids', () => {
    expect(contentProblems([], [source, source], [])).toEqual([
      'source "gp-using-framework" is defined twice in src/data/sources.ts',
    ]);
  });
});

describe('contentTypeOf', () => {
  it('derives the content type from the docs folder', () => {
    expect(contentTypeOf('definition/index')).toBe('definition');
    expect(contentTypeOf('principles/inclusion-and-equity')).toBe('principle');
    expect(contentTypeOf('enabling-environment/actors')).toBe('enabling-environment');
    expect(contentTypeOf('roadmap/in-practice')).toBe('roadmap');
    expect(contentTypeOf('background/glossary')).toBe('glossary');
    expect(contentTypeOf('background/timeline')).toBe('background');
  });
});

describe('isDigestRoute', () => {
  it('is true of pages at the docs root, outside every topic folder', () => {
    for (const route of [
      '/docs/questions',
      '/docs/at-a-glance/',
      '/kb/docs/known-and-unknown',
      '/docs/citing#cite-title',
    ])
      expect(isDigestRoute(route), route).toBe(true);
    for (const route of ['/docs/definition', '/docs/background', '/docs/principles/theme-co-designed-tools', '/blog/x'])
      expect(isDigestRoute(route), route).toBe(false);
  });
});

describe('source register rules', () => {
  it('requires a note explaining why a source has no address', () => {
    const { url: _url, ...withoutUrl } = source;
    expect(contentProblems([], [withoutUrl], [])).toEqual([
      'source gp-using-framework: without a "url", a "note" must say why no address can be given',
    ]);
    expect(contentProblems([], [{ ...withoutUrl, note: 'The repository could not be identified.' }], [])).toEqual([]);
  });
});
