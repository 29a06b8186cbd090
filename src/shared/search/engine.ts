/**
 * The search engine the browser, the CLI and the tests share: load a published index once, then
 * answer queries. One query = plan (language rules) → retrieve (FlexSearch, one lookup per
 * planned term) → filter (type, provenance, quoted phrases, `-word` exclusions) → rank → results.
 *
 * Ranking scores in full only the records that can still reach the top `limit` (dynamic pruning:
 * see `scoreBound` in rank.ts); the others are counted for the total and the facets without being
 * scored. The results are exactly those of scoring every record (tests/unit/search/pruning.test.ts):
 * a common word such as "data", on ten times the content, no longer means scoring thousands of
 * paragraphs for every keystroke.
 *
 * Filters are applied here rather than with FlexSearch tags, because FlexSearch 0.8 ORs tags of
 * different fields where an intersection is needed.
 *
 * Pure: no DOM, no Node APIs.
 */
import type { Document } from 'flexsearch';
import type { ContentType } from '../contentModel';
import { isDigestRoute } from '../contentTypes';
import type { Provenance } from '../paragraphId';
import { analyseRecord, holdsPhrase, recordTerms, type AnalysedRecord } from './analyse';
import { CrossLanguage } from './crossLanguage';
import { readIndexFile } from './indexFile';
import type { SearchLanguage } from './language';
import { planQuery, type QueryPlan } from './queryPlan';
import { Postings } from './postings';
import { conceptBounds, coverageBound, pruningIsExact, scoreBound, scoreRecord, type RankContext } from './rank';
import type { SearchGlossaryTerm, SearchIndexFile, SearchRecord } from './record';
import { Synonyms, SYNONYM_GROUPS } from './synonyms';
import { TERM_MARK, type Token, type Tokenizer } from './tokenize';
import { Vocabulary } from './vocabulary';

export interface SearchOptions {
  /** Only these content types (all when absent or empty). */
  types?: readonly ContentType[];
  /** Only these provenances (all when absent or empty). */
  provenances?: readonly Provenance[];
  /** Most results returned: a whole number ≥ 0, or Infinity (default `DEFAULT_LIMIT`). */
  limit?: number;
  /** Also count the results per content type and per provenance (what the filters would give). */
  facets?: boolean;
}

/**
 * Result counts per filter value: for types, under the provenance filter only; for provenances,
 * under the type filter only (so each count says what ticking that box would add).
 */
export interface Facets {
  types: Partial<Record<ContentType, number>>;
  provenances: Partial<Record<Provenance, number>>;
}

export interface SearchHit {
  record: SearchRecord;
  score: number;
}

export interface SearchResponse {
  plan: QueryPlan;
  /** Best first. */
  hits: SearchHit[];
  /** Matching records before `limit` was applied. */
  total: number;
  /** When asked for with `facets`. */
  facets?: Facets;
  /**
   * Records scored in full. The others could not reach the top `limit`: counted without a score
   * (`mayMatch` knows which records match), or left out as matching nothing. What dynamic
   * pruning saved, for the benchmark.
   */
  scored: number;
}

/** A retrieved record on its way to ranking: what the filters said, and which concepts it may match. */
interface Candidate {
  analysed: AnalysedRecord;
  /** Bit i set when concept i may match (see `mayMatch`). */
  held: number;
  /** Bit i set when concept i may be found in the page title or heading path (see `mayMatch`). */
  inSection: number;
  /** Passes the type and provenance filters: counted in the total, listed if it ranks. */
  listed: boolean;
  typeOk: boolean;
  provenanceOk: boolean;
  /** Scores above 0 (`matchesPlan`, known from the postings), so it counts without being scored. */
  certain: boolean;
}

/** Number of bits set. */
function bitCount(bits: number): number {
  let count = 0;
  for (let rest = bits >>> 0; rest !== 0; rest &= rest - 1) count += 1;
  return count;
}

/** The `limit` best hits seen so far: a min-heap on (score, then later id), kept small. */
class TopHits {
  private readonly heap: SearchHit[] = [];
  constructor(private readonly limit: number) {}

  get full(): boolean {
    return this.heap.length >= this.limit;
  }

  /** The score a hit must reach to be kept: −Infinity until full, +Infinity with a limit of 0. */
  get lowest(): number {
    return this.full ? (this.heap[0]?.score ?? Infinity) : -Infinity;
  }

