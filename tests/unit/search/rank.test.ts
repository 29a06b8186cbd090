/**
 * The ranking rules, each on a minimal pair of records that differ only in what the rule looks at:
 * exact heading, section focus, lead position, concept weight of synonyms, coverage, phrase,
 * digest pages, hyphenated compounds.
 */
import { describe, expect, it } from 'vitest';
import { SearchEngine } from '../../../src/shared/search/engine';
import { buildIndexFile } from '../../../src/shared/search/indexFile';
import type { SearchGlossaryTerm, SearchRecord } from '../../../src/shared/search/record';
import { RANKING } from '../../../src/shared/search/rank';

type Row = Partial<SearchRecord> & Pick<SearchRecord, 'u' | 'x'>;

async function engineOf(rows: Row[], glossary: SearchGlossaryTerm[] = []): Promise<SearchEngine> {
  const filler: Row[] = Array.from({ length: 20 }, (_, i) => ({
    u: `/filler/${i}#p`,
    x: `Unrelated filler paragraph number ${i} about other matters entirely.`,
  }));
  const records = [...rows, ...filler].map((row, id): SearchRecord => ({
    t: 'Page',
    h: [],
    k: 'background',
    p: 'summary',
    ...row,
    id,
  }));
  return SearchEngine.load(JSON.parse(JSON.stringify(await buildIndexFile(records, glossary))));
}

const first = (engine: SearchEngine, query: string): string | undefined => engine.search(query).hits[0]?.record.u;

/** Runs `check` with one ranking weight changed, to show that the rule under test decides. */
function without(
  key: 'exactHeading' | 'sectionFocus' | 'lead' | 'phrase' | 'digest',
  value: number,
  check: () => void,
): void {
  const weights = RANKING as unknown as Record<typeof key, number>;
  const saved = weights[key];
  weights[key] = value;
  try {
    check();
  } finally {
    weights[key] = saved;
  }
}

