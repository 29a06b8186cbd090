/**
 * The extraction contract on saved HTML: block ids read (never recomputed), heading paths,
 * provenance, controls and badges excluded, nested blocks separate; blog posts by section.
 * Then the development path: Markdown rendered through the same remark plugin and extracted by
 * the same code gives the ids the build gives.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractParagraphs } from '../../../src/plugins/search/extract';
import { readBuiltContent } from '../../../src/plugins/search/readBuiltPage';
import { renderGlossary, renderMarkdown } from '../../../src/plugins/search/renderSource';
import { DEFAULT_OPTIONS } from '../../../src/plugins/search/options';
import { toRecords } from '../../../src/plugins/search/build';
import { GLOSSARY } from '../../../src/data/glossary';
import { glossaryAnchor } from '../../../src/shared/glossary';
import { paragraphId } from '../../../src/shared/paragraphId';

const FIXTURES = path.resolve(__dirname, '../../fixtures/search');

describe('extraction from built HTML (blocks)', async () => {
  const content = await readBuiltContent(path.join(FIXTURES, 'doc-page.html'), DEFAULT_OPTIONS.contentSelector);
  const paragraphs = extractParagraphs(content!);

  it('reads one paragraph per block, anchored at its data-pid, in document order', () => {
    expect(paragraphs.map((p) => p.anchor)).toEqual([
      'p-citizens-take-part-1abcdef',
      'p-national-statistical-offices-0aaaaaa',
      'p-regional-offices-0bbbbbb',
      'cso-item',
      'p-symbol-table-0cccccc',
      'p-leave-no-one-behind-0dddddd',
    ]);
  });

  it('keeps the text of links but not controls, comment counts, badges or nested blocks', () => {
    expect(paragraphs[0]!.text).toBe('Citizens take part in the data value chain, from design to collection.');
    expect(paragraphs[1]!.text).toBe('National Statistical Offices (NSOs)');
    expect(paragraphs[3]!.text).toBe(
      'Civil society organisations, including organisations of persons with disabilities',
    );
    expect(paragraphs.map((p) => p.text).join(' ')).not.toMatch(
      /¶|💬|Official text pending|navbar|Footer|Banner|Reference list|outside any block/,
    );
  });

  it('gives each paragraph its heading path, without the "#" link text', () => {
    expect(paragraphs.map((p) => p.path)).toEqual([
      [],
      ['Who takes part'],
      ['Who takes part'],
      ['Who takes part'],
      ['Who takes part', 'By 2030'],
      ['Next steps'],
    ]);
  });

  it('reads a block’s own provenance and keeps table cells apart', () => {
    expect(paragraphs[3]!.provenance).toBe('pending');
    expect(paragraphs[0]!.provenance).toBeUndefined();
    expect(paragraphs[4]!.text).toBe('Document Year E/CN.3/2026/13 2026');
  });

  it('turns paragraphs into records with the page’s type and the page/block provenance rule', () => {
    const page = {
      path: '/docs/principles/participation',
      title: 'Participation',
      type: 'principle' as const,
      provenance: 'summary' as const,
      source: 'x.md',
    };
    const records = toRecords([{ page, paragraphs }]);
    expect(records[0]).toEqual({
      id: 0,
      u: '/docs/principles/participation#p-citizens-take-part-1abcdef',
      t: 'Participation',
      h: [],
      k: 'principle',
      p: 'summary',
      x: paragraphs[0]!.text,
    });
    expect(records[3]!.p).toBe('pending');
    expect(records.map((r) => r.id)).toEqual([0, 1, 2, 3, 4, 5]);
  });
});

describe('extraction from built HTML (blog post, no blocks)', async () => {
  const content = await readBuiltContent(path.join(FIXTURES, 'blog-post.html'), DEFAULT_OPTIONS.contentSelector);
  const sections = extractParagraphs(content!);

  it('yields one paragraph per section, anchored at its heading id', () => {
    expect(sections).toEqual([
      { anchor: '', path: [], text: 'The side event took place in New York. It presented the draft Framework.' },
      { anchor: 'objectives', path: ['Objectives'], text: 'Share the draft Gather feedback from NSOs' },
      { anchor: 'focus-a', path: ['Objectives', 'Focus area (a)'], text: 'Inclusive data for marginalised groups.' },
      { anchor: 'agenda', path: ['Agenda'], text: 'Opening 10:00' },
    ]);
  });
});

describe('development index: Markdown sources through the same contract', () => {
  it('renders blocks with the ids the build gives them, and headings with Docusaurus ids', async () => {
    const file = path.join(FIXTURES, 'source-page.md');
    const paragraphs = extractParagraphs(await renderMarkdown(readFileSync(file, 'utf8'), file));
    expect(paragraphs.map((p) => p.anchor)).toEqual([
      paragraphId('Citizens take part in the data value chain, from design to collection.'),
      paragraphId('National Statistical Offices (NSOs)\nRegional offices'),
      paragraphId('Regional offices'),
      'cso-item',
      // A table's id comes from its cells' text, as the remark plugin computes it.
      expect.stringMatching(/^p-document-year-e-cn-[0-9a-z]{7}$/),
      paragraphId('Leave no one behind.'),
    ]);
    expect(paragraphs[1]!.text).toBe('National Statistical Offices (NSOs)');
    expect(paragraphs[3]).toMatchObject({
      provenance: 'pending',
      path: ['Who takes part'],
      text: 'Civil society organisations',
    });
    expect(paragraphs[4]!.path).toEqual(['Who takes part', 'By 2030']);
  });

  it('renders the glossary from its data with the component’s anchors', () => {
    const paragraphs = extractParagraphs(renderGlossary());
    expect(paragraphs.map((p) => p.anchor).sort()).toEqual(GLOSSARY.map((term) => glossaryAnchor(term.id)).sort());
    for (const paragraph of paragraphs) expect(paragraph.path).toHaveLength(1);
  });
});
