/**
 * "Is it citizen data?": scoring, and the cards' links to the definition's paragraphs, which must
 * be ids the site publishes on /docs/definition (checked against blocks.lock.json, the record of
 * every id the build has published, and against the page's own pinned ids).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GAME_ANSWERS } from '../../../src/shared/event';
import { DEFINITION_ELEMENTS, decidingLink, findCard, GAME_CARDS, scoreGame } from '../../../src/shared/game/cards';

const lock = JSON.parse(readFileSync('blocks.lock.json', 'utf8')) as { ids: Record<string, string> };
const definitionPage = readFileSync('docs/definition/index.md', 'utf8');

describe('the game’s scoring', () => {
  it('gives one point per right answer and counts answered cards', () => {
    const right = Object.fromEntries(GAME_CARDS.map((card) => [card.id, card.verdict]));
    expect(scoreGame(right)).toMatchObject({ correct: GAME_CARDS.length, answered: GAME_CARDS.length, total: 7 });
    expect(scoreGame({})).toMatchObject({ correct: 0, answered: 0, total: 7 });

    const score = scoreGame({ 'water-points': 'yes', 'late-consultation': 'yes', 'respondents-only': 'cannot-tell' });
    expect(score.correct).toBe(2);
    expect(score.answered).toBe(3);
    expect(score.cards.find((c) => c.id === 'late-consultation')).toEqual({
      id: 'late-consultation',
      answer: 'yes',
      right: false,
    });
    expect(score.cards.find((c) => c.id === 'air-sensors')).toEqual({
      id: 'air-sensors',
      answer: undefined,
      right: false,
    });
  });

  it('ignores answers to cards that do not exist', () => {
    expect(scoreGame({ 'no-such-card': 'yes' } as never)).toMatchObject({ correct: 0, answered: 0 });
    expect(findCard('no-such-card')).toBeUndefined();
  });

  it('scores a guess of “yes” or “no” on an undecidable card as wrong: only “cannot tell” is right there', () => {
    const undecidable = GAME_CARDS.filter((card) => card.verdict === 'cannot-tell');
    expect(undecidable.length).toBeGreaterThanOrEqual(2);
    for (const card of undecidable) {
      expect(scoreGame({ [card.id]: 'yes' }).correct).toBe(0);
      expect(scoreGame({ [card.id]: 'no' }).correct).toBe(0);
      expect(scoreGame({ [card.id]: 'cannot-tell' }).correct).toBe(1);
    }
  });
});

describe('the cards', () => {
  it('link each answer to a paragraph the site publishes on the definition page', () => {
    for (const card of GAME_CARDS) {
      const link = decidingLink(card);
      const [page, id] = link.split('#');
      expect(page).toBe('/docs/definition');
      expect(lock.ids[id!], `${card.id} → ${id}`).toBe('/docs/definition');
      expect(definitionPage).toContain(`{#${id}`);
    }
    for (const element of Object.values(DEFINITION_ELEMENTS))
      expect(lock.ids[element.paragraph]).toBe('/docs/definition');
  });

  it('have unique ids, allowed verdicts, and say plainly when the reported definition cannot decide', () => {
    expect(new Set(GAME_CARDS.map((card) => card.id)).size).toBe(GAME_CARDS.length);
    for (const card of GAME_CARDS) {
      expect(GAME_ANSWERS).toContain(card.verdict);
      expect(card.id).toMatch(/^[a-z0-9-]{1,40}$/);
      const saysUndecidable = /cannot (decide|settle)/.test(card.explanation);
      expect(saysUndecidable, card.id).toBe(card.verdict === 'cannot-tell');
    }
  });

  it('rest on partly verified elements only with a warning', () => {
    // Elements the facts mark as partly verified: an answer resting on them says so.
    for (const card of GAME_CARDS.filter((c) => c.decidedBy === 'official-status' || c.decidedBy === 'who-broad')) {
      expect(card.explanation, card.id).toMatch(/partly verified/);
    }
  });
});
