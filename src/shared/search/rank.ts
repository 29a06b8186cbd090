/**
 * Scores a record against a query plan. Retrieval (FlexSearch) says which records hold a term;
 * this says which of them answers the question best:
 *
 * - each concept scores its best alternative: the concept's weight (idf) × match quality ×
 *   where it was found (page title, heading path, paragraph; the paragraph with BM25 saturation
 *   and length normalisation, so a short paragraph that is about the term beats a long one that
 *   mentions it; a form of several words counts in the paragraph only where its words stand
 *   together);
 * - the sum is scaled by coverage squared, so a record holding every concept beats one that
 *   repeats a single concept;
 * - consecutive concepts found next to each other in the paragraph earn a phrase bonus (half
 *   of it when in the other order or one word apart);
 * - a section whose title and headings name every concept is about the query: its paragraphs
 *   are boosted (the section-focus bonus), so "peer learning" finds the page of that name
 *   before a paragraph elsewhere that mentions it;
 * - a paragraph whose own heading says exactly what was asked (every heading term is a query
 *   term or one of its forms, and every other concept is found around the paragraph: in the page
 *   title, the heading path or the page's lead, not only in its text) is doubled: the
 *   exact-heading bonus (Algolia's "exact" rule; its lack is a known Pagefind complaint). A page's
 *   lead stands under the page title, so the page called "Artificial intelligence" is named by
 *   "AI" as exactly as the glossary's entry headed "Artificial intelligence (AI)";
 * - a page's first paragraphs, which introduce it, get a small lead bonus;
 * - the content type gives a small prior (Framework pages before background and news), and a
 *   digest page (at a glance, questions, known and unknown, citing: pages that restate in a line
 *   what a topic page holds, and link there) a prior below the topic page.
 *
 * `scoreBound` gives, without scoring, a score no record can exceed given which concepts it may
 * match: the engine scores in full only the records whose bound can still reach its top results
 * (dynamic pruning with score upper bounds, the idea behind MaxScore and WAND), so that a query
 * over thousands of paragraphs that mention "data" scores the few hundred that could rank.
 *
 * Pure: no DOM, no Node APIs.
 */
import type { ContentType } from '../contentModel';
import { textFrequency, textHoldsPhrase, type AnalysedRecord } from './analyse';
import { matchQuality, type Alternative, type Concept, type QueryPlan } from './queryPlan';
import type { Vocabulary } from './vocabulary';

/** The ranking's tunable weights. */
export const RANKING = {
  title: 1.5,
  /** A heading above the paragraph's own section. */
  heading: 1.2,
  /** The paragraph's own heading: as strong as the strongest paragraph match (BM25's k1 + 1). */
  ownHeading: 1.2,
  /** Found only in the page's lead paragraph, which says what the whole page is about. */
  page: 0.35,
  text: 1,
  /** BM25 term-frequency saturation and length normalisation. */
  k1: 1.2,
  b: 0.5,
  /** Bonus per pair of consecutive concepts found close together, relative to their scores. */
  phrase: 0.6,
  /** Boost when the page title and heading path name every concept (scaled by the share named). */
  sectionFocus: 1.5,
  /** Boost when the paragraph's own heading is exactly the query (or forms of its concepts). */
  exactHeading: 1,
  /** Boost of a page's first paragraph, decaying with position (lead / (1 + index)). */
  lead: 0.3,
  typePrior: {
    definition: 1.1,
    principle: 1.1,
    'enabling-environment': 1.05,
    roadmap: 1.05,
    glossary: 1,
    background: 1,
    blog: 0.9,
  } satisfies Record<ContentType, number>,
  /**
   * Prior of a digest page (at a glance, questions, known and unknown, citing…): it restates in a
   * line what a topic page holds with its sources, and links there, so on the same words the topic
   * page comes first; the digest still answers what only it holds.
   */
  digest: 0.75,
} as const;

export interface RankContext {
  vocabulary: Vocabulary;
  /** Mean number of terms per paragraph. */
  averageLength: number;
}

interface ConceptMatch {
  score: number;
  /** Found in the page title or the heading path. */
  inSection: boolean;
  /** Found in the page title, the heading path or the page's lead paragraph: around the paragraph. */
  around: boolean;
  /** Positions of the alternative's first and last term in the paragraph, when found there. */
  firstPositions: number[];
  lastPositions: number[];
}