  offer(hit: SearchHit): void {
    if (this.limit <= 0) return;
    if (!this.full) {
      this.heap.push(hit);
      this.up(this.heap.length - 1);
    } else if (worse(this.heap[0]!, hit)) {
      this.heap[0] = hit;
      this.down(0);
    }
  }

  /** Best first: score descending, then id ascending. */
  sorted(): SearchHit[] {
    return [...this.heap].sort((a, b) => b.score - a.score || a.record.id - b.record.id);
  }

  private up(index: number): void {
    const { heap } = this;
    while (index > 0) {
      const parent = (index - 1) >> 1;
      if (!worse(heap[index]!, heap[parent]!)) return;
      [heap[index], heap[parent]] = [heap[parent]!, heap[index]!];
      index = parent;
    }
  }

  private down(index: number): void {
    const { heap } = this;
    for (;;) {
      let worst = index;
      const left = 2 * index + 1;
      if (left < heap.length && worse(heap[left]!, heap[worst]!)) worst = left;
      if (left + 1 < heap.length && worse(heap[left + 1]!, heap[worst]!)) worst = left + 1;
      if (worst === index) return;
      [heap[index], heap[worst]] = [heap[worst]!, heap[index]!];
      index = worst;
    }
  }
}

/**
 * The `limit` option as a count of results: a whole number ≥ 0 (`DEFAULT_LIMIT` when absent, 0
 * when not a number), or Infinity for every result.
 */
function resultLimit(limit: number | undefined): number {
  if (limit === undefined) return DEFAULT_LIMIT;
  if (Number.isNaN(limit)) return 0;
  return Math.max(0, Math.floor(limit));
}

/** Whether `a` ranks below `b` (lower score, or the same score and a later id). */
function worse(a: SearchHit, b: SearchHit): boolean {
  return a.score < b.score || (a.score === b.score && a.record.id > b.record.id);
}

export const DEFAULT_LIMIT = 50;
/** Records analysed between two pauses while loading (a few milliseconds of work). */
const LOAD_SLICE = 100;

const pause = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

export interface LoadOptions {
  /** Records analysed between two pauses (`LOAD_SLICE` when absent; Infinity: no pause). */
  slice?: number;
  /** The language the caller expects (the page's, or the manifest's): a file in another is refused. */
  language?: SearchLanguage;
}

/**
 * Analyses records for ranking, in id order, with a pause every `slice` records. A page's records
 * are consecutive and share its lead (its first record's terms); a part of the index holds whole pages.
 * @param surfaces - surface forms met so far, added to
 */
async function analyseRecords(
  records: readonly SearchRecord[],
  surfaces: Map<string, string>,
  tokenizer: Tokenizer,
  slice = LOAD_SLICE,
): Promise<AnalysedRecord[]> {
  const analysed: AnalysedRecord[] = [];
  let page = '';
  let pageIndex = 0;
  let lead: ReadonlySet<string> | undefined;
  let digest = false;
  for (const record of records) {
    const path = record.u.split('#')[0] ?? '';
    pageIndex = path === page ? pageIndex + 1 : 0;
    page = path;
    // Once per page: whether it is a digest.
    if (pageIndex === 0) digest = isDigestRoute(path);
    const current = analyseRecord(record, pageIndex, surfaces, pageIndex === 0 ? undefined : lead, digest, tokenizer);
    if (pageIndex === 0) lead = current.page;
    analysed.push(current);
    if (analysed.length % slice === 0) await pause();
  }
  return analysed;
}

export class SearchEngine {
  private readonly analysed: AnalysedRecord[];
  private readonly vocabulary = new Vocabulary();
  private readonly postings: Postings;
  private readonly context: RankContext;
  private readonly crossLanguage: CrossLanguage;
  readonly synonyms: Synonyms;

