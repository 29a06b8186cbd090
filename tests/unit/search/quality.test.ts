/**
 * Search quality rules on a small corpus (tests/unit/search/qualityCorpus.ts), one test per kind
 * of fault in issue 8: unknown words, completions, headings, compounds, dashes, invisible
 * characters, Latin letters, stemming, quoted phrases and exclusions.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { SearchEngine } from '../../../src/shared/search/engine';
import { qualityEngine } from './qualityCorpus';

let engine: SearchEngine;
beforeAll(async () => {
  engine = await qualityEngine();
});

const urls = (query: string): string[] => engine.search(query, { limit: 10 }).hits.map((hit) => hit.record.u);

describe('unknown words', () => {
  it('reports a content word that matches nothing, as typed, and ranks on the other words', () => {
    const response = engine.search('citizen data Brazil', { limit: 10 });
    expect(response.plan.unknown).toEqual(['Brazil']);
    expect(response.hits.map((hit) => hit.record.u)).toEqual(urls('citizen data'));
    expect(response.total).toBeGreaterThan(0);
  });

  it('reports every unknown word and returns nothing when no word matches', () => {
    const response = engine.search('Brazil Peru');
    expect(response.plan.unknown).toEqual(['Brazil', 'Peru']);
    expect(response.hits).toEqual([]);
  });

  it('does not report a misspelt word that was corrected, nor a word being typed that completes', () => {
    expect(engine.plan('financng').unknown).toEqual([]);
    expect(engine.plan('financ').unknown).toEqual([]);
  });
});

describe('the word being typed', () => {
  it('weighs a completion no more than the word as typed', () => {
    const plan = engine.plan('AI citizen data');
    expect(urls('AI citizen data')[0]).toBe('/a#ai');
    expect(plan.concepts.at(-1)!.alternatives[0]).toEqual({ terms: ['data'], kind: 'exact' });
  });
});

describe('headings', () => {
  it('finds the section whose own heading the query names, on the page the rest of the query is about', () => {
    expect(urls('side event agenda')[0]).toBe('/e#agenda');
  });

  it('finds a section by its heading words as strongly as by its text', () => {
    expect(urls('read labels')[0]).toBe('/c#labels');
  });
});

describe('compounds', () => {
  it.each(['co-creation', 'co creation', 'cocreation', 'co–creation'])('%j finds "co-creation"', (query) =>
    expect(urls(query)[0]).toBe('/d#dane'),
  );

  it.each(['non-state actors', 'non state actors', 'nonstate actors', 'non-state actors '])(
    '%j is about non-state actors, never read as "state actors" (a synonym of government)',
    (query) => {
      expect(engine.plan(query).concepts.map((concept) => concept.source.replace(/\W/g, ''))).toEqual([
        'nonstate',
        'actors',
      ]);
      expect(urls(query)[0]).toBe('/h#non-state');
      // Government's other forms ("state bodies", "public authorities") are not what was asked.
      expect(urls(query)).not.toContain('/h#bodies');
    },
  );
});

describe('dashes, invisible characters and Latin letters', () => {
  it.each(['24-27 April', '24–27 April', '24—27', '24−27'])('%j finds the range written 24–27', (query) =>
    expect(urls(query)[0]).toBe('/d#hangzhou'),
  );

  it.each(['Hang\u00ADzhou', 'Hang\u200Bzhou', 'Hangzhou\u2060', 'Medellin', 'MEDELLÍN', 'medellín'])(
    '%j finds the paragraph',
    (query) => expect(urls(query)[0]).toBe('/d#hangzhou'),
  );
});

describe('stemming', () => {
  it.each(['labelled', 'labeled', 'labelling', 'label'])('%j finds "labels"', (query) =>
    expect(urls(query)).toContain('/c#labels'),
  );
});

describe('quoted phrases and exclusions', () => {
  it('keeps only results holding a quoted phrase in order', () => {
    expect(urls('"official text"')).toEqual(['/g#official']);
    expect(urls('"text official"')).toEqual([]);
    expect(engine.plan('"official text" pending').phrases).toEqual([['offici', 'text']]);
  });

  it('drops results holding a -word', () => {
    expect(urls('official')).toContain('/g#integration');
    expect(urls('official -statistics')).toContain('/g#official');
    expect(urls('official -statistics')).not.toContain('/g#integration');
    expect(engine.plan('official -statistics').excluded).toHaveLength(1);
  });

  it('treats a hyphen inside a word as part of the word, not as an exclusion', () => {
    expect(engine.plan('co-creation').excluded).toEqual([]);
  });
});
