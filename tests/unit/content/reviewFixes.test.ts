/**
 * The examples of the content audit (shared/reviews/content-audit-2026-11.md), each with its right
 * value, so none of them comes back. The kinds they stand for are checked site-wide by the copy,
 * acronym and label tests next to this file.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import { describe, expect, it } from 'vitest';
import { TIMELINE_EVENTS } from '../../../src/components/Timeline/events';
import { GUIDE_PAGES } from '../../../src/components/HomeComponents/startHere';
import { GLOSSARY } from '../../../src/data/glossary';
import { buildContentGraph } from '../../../src/shared/contentGraph';
import { contentTypeOf } from '../../../src/shared/contentModel';
import type { Provenance } from '../../../src/shared/paragraphId';
import { readDocsPages } from '../../helpers/content';
import { REPO_ROOT } from './sharedBrief';

const read = (file: string) => readFileSync(path.join(REPO_ROOT, file), 'utf8');

/** The text of the block pinned with `{#id}` in a Markdown file. */
function block(file: string, id: string): string {
  const line = read(file)
    .split('\n')
    .find((l) => new RegExp(`\\{#${id}(?: \\.[a-z]+)?\\}\\s*$`).test(l));
  if (!line) throw new Error(`${file} has no block {#${id}}`);
  return line;
}

describe('the audit’s correctness examples', () => {
  it('M1: the initiative element says no more than the source', () => {
    const text = block('docs/definition/index.md', 'definition-initiative');
    expect(text).toMatch(/not to a dataset taken alone/);
    expect(text).not.toMatch(/what the data contain/);
  });

  it('M2: design is a stage of the data value chain, not "enough on its own"', () => {
    const text = block('docs/principles/theme-co-designed-tools.md', 'theme-co-design-in-definition');
    expect(text).toMatch(/data value chain/);
    expect(text).not.toMatch(/on its own|designing an initiative/);
  });

  it('M3: the headline descriptions keep the definition’s threshold', () => {
    for (const file of ['src/pages/index.tsx', 'docs/background/index.md']) {
      expect(read(file)).not.toMatch(/produce or help to produce/);
      expect(read(file)).toMatch(/sufficiently engaged/);
    }
  });

  it('M4: the 2024 side event cites its own concept note, not the 55th session page', () => {
    const sideEvent = TIMELINE_EVENTS.find((event) => event.id === 'event-2024-side-event');
    expect(sideEvent?.sources).toEqual(['seed-side-event-2024']);
  });

  it('minor 11: the footer does not say who publishes the official text', () => {
    expect(read('docusaurus.config.ts')).not.toMatch(/published by the United Nations Statistics Division/);
  });

  it('minor 12: the Hangzhou press item is not cited for the Collaborative’s launch', () => {
    const launch = TIMELINE_EVENTS.find((event) => event.id === 'event-2023-collaborative-launch');
    expect(launch?.sources).not.toContain('undesa-hangzhou-2023');
  });

  it('minor 14: "community data" is not an alias of community-driven data, nor "community organisation" of CSO', () => {
    expect(GLOSSARY.find((t) => t.id === 'community-driven-data')?.aliases ?? []).not.toContain('community data');
    expect(GLOSSARY.find((t) => t.id === 'cso')?.aliases ?? []).not.toContain('community organisation');
  });

  it('minor 23: the third meeting’s inferred year is unverified and kept out of machine-readable dates', () => {
    const third = TIMELINE_EVENTS.find((event) => event.id === 'event-2024-third-egm');
    expect(third?.confidence).toBe('unverified');
    expect(third?.dateInferred).toBe(true);
  });

  it('minor 24: the roadmap in practice has no numbered list that could pass for action numbers', () => {
    expect(read('docs/roadmap/in-practice.md')).not.toMatch(/^\d+\. /m);
  });

  it('minor 31: the navbar’s Background item opens the Background overview', () => {
    expect(read('docusaurus.config.ts')).toMatch(/\{ to: '\/docs\/background', label: 'Background'/);
  });
});

describe('one related list per page', () => {
  it('offers the enabling-environment overview’s related pages once each (the review counted 9 + 10)', () => {
    const graph = buildContentGraph(
      readDocsPages().map((page) => {
        const id = page.source.replace(/^docs\//, '').replace(/\.mdx?$/, '');
        const fm = page.frontMatter;
        return {
          id,
          title: String(fm.title),
          permalink: `/docs/${id}`,
          type: contentTypeOf(id),
          provenance: fm.provenance as Provenance,
          sources: (fm.sources as string[]) ?? [],
          related: (fm.related as string[]) ?? [],
        };
      }),
    );
    const overview = graph.pages['enabling-environment/index']!;
    expect(overview.seeAlso.length).toBe(new Set([...overview.related, ...overview.referencedFrom]).size);
    expect(new Set(overview.seeAlso).size).toBe(overview.seeAlso.length);
  });
});

describe('the reader’s guide pages', () => {
  it('exist at the routes the home page and navbar link to', () => {
    for (const guide of GUIDE_PAGES) {
      const file = `docs/${guide.to.replace(/^\/docs\//, '')}.md`;
      expect(matter(read(file)).data.title, file).toBeTruthy();
    }
  });

  it('keep the at-a-glance page to one printed page', () => {
    const words = matter(read('docs/at-a-glance.md'))
      .content.replace(/\]\([^)]*\)/g, ']')
      .replace(/\{#[^}]*\}/g, '')
      .split(/\s+/)
      .filter(Boolean).length;
    expect(words).toBeLessThan(400);
  });

  it('pin the focus areas (a) to (c) as focus-a, focus-b and focus-c', () => {
    const text = read('docs/side-event-focus-areas.md');
    for (const id of ['focus-a', 'focus-b', 'focus-c']) expect(text).toMatch(new RegExp(`^## .*\\{#${id}\\}$`, 'm'));
  });

  it('are linked from the home page and from the navbar', () => {
    expect(read('src/pages/index.tsx')).toMatch(/GUIDE_PAGES\.map/);
    expect(read('docusaurus.config.ts')).toMatch(/items: GUIDE_PAGES\.map/);
  });
});