  private constructor(
    /** One FlexSearch index per part loaded, in order. */
    private readonly indexes: readonly Document<SearchRecord>[],
    analysed: AnalysedRecord[],
    readonly glossary: readonly SearchGlossaryTerm[],
    /** Surface forms met in the records (see `analyseRecord`), kept for the parts still to come. */
    private readonly surfaces: ReadonlyMap<string, string>,
    readonly tokenizer: Tokenizer,
    private readonly concepts: readonly SearchGlossaryTerm[],
    /** Acronyms of the names the text spells out, as `[acronym, name]` groups (`SearchIndexFile.names`). */
    private readonly names: readonly string[][],
  ) {
    this.analysed = analysed;
    for (const record of analysed) this.vocabulary.addRecord(recordTerms(record));
    for (const [surface, term] of surfaces) this.vocabulary.addSurface(surface, term);
    this.vocabulary.seal();
    this.postings = new Postings(analysed);
    const totalLength = analysed.reduce((sum, record) => sum + record.length, 0);
    this.context = { vocabulary: this.vocabulary, averageLength: totalLength / Math.max(1, analysed.length) };
    // The site's sections under their translated names are forms of one concept on a translated
    // site (the English site has only the English name, which needs no group).
    const sections = tokenizer.language === 'en' ? [] : concepts.map((concept) => [concept.term, ...concept.forms]);
    this.synonyms = Synonyms.fromGlossary(
      [...glossary, ...(tokenizer.language === 'en' ? [] : concepts)],
      [...SYNONYM_GROUPS, ...[...sections, ...names].map((forms) => ({ forms }))],
      tokenizer,
    );
    this.crossLanguage = new CrossLanguage([...glossary, ...concepts], tokenizer);
  }

  /** The index's language. */
  get language(): SearchLanguage {
    return this.tokenizer.language;
  }

  /** Tokens of a text as this index reads it (for snippets and highlights). */
  tokenize(text: string): Token[] {
    return this.tokenizer.tokenize(text);
  }

  /**
   * Loads a published index file: a whole index, or the first of its parts (then `extend` adds the
   * others). Records are analysed in slices with a pause between them, so a page that loads it on
   * its main thread stays responsive to input; the search worker, which has no input to answer,
   * loads without pauses (`slice: Infinity`).
   * @param slice - records analysed between two pauses
   * @param language - the language the caller expects (the page's, or the manifest's)
   * @throws Error when the file's format or language is not the expected one, or it is not a first part
   */
  static async load(file: SearchIndexFile, options: LoadOptions = {}): Promise<SearchEngine> {
    // Read first: a file of another format says so, whatever it holds.
    const { index, records, tokenizer } = await readIndexFile(file, options.language);
    if (file.first !== 0)
      throw new Error(`Search index part starts at record ${file.first}: load the first part first.`);
    const surfaces = new Map<string, string>();
    const analysed = await analyseRecords(records, surfaces, tokenizer, options.slice);
    return new SearchEngine(
      [index],
      analysed,
      file.glossary,
      surfaces,
      tokenizer,
      file.concepts ?? [],
      file.names ?? [],
    );
  }

  /**
   * Loads a whole index published in parts (the CLI, the benchmark and the tests: the browser adds
   * them one by one, with `extend`, to search the first before the others arrive).
   * @param files - the parts, in the manifest's order
   * @throws Error as `load` and `extend` do, or when there is no part
   */
  static async loadParts(files: readonly SearchIndexFile[], options: LoadOptions = {}): Promise<SearchEngine> {
    const [first, ...rest] = files;
    if (!first) throw new Error('The search index has no parts; rebuild the site.');
    let engine = await SearchEngine.load(first, options);
    for (const file of rest) engine = await engine.extend(file, options);
    return engine;
  }

  /**
   * This index with the next part added: the records analysed so far are kept, and the statistics
   * ranking reads (document frequencies, average length) are counted again over every record, so
   * that results are those of the whole index loaded at once (tests/unit/search/parts.test.ts).
   * This engine is left as it was, and can answer queries while the part loads.
   * @param file - the part whose first record follows this index's last
   * @throws Error when its format or language differ from this index's, or it does not follow it
   */
  async extend(file: SearchIndexFile, options: Omit<LoadOptions, 'language'> = {}): Promise<SearchEngine> {
    const { index, records } = await readIndexFile(file, this.language);
    if (file.first !== this.size)
      throw new Error(
        `Search index part starts at record ${file.first}, but the parts loaded hold ${this.size} records; rebuild the site.`,
      );
    const surfaces = new Map(this.surfaces);
    const analysed = await analyseRecords(records, surfaces, this.tokenizer, options.slice);
    return new SearchEngine(
      [...this.indexes, index],
      [...this.analysed, ...analysed],
      this.glossary,
      surfaces,
      this.tokenizer,
      this.concepts,
      this.names,
    );
  }