/**
 * How much a concept weighs: the idf of its most specific known form. Every form of a concept
 * weighs the same, so a paragraph that says "HLPF" is not worth less than one that spells out
 * "High-level Political Forum" (the match quality alone tells synonyms from exact forms).
 *
 * A word being typed weighs as the word typed, never as its rarest completion: a complete known
 * word ("data") weighs its own idf; a bare prefix ("umbrel") weighs like its most common
 * completion, because it matches at least every record that completion is in.
 */
function conceptWeight(concept: Concept, vocabulary: Vocabulary): number {
  const idfOf = ({ terms }: Alternative): number =>
    terms.reduce((sum, term) => sum + vocabulary.idf(term), 0) / Math.max(1, terms.length);
  const isKnown = ({ terms }: Alternative): boolean => terms.every((term) => vocabulary.has(term));
  const completions = concept.alternatives.filter((alternative) => alternative.kind === 'prefix');
  if (completions.length > 0) {
    const typed = concept.alternatives.find((alternative) => alternative.kind === 'exact' && isKnown(alternative));
    return typed ? idfOf(typed) : Math.min(...completions.map(idfOf));
  }
  let known = 0;
  let any = 0;
  for (const alternative of concept.alternatives) {
    if (alternative.kind === 'compound') continue;
    const idf = idfOf(alternative);
    any = Math.max(any, idf);
    if (isKnown(alternative)) known = Math.max(known, idf);
  }
  return known || any;
}

const weights = new WeakMap<QueryPlan, number[]>();

function conceptWeights(plan: QueryPlan, vocabulary: Vocabulary): number[] {
  let cached = weights.get(plan);
  if (!cached) {
    cached = plan.concepts.map((concept) => conceptWeight(concept, vocabulary));
    weights.set(plan, cached);
  }
  return cached;
}

function scoreAlternative(
  record: AnalysedRecord,
  alternative: Alternative,
  weight: number,
  context: RankContext,
): ConceptMatch | null {
  const { terms } = alternative;
  let inTitle = true;
  let inHeading = true;
  let inOwnHeading = true;
  let inPage = true;
  for (const term of terms) {
    inTitle &&= record.title.has(term);
    inHeading &&= record.heading.has(term);
    inOwnHeading &&= record.ownHeadingTerms.has(term);
    inPage &&= record.page.has(term);
  }
  const frequency = textFrequency(record, terms);
  if (!inTitle && !inHeading && frequency === 0 && !inPage) return null;
  const norm = 1 - RANKING.b + (RANKING.b * record.length) / Math.max(1, context.averageLength);
  const text = frequency > 0 ? (frequency * (RANKING.k1 + 1)) / (frequency + RANKING.k1 * norm) : 0;
  const heading = inOwnHeading ? RANKING.ownHeading : inHeading ? RANKING.heading : 0;
  const where = (inTitle ? RANKING.title : 0) + heading + RANKING.text * text + (inPage && !inTitle ? RANKING.page : 0);
  return {
    score: weight * matchQuality(alternative) * where,
    inSection: inTitle || inHeading,
    around: inTitle || inHeading || inPage,
    firstPositions: record.text.get(terms[0] ?? '') ?? [],
    lastPositions: record.text.get(terms.at(-1) ?? '') ?? [],
  };
}

/** Smallest gap from a position in `from` to a later position in `to` (Infinity when none). */
function smallestGap(from: readonly number[], to: readonly number[]): number {
  // Position lists are short and sorted: a merge walk, without allocating.
  let best = Infinity;
  let i = 0;
  let j = 0;
  while (i < from.length && j < to.length) {
    const gap = to[j]! - from[i]!;
    if (gap > 0) {
      if (gap < best) best = gap;
      i += 1;
    } else {
      j += 1;
    }
  }
  return best;
}

/**
 * How close two consecutive concepts stand in the paragraph: 1 when side by side in the order
 * asked, 0.5 when side by side the other way round or one word apart, else 0.
 */
function proximity(left: ConceptMatch, right: ConceptMatch): number {
  const forward = smallestGap(left.lastPositions, right.firstPositions);
  if (forward === 1) return 1;
  const backward = smallestGap(right.lastPositions, left.firstPositions);
  return Math.min(forward, backward) <= 2 ? 0.5 : 0;
}

/**
 * The paragraph's own heading is named by the query (every heading word is a query word), and the
 * rest of the query is found around it (page title, heading path, page lead): "side event agenda"
 * names the "Agenda" section of the side event's page, but "EGM Bangkok AI" does not name the
 * glossary entry "AI" whose text alone mentions the meeting.
 */