describe('ranking rules', () => {
  it('puts the paragraph whose own heading is exactly the query first', async () => {
    const engine = await engineOf([
      { u: '/a#mention', t: 'Themes', h: ['Peer learning and partnership'], x: 'Offices learn from each other.' },
      { u: '/b#section', t: 'Themes', h: ['Peer learning'], x: 'Offices exchange what works.' },
    ]);
    expect(first(engine, 'peer learning ')).toBe('/b#section');
    without('exactHeading', 0, () => expect(first(engine, 'peer learning ')).toBe('/a#mention'));
  });

  it('prefers a section whose title and headings name every concept', async () => {
    const engine = await engineOf([
      {
        u: '/a#p',
        t: 'Examples',
        h: [],
        x: 'Capacity and financing are discussed at length by capacity experts and financing experts.',
      },
      { u: '/b#p', t: 'Capacity development and financing', h: ['What the sources say'], x: 'Funding is scarce.' },
    ]);
    expect(first(engine, 'capacity financing ')).toBe('/b#p');
    without('sectionFocus', 0, () => expect(first(engine, 'capacity financing ')).toBe('/a#p'));
  });

  it('prefers a page’s first paragraph when the rest is equal', async () => {
    const engine = await engineOf([
      { u: '/a#first', t: 'Stewardship', x: 'Stewardship of citizen data today.' },
      { u: '/a#second', t: 'Stewardship', x: 'Stewardship of citizen data.' },
    ]);
    expect(first(engine, 'stewardship ')).toBe('/a#first');
    without('lead', 0, () => expect(first(engine, 'stewardship ')).toBe('/a#second'));
  });

  it('weighs every form of a concept alike: the acronym is not worth less than its expansion', async () => {
    const glossary = [{ term: 'High-level Political Forum', forms: ['HLPF'], url: '/g#term-hlpf' }];
    const engine = await engineOf(
      [
        { u: '/a#p', x: 'A workshop was held at the HLPF.' },
        { u: '/b#p', x: 'A meeting was held at the High-level Political Forum.' },
      ],
      glossary,
    );
    expect(first(engine, 'HLPF workshop ')).toBe('/a#p');
    expect(first(engine, 'high-level political forum workshop ')).toBe('/a#p');
  });

  it('rewards covering every concept over repeating one', async () => {
    const engine = await engineOf([
      { u: '/a#p', x: 'Data data data data data, quality.' },
      { u: '/b#p', x: 'Data on quality and trust.' },
    ]);
    expect(first(engine, 'data quality trust ')).toBe('/b#p');
  });

  it('rewards the words in the order asked, side by side', async () => {
    const engine = await engineOf([
      { u: '/a#p', x: 'Groups that are marginalised often lack data.' },
      { u: '/b#p', x: 'Data on marginalised groups often lack detail.' },
    ]);
    expect(first(engine, 'marginalized groups ')).toBe('/b#p');
    without('phrase', 0, () => expect(first(engine, 'marginalized groups ')).toBe('/a#p'));
  });

  it('also rewards the words side by side in the other order, or one word apart', async () => {
    const engine = await engineOf([
      { u: '/a#p', x: 'Six rules exist. HRBAD also lists many principles.' },
      { u: '/b#p', x: 'HRBAD has six principles of its own, listed in the note beside other ideas.' },
    ]);
    expect(first(engine, 'six HRBAD principles ')).toBe('/b#p');
    without('phrase', 0, () => expect(first(engine, 'six HRBAD principles ')).toBe('/a#p'));
  });

  it('ranks a digest page (at a glance, questions…) just below the topic page that says the same', async () => {
    const text = 'Integration into official statistics is not required.';
    const engine = await engineOf([
      { u: '/docs/questions#faq-integration', t: 'Questions people ask', h: ['Answers'], x: text },
      { u: '/docs/enabling-environment/integration#intro', t: 'Enabling environment', h: ['Answers'], x: text },
    ]);
    expect(first(engine, 'integration official statistics ')).toBe('/docs/enabling-environment/integration#intro');
    without('digest', 1, () =>
      expect(first(engine, 'integration official statistics ')).toBe('/docs/questions#faq-integration'),
    );
  });

  it('lets a page’s lead, which stands under the page title, be named exactly like a heading', async () => {
    const engine = await engineOf([
      { u: '/g#intro', t: 'Glossary', x: 'Terms used on this site, in alphabetical order.' },
      { u: '/g#term-stewardship', t: 'Glossary', h: ['Stewardship'], x: 'Looking after data for others.' },
      {
        u: '/s#intro',
        t: 'Stewardship',
        x: 'Who looks after citizen data, and on whose terms, is a question of care.',
      },
    ]);
    // Both are named exactly; were the lead not, the glossary entry's doubled score would win.
    expect(first(engine, 'stewardship ')).toBe('/s#intro');
  });

  it('names a heading exactly only when the rest of the query is around it, not just in its text', async () => {
    const engine = await engineOf([
      { u: '/g#intro', t: 'Glossary', x: 'Terms used on this site, in alphabetical order.' },
      { u: '/g#term-ai', t: 'Glossary', h: ['AI'], x: 'Discussed by experts in Bangkok.' },
      { u: '/e#intro', t: 'Meeting in Bangkok', x: 'Experts met for three days.' },
      { u: '/e#ai', t: 'Meeting in Bangkok', h: ['What was said'], x: 'Experts in Bangkok looked at AI.' },
    ]);
    expect(first(engine, 'Bangkok AI ')).toBe('/e#ai');
  });

  it('takes a hyphenated compound as one concept, so it does not count twice', async () => {
    const engine = await engineOf([
      { u: '/t#old', t: 'Timeline', h: ['Secretary-General’s report'], x: 'An early report of the Secretary-General.' },
      { u: '/t#new', t: 'Timeline', h: ['Report'], x: 'The Secretary-General’s report to the 57th session.' },
    ]);
    expect(engine.plan('Secretary-General report ').concepts).toHaveLength(2);
    expect(first(engine, 'Secretary-General report 57th session ')).toBe('/t#new');
  });

  it('counts a form of several words only where its words stand together', async () => {
    const engine = await engineOf([
      { u: '/a#p', x: 'State budgets, state plans and the actors around them.' },
      { u: '/b#p', x: 'Data that state actors produce can count when people are engaged from the start.' },
    ]);
    const urls = engine.search('government ').hits.map((hit) => hit.record.u);
    expect(urls[0]).toBe('/b#p');
  });
});
