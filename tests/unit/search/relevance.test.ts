/**
 * Relevance on the real built content: the committed queries (tests/fixtures/search/queries.json,
 * what NSO and CSO staff type: misspellings, other spellings, acronyms, phrases, symbols, words
 * still being typed, questions, synonyms, compounds, ranges, pasted text) must find the expected
 * paragraph (or page) at rank 1 and in the top 3 for at least the shares below.
 * The held-out set (queries.heldout.json) is never tuned on; it has a floor of its own, so a
 * change that overfits the tuned set shows. Runs the engine on the index in build/, like the CLI.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadBuiltIndex } from '../../../src/plugins/search/loadBuiltIndex';
import type { SearchEngine } from '../../../src/shared/search/engine';
import { scoreRelevance, type RelevanceCase } from '../../../src/shared/search/relevance';

const ROOT = path.resolve(__dirname, '../../..');
const read = (file: string): RelevanceCase[] =>
  JSON.parse(readFileSync(path.join(ROOT, 'tests/fixtures/search', file), 'utf8')) as RelevanceCase[];
const CASES = read('queries.json');
const HELD_OUT = read('queries.heldout.json');
// Written by a reader who had seen neither set nor the engine, from the site's text alone: the half
// in queries.fresh.json may be tuned on, the other half never.
const FRESH = read('queries.fresh.json');
const FRESH_HELD_OUT = read('queries.fresh.heldout.json');
const UNANSWERABLE = JSON.parse(
  readFileSync(path.join(ROOT, 'tests/fixtures/search/queries.fresh.unanswerable.json'), 'utf8'),
) as Array<{ q: string }>;
const KINDS = [
  'plain',
  'phrase',
  'acronym',
  'spelling',
  'typo',
  'number',
  'prefix',
  'question',
  'completion',
  'heading',
  'synonym',
  'stem',
  'compound',
  'dash',
  'invisible',
  'fold',
  'unknown',
];

let engine: SearchEngine;
beforeAll(async () => {
  engine = (await loadBuiltIndex(path.join(ROOT, 'build'))).engine;
});

const urls = (q: string): string[] => engine.search(q, { limit: 10 }).hits.map((hit) => hit.record.u);

describe('relevance on the built site', () => {
  it('has at least 40 realistic queries covering every kind', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(40);
    expect(new Set(CASES.map((c) => c.kind))).toEqual(new Set(KINDS));
    expect(HELD_OUT.length).toBeGreaterThanOrEqual(20);
    expect(HELD_OUT.every((c) => KINDS.includes(c.kind))).toBe(true);
  });

  it('points every expectation at a paragraph that exists', () => {
    const known = new Set<string>();
    for (let id = 0; id < engine.size; id += 1) known.add(engine.record(id).u);
    const pages = new Set([...known].map((url) => url.split('#')[0]));
    const broken = [...CASES, ...HELD_OUT, ...FRESH, ...FRESH_HELD_OUT].filter((c) =>
      c.paragraph ? !known.has(`${c.page}#${c.paragraph}`) : !pages.has(c.page),
    );
    expect(broken).toEqual([]);
  });

  // Floors just under what the ranking achieves on today's content (95.2 % / 87.6 %; before the
  // digest prior, the lead-under-its-title rule, one concept per hyphenated compound, multi-word
  // forms as phrases and the 'state bodies' synonym: 91.4 % / 76.2 %): a regression guard. By
  // page: 97.1 % / 90.5 %, against the goal of 95 % first. The top-1 floor was 88 % until
  // "non state actors" was read as one compound, as "non-state actors" is: it had found the
  // glossary's entry first only because "state actors" was read as a synonym of government, and
  // now ranks as the hyphenated query does (that entry second; quality.test.ts, compounds).
  it('finds the expected result in the top 3 for ≥ 94 % and first for ≥ 87 % of the queries', () => {
    const score = scoreRelevance(CASES, urls, 'paragraph');
    const report = `top-1 ${(score.top1 * 100).toFixed(1)} %, top-3 ${(score.top3 * 100).toFixed(1)} %; outside the top 3: ${JSON.stringify(score.misses)}`;
    expect(score.top3, report).toBeGreaterThanOrEqual(0.94);
    expect(score.top1, report).toBeGreaterThanOrEqual(0.87);
  });
});

describe('relevance on the held-out queries (never tuned on)', () => {
  // Today: 91.3 % / 78.3 % (before the changes above: 82.6 % / 73.9 %; main's ranking before that:
  // 60.9 % / 52.2 %). One query is 4.3 points. "left out groups" was labelled with a page that,
  // since the content rewrite that gave each fact one home, only links to where the groups are
  // named (the inclusion theme): its label now names that paragraph; the ranking did not change.
  it('finds the expected result in the top 3 for ≥ 90 % and first for ≥ 78 %', () => {
    const score = scoreRelevance(HELD_OUT, urls, 'paragraph');
    const report = `top-1 ${(score.top1 * 100).toFixed(1)} %, top-3 ${(score.top3 * 100).toFixed(1)} %; outside the top 3: ${JSON.stringify(score.misses)}`;
    expect(score.top3, report).toBeGreaterThanOrEqual(0.9);
    expect(score.top1, report).toBeGreaterThanOrEqual(0.78);
  });

  // The fresh set is harder: its synonym and question queries paraphrase (at most two words in a
  // row from the answer), and a third of its cases are ambiguous between a topic page and a
  // digest. Floors just under today's figures (by page: tuned 56.3 % / 90.6 %, held-out 65.6 % /
  // 81.3 %), a regression guard; the figures and easyops's are printed by `npm run bench:search`.
  it("finds the fresh queries' page first and in the top 3 no less often than today", () => {
    for (const [set, top1, top3] of [
      [FRESH, 0.53, 0.87],
      [FRESH_HELD_OUT, 0.62, 0.78],
    ] as const) {
      const score = scoreRelevance(set, urls, 'page');
      const report = `top-1 ${(score.top1 * 100).toFixed(1)} %, top-3 ${(score.top3 * 100).toFixed(1)} %`;
      expect(score.top1, report).toBeGreaterThanOrEqual(top1);
      expect(score.top3, report).toBeGreaterThanOrEqual(top3);
    }
  });

  it('names a word it found nowhere for every question the site cannot answer', () => {
    const silent = UNANSWERABLE.filter(({ q }) => engine.search(q, { limit: 10 }).plan.unknown.length === 0);
    expect(silent).toEqual([]);
  });
});
