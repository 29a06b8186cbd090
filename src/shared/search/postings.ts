/**
 * Which records hold a term where ranking can find it: in the page title, the heading path, the
 * paragraph's text or its page's lead (the fields `scoreRecord` reads; see rank.ts), and which
 * hold it in the title or heading path, its section, where it can earn the most. An inverted
 * index of our own beside FlexSearch's, because ranking needs to know, per query, which concepts a
 * record can match before it scores it: that tells a record that is certainly a result (it counts
 * in the total and the facets) from one that may be, and bounds its score, so that only records
 * that can enter the top `limit` are scored in full (`SearchEngine.search`).
 *
 * A page's records are consecutive in the index and share its lead's terms, so lead terms are kept
 * as ranges of record ids rather than repeated for every record.
 *
 * Forms of several words ("citizen data", "state actors") are looked up as phrases too: which
 * records' paragraphs hold the words side by side. Found once per phrase by reading positions, then
 * kept (the `PHRASE_CACHE_SIZE` most recently used): the same forms come back at every keystroke, and
 * knowing who holds them spares checking positions for thousands of records per query.
 *
 * Pure: no DOM, no Node APIs.
 */
import { textHoldsPhrase, type AnalysedRecord } from './analyse';

/**
 * Phrases whose holders are kept: a session's forms, many times over. Each keeps its holders' ids:
 * on ten times the content, 13 KB for "citizen data", which a third of the paragraphs hold.
 */
const PHRASE_CACHE_SIZE = 256;

export class Postings {
  /** Term → ids of the records holding it in their title, heading path or text (ascending, may repeat). */
  private readonly own = new Map<string, number[]>();
  /** Term → ids of the records holding it in their page title or heading path (ascending, may repeat). */
  private readonly section = new Map<string, number[]>();
  /** Term → [first, end) id ranges of the runs of records under one page title holding it. */
  private readonly title = new Map<string, number[]>();
  /** Term → ids of the records holding it in their heading path (ascending, each once). */
  private readonly heading = new Map<string, number[]>();
  /** Term → [first, end) id ranges of the pages whose lead holds it. */
  private readonly lead = new Map<string, number[]>();
  /** Phrase (its terms joined by a space) → ids of the records whose paragraph holds it; LRU first. */
  private readonly phrases = new Map<string, readonly number[]>();

  /** @param records - analysed records, indexed by id, each page's records consecutive */
  constructor(private readonly records: readonly AnalysedRecord[]) {
    const add = (map: Map<string, number[]>, term: string, ...values: number[]) => {
      const list = map.get(term);
      if (list) list.push(...values);
      else map.set(term, values);
    };
    let first = 0;
    let titleFirst = 0;
    for (let id = 0; id <= records.length; id += 1) {
      const record = records[id];
      const previous = records[id - 1];
      if (previous && previous.page !== record?.page) {
        for (const term of previous.page) add(this.lead, term, first, id);
        first = id;
      }
      if (previous && previous.record.t !== record?.record.t) {
        for (const term of previous.title) add(this.title, term, titleFirst, id);
        titleFirst = id;
      }
      if (!record) break;
      for (const term of record.title) add(this.own, term, id);
      for (const term of record.heading) {
        add(this.own, term, id);
        add(this.heading, term, id);
      }
      // The own heading's terms are the heading path's last heading, read alone: kept too, in case
      // reading it alone gives a term the whole path does not.
      for (const set of [record.title, record.heading, record.ownHeadingTerms])
        for (const term of set) add(this.section, term, id);
      for (const [term, positions] of record.text) if (positions.length > 0) add(this.own, term, id);
    }
  }

  /** Calls `visit` with the id of every record holding `term` (a record may be visited more than once). */
  forEachHolder(term: string, visit: (id: number) => void): void {
    for (const id of this.own.get(term) ?? []) visit(id);
    const ranges = this.lead.get(term) ?? [];
    for (let i = 0; i < ranges.length; i += 2) for (let id = ranges[i]!; id < ranges[i + 1]!; id += 1) visit(id);
  }

  /**
   * Calls `visit` with the id of every record whose page title, heading path or page lead (`field`)
   * holds every one of `terms`, each id once: ranking finds a form of several words in one of these
   * fields only when the field holds all its words (`scoreAlternative`). Titles and leads are
   * intersected per page (a run of ids), headings per record.
   */
  forEachHolderOfEvery(
    field: 'title' | 'heading' | 'lead',
    terms: readonly string[],
    visit: (id: number) => void,
  ): void {
    // Entries are ids (heading) or [first, end) pairs (title, lead), ascending: a merge walk.
    const width = field === 'heading' ? 1 : 2;
    const [head, ...rest] = terms.map((term) => this[field].get(term) ?? []);
    let kept = head ?? [];
    for (const list of rest) {
      const next: number[] = [];
      let j = 0;
      for (let i = 0; i < kept.length; i += width) {
        while (j < list.length && list[j]! < kept[i]!) j += width;
        if (list[j] === kept[i]) for (let k = i; k < i + width; k += 1) next.push(kept[k]!);
      }
      kept = next;
    }
    if (width === 1) for (const id of kept) visit(id);
    else for (let i = 0; i < kept.length; i += 2) for (let id = kept[i]!; id < kept[i + 1]!; id += 1) visit(id);
  }

  /** Calls `visit` with the id of every record holding `term` in its title or heading path (maybe twice). */
  forEachSectionHolder(term: string, visit: (id: number) => void): void {
    for (const id of this.section.get(term) ?? []) visit(id);
  }

  /**
   * Ids of the records whose paragraph holds `terms` side by side and in order (`textHoldsPhrase`),
   * ascending, each once. Not the title, heading path or lead: those are checked per record.
   */
  textPhraseHolders(terms: readonly string[]): readonly number[] {
    const key = terms.join(' ');
    const known = this.phrases.get(key);
    if (known) {
      // Most recently used last, so that the phrases of the query being typed stay.
      this.phrases.delete(key);
      this.phrases.set(key, known);
      return known;
    }
    const holders: number[] = [];
    let previous = -1;
    for (const id of this.own.get(terms[0] ?? '') ?? []) {
      if (id === previous) continue;
      previous = id;
      if (textHoldsPhrase(this.records[id]!, terms)) holders.push(id);
    }
    if (this.phrases.size >= PHRASE_CACHE_SIZE) this.phrases.delete(this.phrases.keys().next().value!);
    this.phrases.set(key, holders);
    return holders;
  }
}