  /** Number of records in the index. */
  get size(): number {
    return this.analysed.length;
  }

  /** The record with this id. */
  record(id: number): SearchRecord {
    const analysed = this.analysed[id];
    if (!analysed) throw new RangeError(`No search record ${id}.`);
    return analysed.record;
  }

  /** Plans a query without running it (what the highlighter needs). */
  plan(query: string): QueryPlan {
    return planQuery(query, {
      vocabulary: this.vocabulary,
      synonyms: this.synonyms,
      tokenizer: this.tokenizer,
      crossLanguage: this.crossLanguage,
    });
  }

  search(query: string, options: SearchOptions = {}): SearchResponse {
    const plan = this.plan(query);
    if (plan.concepts.length === 0) return { plan, hits: [], total: 0, scored: 0 };
    const limit = resultLimit(options.limit);
    const types = options.types?.length ? new Set(options.types) : null;
    const provenances = options.provenances?.length ? new Set(options.provenances) : null;
    const facets: Facets | undefined = options.facets ? { types: {}, provenances: {} } : undefined;
    const bounds = conceptBounds(plan, this.vocabulary);
    // Null when the current weights make the bounds inexact (see `pruningIsExact`): then every
    // record is scored, as before pruning.
    const maybe = pruningIsExact() ? this.mayMatch(plan, bounds) : null;
    const queryTerms = new Set(plan.terms);
    // Candidates by how many concepts they may match: coverage weighs most in a score, so the
    // best come first, and once `limit` hits are in hand a whole group whose bound is below the
    // lowest of them is only counted, without a score (`mayMatch` knows which records match).
    const byCoverage: Candidate[][] = Array.from({ length: plan.concepts.length + 1 }, () => []);
    for (const id of this.retrieve(plan)) {
      const analysed = this.analysed[id];
      if (!analysed) continue;
      const { record } = analysed;
      const typeOk = !types || types.has(record.k);
      const provenanceOk = !provenances || provenances.has(record.p);
      if (!facets && !(typeOk && provenanceOk)) continue;
      const held = maybe ? maybe.held[id]! : -1; // -1: every bit, every concept may match
      if (held === 0) continue;
      if (plan.excluded.length > 0 && plan.excluded.some((term) => holdsTerm(analysed, term))) continue;
      if (plan.phrases.length > 0 && !plan.phrases.every((phrase) => holdsPhrase(analysed, phrase, this.tokenizer)))
        continue;
      const coverage = maybe ? bitCount(held) : plan.concepts.length;
      byCoverage[coverage]!.push({
        analysed,
        held,
        inSection: maybe ? maybe.inSection[id]! : -1,
        listed: typeOk && provenanceOk,
        typeOk,
        provenanceOk,
        certain: maybe?.certain[id] === 1,
      });
    }
    const best = new TopHits(limit);
    let total = 0;
    let scored = 0;
    for (let coverage = byCoverage.length - 1; coverage > 0; coverage -= 1) {
      const groupBound = maybe ? coverageBound(bounds, coverage, plan.concepts.length) : Infinity;
      for (const candidate of byCoverage[coverage]!) {
        const { analysed, listed } = candidate;
        const needed =
          maybe === null ||
          (listed &&
            !(
              best.full &&
              (groupBound < best.lowest ||
                scoreBound(analysed, plan, candidate.held, bounds, queryTerms, candidate.inSection) < best.lowest)
            ));
        let score = 0;
        if (needed) {
          score = scoreRecord(analysed, plan, this.context);
          scored += 1;
          if (score <= 0) continue;
        } else if (!candidate.certain) continue;
        const { k: type, p: provenance } = analysed.record;
        if (facets && candidate.provenanceOk) facets.types[type] = (facets.types[type] ?? 0) + 1;
        if (facets && candidate.typeOk) facets.provenances[provenance] = (facets.provenances[provenance] ?? 0) + 1;
        if (!listed) continue;
        total += 1;
        if (needed) best.offer({ record: analysed.record, score });
      }
    }
    return { plan, hits: best.sorted(), total, scored, ...(facets && { facets }) };
  }

