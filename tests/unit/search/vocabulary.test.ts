/**
 * The reviewed vocabulary data: every synonym group of src/shared/search/data/synonyms.json joins
 * its forms into one concept in both directions and finds the paragraph that uses another form;
 * question and function words are dropped and never corrected into another word.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { SearchEngine } from '../../../src/shared/search/engine';
import { FUNCTION_WORDS } from '../../../src/shared/search/queryPlan';
import { SYNONYM_GROUPS } from '../../../src/shared/search/synonyms';
import { tokenize } from '../../../src/shared/search/tokenize';
import { qualityEngine } from './qualityCorpus';

let engine: SearchEngine;
beforeAll(async () => {
  engine = await qualityEngine();
});

const urls = (query: string): string[] => engine.search(query, { limit: 10 }).hits.map((hit) => hit.record.u);
const termsOf = (text: string): string =>
  tokenize(text)
    .map((token) => token.term)
    .join(' ');

describe('synonym groups (reviewed data)', () => {
  it.each(SYNONYM_GROUPS.map((group) => [group.forms.join(' / '), group.forms] as const))(
    '%s: each form plans the others as alternatives',
    (_label, forms) => {
      for (const form of forms) {
        const plan = engine.plan(`${form} `);
        const alternatives = plan.concepts.flatMap((concept) => concept.alternatives.map((a) => a.terms.join(' ')));
        for (const other of forms) expect(alternatives, `${form} → ${other}`).toContain(termsOf(other));
      }
    },
  );

  it.each([
    ['NGO', '/a#cso'],
    ['NGOs', '/a#cso'],
    ['AI', '/a#ai'],
    ['AI ', '/a#ai'],
    ['government', '/b#state'],
    ['refugees', '/b#displaced'],
    ['left out', '/b#visible'],
    ['marginalised groups', '/b#visible'],
    ['funding', '/c#financing'],
    ['money', '/c#financing'],
    ['minorities', '/b#visible'],
    ['how do I reference it', '/v#cite'],
    ['types of initiative', '/v#kinds'],
    ['data protection', '/v#privacy'],
    ['crowdsourcing', '/v#generated'],
    ['statistics bureau', '/d#dane'],
    ['human rights commission', '/v#nhri'],
    ['universities', '/v#academia'],
  ])('%j finds %s first', (query, url) => expect(urls(query)[0]).toBe(url));

  it('finds the paragraph that says "state bodies" for "state actors" and "government"', () => {
    expect(urls('state actors')).toContain('/h#bodies');
    expect(urls('government').slice(0, 2)).toContain('/h#bodies');
  });

  it('does not complete the acronym AI into "aim"', () => {
    const alternatives = engine.plan('AI').concepts[0]!.alternatives.map((a) => a.terms.join(' '));
    expect(alternatives).not.toContain(termsOf('aim'));
  });
});

describe('question and function words', () => {
  it('drops them when other words are typed, and reports them as ignored', () => {
    const plan = engine.plan('where can I find the official text');
    expect(plan.ignored).toEqual(['where', 'can', 'I', 'find']);
    expect(plan.concepts.map((concept) => concept.source)).toEqual(['official', 'text']);
    expect(urls('where can I find the official text')[0]).toBe('/g#official');
  });

  it('never corrects "would" into "world"', () => {
    expect(engine.plan('would state actors count').terms).not.toContain(termsOf('world'));
    expect(engine.plan('would').terms).not.toContain(termsOf('world'));
    expect(urls('would state actors count')[0]).toBe('/b#state');
  });

  it('keeps a query made only of them', () => {
    expect(engine.plan('world').concepts).toHaveLength(1);
    expect(engine.plan('what').ignored).toEqual([]);
  });

  it('lists only folded words', () => {
    for (const word of FUNCTION_WORDS) expect(word).toMatch(/^[a-z]+$/);
  });
});