function namesOwnHeading(record: AnalysedRecord, plan: QueryPlan, around: boolean): boolean {
  const heading = record.ownHeading;
  return around && heading.length > 0 && heading.every((term) => plan.terms.includes(term));
}

// ---- Dynamic pruning ----------------------------------------------------------------------------
// What follows mirrors the formula above term by term, and must change with it: each bound is the
// most the matching part of `scoreRecord` can give, and `matchesPlan` is its "found" condition.
// Both assume every weight of RANKING is above 0 (a location weighed 0 would make a found term
// score nothing); `pruningIsExact` says when that holds, and the engine scores every record when
// it does not (as some ranking tests do, to show a rule decides).

/** Whether the bounds and `matchesPlan` are exact for the current weights (all above 0). */
export function pruningIsExact(): boolean {
  const { typePrior, ...weights } = RANKING;
  return [...Object.values(weights), ...Object.values(typePrior)].every((weight) => weight > 0);
}

/** The most a concept's `where` can add up to: page title or lead, a heading, saturated text. */
const mostWhere = (): number =>
  Math.max(RANKING.title, RANKING.page) +
  Math.max(RANKING.heading, RANKING.ownHeading) +
  RANKING.text * (RANKING.k1 + 1);

/**
 * What phrase and exact-heading bonuses can multiply a record's sum by when it matches `count` of
 * `concepts` concepts: a phrase bonus needs two concepts found (each concept's score enters at
 * most two pairs, at half weight in each), and the exact-heading bonus needs every concept found.
 */
function bonusBound(count: number, concepts: number, named: boolean): number {
  return (count >= 2 ? 1 + RANKING.phrase : 1) * (named && count === concepts ? 1 + RANKING.exactHeading : 1);
}

/** The most any record's place can multiply its score by: the lead paragraph, the most favoured type. */
const mostPlacePrior = (): number =>
  (1 + RANKING.lead) * Math.max(...Object.values(RANKING.typePrior)) * Math.max(1, RANKING.digest);

/** A bound a hair above the true maximum, so that rounding never puts a score over it. */
const ROUNDING = 1 + 1e-9;

/**
 * The most each concept of the plan can add to a record's sum, before coverage and priors: its
 * weight × its best alternative's match quality × the most its `where` can reach.
 */
export function conceptBounds(plan: QueryPlan, vocabulary: Vocabulary): number[] {
  const where = mostWhere();
  return conceptWeights(plan, vocabulary).map(
    (weight, index) => weight * Math.max(0, ...(plan.concepts[index]?.alternatives ?? []).map(matchQuality)) * where,
  );
}

/**
 * A score no record that may match `count` of the plan's `concepts` concepts can exceed: the bound
 * of `scoreBound` for the most favoured such record (the `count` heaviest concepts, an exact
 * heading, the page's lead paragraph of the most favoured type).
 */
export function coverageBound(bounds: readonly number[], count: number, concepts: number): number {
  const sum = [...bounds]
    .sort((a, b) => b - a)
    .slice(0, count)
    .reduce((total, bound) => total + bound, 0);
  const share = count / concepts;
  return (
    sum *
    share *
    share *
    bonusBound(count, concepts, true) *
    (1 + RANKING.sectionFocus * share * share) *
    mostPlacePrior() *
    ROUNDING
  );
}

/**
 * The share of a concept's bound left when the record's section (page title and heading path)
 * cannot hold it: no title or heading weight, only the lead's and the saturated text's.
 */
const outsideSection = (): number => (RANKING.page + RANKING.text * (RANKING.k1 + 1)) / mostWhere();

/**
 * A score `scoreRecord` cannot exceed for this record, knowing only which concepts it may match,
 * and which of them its section may hold. A concept its section cannot hold earns no title or
 * heading weight, and no section-focus bonus: most paragraphs match in their text only, and this
 * bound is about a fifth of the one that assumes every concept in the section.
 * @param held - bit i set when concept i may match the record (a superset of what it matches)
 * @param bounds - `conceptBounds` of the plan
 * @param queryTerms - the plan's terms, as a set
 * @param inSection - bit i set when concept i may be found in the page title or heading path (a
 *   superset of where it is found); every bit by default
 */