  /**
   * Per record, which concepts of the plan it may match (bit i for concept i: it holds every word
   * of one of the concept's alternatives where ranking looks, see postings.ts), which of them its
   * page title and heading path may hold (every word of an alternative there), and whether it
   * matches one that has weight (`matchesPlan`, answered from the postings: a one-word alternative
   * anywhere, or a longer one side by side in its paragraph or whole in its page title, heading
   * path or page lead). Null, and every record scored, when a plan had more concepts than bits
   * (`MAX_CONCEPTS` keeps it well below) or a form had more than 255 words.
   */
  private mayMatch(
    plan: QueryPlan,
    bounds: readonly number[],
  ): { held: Uint32Array; inSection: Uint32Array; certain: Uint8Array } | null {
    const longest = Math.max(0, ...plan.concepts.flatMap((concept) => concept.alternatives.map((a) => a.terms.length)));
    if (plan.concepts.length > 31 || longest > 255) return null;
    const size = this.analysed.length;
    const held = new Uint32Array(size);
    const inSection = new Uint32Array(size);
    const certain = new Uint8Array(size);
    // For a form of several words: how many of its words, in order, each record holds so far.
    const reached = new Uint8Array(size);
    /** Calls `mark` with each record that `forEachHolder` visits for every one of `terms`. */
    const holdingEvery = (
      terms: readonly string[],
      forEachHolder: (term: string, visit: (id: number) => void) => void,
      mark: (id: number) => void,
    ) => {
      reached.fill(0);
      terms.forEach((term, step) => {
        forEachHolder(term, (id) => {
          if (reached[id] === step) reached[id] = step + 1;
        });
      });
      for (let id = 0; id < size; id += 1) if (reached[id] === terms.length) mark(id);
    };
    plan.concepts.forEach((concept, index) => {
      const bit = 1 << index;
      const weighs = (bounds[index] ?? 0) > 0;
      for (const { terms } of concept.alternatives) {
        if (terms.length === 0) continue;
        if (terms.length === 1) {
          this.postings.forEachHolder(terms[0]!, (id) => {
            held[id]! |= bit;
            if (weighs) certain[id] = 1;
          });
          this.postings.forEachSectionHolder(terms[0]!, (id) => {
            inSection[id]! |= bit;
          });
          continue;
        }
        // Where the paragraph holds the form's words side by side, it matches (certainly, if it weighs).
        for (const id of this.postings.textPhraseHolders(terms)) {
          held[id]! |= bit;
          if (weighs) certain[id] = 1;
        }
        // Elsewhere it may match only where the record holds every one of its words (the title,
        // heading path or lead may hold them all)…
        holdingEvery(
          terms,
          (term, visit) => this.postings.forEachHolder(term, visit),
          (id) => (held[id]! |= bit),
        );
        // …and it does where one of those fields holds them all. Knowing it here spares checking
        // each of the thousands of records that hold the words scattered (`matchesPlan`).
        if (weighs)
          for (const field of ['title', 'heading', 'lead'] as const)
            this.postings.forEachHolderOfEvery(field, terms, (id) => (certain[id] = 1));
        // And in the section only where the title and heading path hold every one of them.
        holdingEvery(
          terms,
          (term, visit) => this.postings.forEachSectionHolder(term, visit),
          (id) => (inSection[id]! |= bit),
        );
      }
    });
    return { held, inSection, certain };
  }

  /** Ids of every record holding at least one planned term, in any field, each once, in the order found. */
  private retrieve(plan: QueryPlan): number[] {
    // A byte per record rather than a Set: on ten times the content a common word retrieves
    // thousands of ids per keystroke.
    const seen = new Uint8Array(this.analysed.length);
    const ids: number[] = [];
    // English terms are fixed points of the English encoder; other languages' are sent marked as
    // terms (see TERM_MARK), since a light stem need not be one.
    const mark = this.tokenizer.language === 'en' ? '' : TERM_MARK;
    for (const term of plan.terms) {
      for (const index of this.indexes) {
        for (const group of index.search({ query: mark + term, limit: this.analysed.length })) {
          for (const found of group.result) {
            const id = Number(found);
            if (seen[id] === 1) continue;
            seen[id] = 1;
            ids.push(id);
          }
        }
      }
    }
    return ids;
  }
}

function holdsTerm(record: AnalysedRecord, term: string): boolean {
  return record.text.has(term) || record.title.has(term) || record.heading.has(term);
}
