/**
 * The search engine the browser, the CLI and the tests share: load a published index once, then
 * answer queries. One query = plan (language rules) → retrieve (FlexSearch, one lookup per
 * planned term) → filter (type, provenance, quoted phrases, `-word` exclusions) → rank → results.
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
import { scoreRecord, type RankContext } from './rank';
import type { SearchGlossaryTerm, SearchIndexFile, SearchRecord } from './record';
import { Synonyms, SYNONYM_GROUPS } from './synonyms';
import { TERM_MARK, type Token, type Tokenizer } from './tokenize';
import { Vocabulary } from './vocabulary';

export interface SearchOptions {
  /** Only these content types (all when absent or empty). */
  types?: readonly ContentType[];
  /** Only these provenances (all when absent or empty). */
  provenances?: readonly Provenance[];
  /** Most results returned. */
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
}

export const DEFAULT_LIMIT = 50;
/** Records analysed between two pauses while loading (a few milliseconds of work). */
const LOAD_SLICE = 100;

const pause = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

export class SearchEngine {
  private readonly analysed: AnalysedRecord[];
  private readonly vocabulary = new Vocabulary();
  private readonly context: RankContext;
  private readonly crossLanguage: CrossLanguage;
  readonly synonyms: Synonyms;

  private constructor(
    private readonly index: Document<SearchRecord>,
    analysed: AnalysedRecord[],
    readonly glossary: readonly SearchGlossaryTerm[],
    surfaces: ReadonlyMap<string, string>,
    readonly tokenizer: Tokenizer,
    concepts: readonly SearchGlossaryTerm[],
  ) {
    this.analysed = analysed;
    for (const record of analysed) this.vocabulary.addRecord(recordTerms(record));
    for (const [surface, term] of surfaces) this.vocabulary.addSurface(surface, term);
    this.vocabulary.seal();
    const totalLength = analysed.reduce((sum, record) => sum + record.length, 0);
    this.context = { vocabulary: this.vocabulary, averageLength: totalLength / Math.max(1, analysed.length) };
    // The site's sections under their translated names are forms of one concept on a translated
    // site (the English site has only the English name, which needs no group).
    const sections = tokenizer.language === 'en' ? [] : concepts.map((concept) => [concept.term, ...concept.forms]);
    this.synonyms = Synonyms.fromGlossary(
      [...glossary, ...(tokenizer.language === 'en' ? [] : concepts)],
      tokenizer.language === 'en' ? SYNONYM_GROUPS : [...SYNONYM_GROUPS, ...sections.map((forms) => ({ forms }))],
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
   * Loads a published index file. Records are analysed in slices with a pause between them, so
   * a page that loads it on its main thread stays responsive to input; the search worker, which
   * has no input to answer, loads without pauses (`slice: Infinity`).
   * @param slice - records analysed between two pauses
   * @param language - the language the caller expects (the page's, or the manifest's)
   * @throws Error when the file's format or language is not the expected one
   */
  static async load(
    file: SearchIndexFile,
    { slice = LOAD_SLICE, language }: { slice?: number; language?: SearchLanguage } = {},
  ): Promise<SearchEngine> {
    const { index, records, tokenizer } = await readIndexFile(file, language);
    const analysed: AnalysedRecord[] = [];
    const surfaces = new Map<string, string>();
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
    return new SearchEngine(index, analysed, file.glossary, surfaces, tokenizer, file.concepts ?? []);
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
    if (plan.concepts.length === 0) return { plan, hits: [], total: 0 };
    const types = options.types?.length ? new Set(options.types) : null;
    const provenances = options.provenances?.length ? new Set(options.provenances) : null;
    const hits: SearchHit[] = [];
    const facets: Facets | undefined = options.facets ? { types: {}, provenances: {} } : undefined;
    for (const id of this.retrieve(plan)) {
      const analysed = this.analysed[id];
      if (!analysed) continue;
      const { record } = analysed;
      const typeOk = !types || types.has(record.k);
      const provenanceOk = !provenances || provenances.has(record.p);
      if (!facets && !(typeOk && provenanceOk)) continue;
      if (plan.excluded.some((term) => holdsTerm(analysed, term))) continue;
      if (!plan.phrases.every((phrase) => holdsPhrase(analysed, phrase, this.tokenizer))) continue;
      const score = scoreRecord(analysed, plan, this.context);
      if (score <= 0) continue;
      if (facets && provenanceOk) facets.types[record.k] = (facets.types[record.k] ?? 0) + 1;
      if (facets && typeOk) facets.provenances[record.p] = (facets.provenances[record.p] ?? 0) + 1;
      if (typeOk && provenanceOk) hits.push({ record, score });
    }
    hits.sort((a, b) => b.score - a.score || a.record.id - b.record.id);
    return { plan, hits: hits.slice(0, options.limit ?? DEFAULT_LIMIT), total: hits.length, ...(facets && { facets }) };
  }

  /** Ids of every record holding at least one planned term, in any field. */
  private retrieve(plan: QueryPlan): Set<number> {
    const ids = new Set<number>();
    // English terms are fixed points of the English encoder; other languages' are sent marked as
    // terms (see TERM_MARK), since a light stem need not be one.
    const mark = this.tokenizer.language === 'en' ? '' : TERM_MARK;
    for (const term of plan.terms) {
      for (const group of this.index.search({ query: mark + term, limit: this.analysed.length })) {
        for (const id of group.result) ids.add(Number(id));
      }
    }
    return ids;
  }
}

function holdsTerm(record: AnalysedRecord, term: string): boolean {
  return record.text.has(term) || record.title.has(term) || record.heading.has(term);
}