export function scoreBound(
  record: AnalysedRecord,
  plan: QueryPlan,
  held: number,
  bounds: readonly number[],
  queryTerms: ReadonlySet<string>,
  inSection = 0xffffffff,
): number {
  const outside = outsideSection();
  let sum = 0;
  let count = 0;
  let named = 0;
  for (let index = 0; index < bounds.length; index += 1) {
    const bit = 1 << index;
    if (held & bit) {
      count += 1;
      if (inSection & bit) {
        sum += bounds[index]!;
        named += 1;
      } else {
        sum += bounds[index]! * outside;
      }
    }
  }
  if (count === 0) return 0;
  const concepts = plan.concepts.length;
  const share = count / concepts;
  const focus = named / concepts;
  const heading = record.ownHeading;
  let exact = count === concepts && heading.length > 0;
  for (let i = 0; exact && i < heading.length; i += 1) exact = queryTerms.has(heading[i]!);
  return (
    sum *
    share *
    share *
    withPlacePrior(record, bonusBound(count, concepts, exact) * (1 + RANKING.sectionFocus * focus * focus)) *
    ROUNDING
  );
}

function everyIn(terms: readonly string[], field: ReadonlySet<string>): boolean {
  for (const term of terms) if (!field.has(term)) return false;
  return true;
}

/**
 * Whether the record scores above 0, without scoring it: some concept that has weight has an
 * alternative found in the page title, the heading path, the page's lead or, its words side by
 * side, in the paragraph (the condition under which `scoreAlternative` finds a match).
 * @param held - bit i clear when concept i certainly does not match the record: not checked
 * @param textChecked - the caller knows that the paragraph holds no alternative of a held concept
 *   that has weight (the engine's postings told it): positions are not read again
 */
export function matchesPlan(
  record: AnalysedRecord,
  plan: QueryPlan,
  bounds: readonly number[],
  held = 0xffffffff,
  textChecked = false,
): boolean {
  for (let index = 0; index < plan.concepts.length; index += 1) {
    if (!(held & (1 << index)) || !((bounds[index] ?? 0) > 0)) continue;
    for (const { terms } of plan.concepts[index]!.alternatives) {
      if (!textChecked && textHoldsPhrase(record, terms)) return true;
      if (everyIn(terms, record.title) || everyIn(terms, record.heading) || everyIn(terms, record.page)) return true;
    }
  }
  return false;
}

/**
 * @returns the record's score for the plan; 0 when it matches no concept
 */
export function scoreRecord(record: AnalysedRecord, plan: QueryPlan, context: RankContext): number {
  const conceptWeightsOfPlan = conceptWeights(plan, context.vocabulary);
  const concepts = plan.concepts.length;
  // One pass, no intermediate arrays: on ten times the content a query scores hundreds of records
  // per keystroke. Summed in concept order, as before.
  const matches = new Array<ConceptMatch | null>(concepts);
  let score = 0;
  let found = 0;
  let inSection = 0;
  let around = 0;
  for (let index = 0; index < concepts; index += 1) {
    let best: ConceptMatch | null = null;
    for (const alternative of plan.concepts[index]!.alternatives) {
      const match = scoreAlternative(record, alternative, conceptWeightsOfPlan[index] ?? 0, context);
      if (match && (!best || match.score > best.score)) best = match;
    }
    matches[index] = best;
    if (!best) continue;
    score += best.score;
    found += 1;
    if (best.inSection) inSection += 1;
    if (best.around) around += 1;
  }
  if (found === 0) return 0;
  for (let i = 1; i < concepts; i += 1) {
    const left = matches[i - 1];
    const right = matches[i];
    if (left && right) score += RANKING.phrase * proximity(left, right) * ((left.score + right.score) / 2);
  }
  const coverage = found / concepts;
  const focus = inSection / concepts;
  const exact = namesOwnHeading(record, plan, around === concepts) ? RANKING.exactHeading : 0;
  const priors = withPlacePrior(record, (1 + exact) * (1 + RANKING.sectionFocus * focus * focus));
  return score * coverage * coverage * priors;
}

/**
 * `priors` times what the record's place gives: a page's first paragraphs, its content type, a
 * digest page. Multiplied in this order so that scores stay bit-for-bit the same, and records that
 * tie keep tying (their order is then by id).
 */
function withPlacePrior(record: AnalysedRecord, priors: number): number {
  return (
    priors *
    (1 + RANKING.lead / (1 + record.pageIndex)) *
    RANKING.typePrior[record.record.k] *
    (record.digest ? RANKING.digest : 1)
  );
}
