/**
 * Which records hold a term where ranking can find it: in the page title, the heading path, the
 * paragraph's text or its page's lead (the fields `scoreRecord` reads; see rank.ts). An inverted
 * index of our own beside FlexSearch's, because ranking needs to know, per query, which concepts a
 * record can match before it scores it: that tells a record that is certainly a result (it counts
 * in the total and the facets) from one that may be, and bounds its score, so that only records
 * that can enter the top `limit` are scored in full (`SearchEngine.search`).
 *
 * A page's records are consecutive in the index and share its lead's terms, so lead terms are kept
 * as ranges of record ids rather than repeated for every record.
 *
 * Pure: no DOM, no Node APIs.
 */
import type { AnalysedRecord } from './analyse';

export class Postings {
  /** Term → ids of the records holding it in their title, heading path or text (ascending, may repeat). */
  private readonly own = new Map<string, number[]>();
  /** Term → [first, end) id ranges of the pages whose lead holds it. */
  private readonly lead = new Map<string, number[]>();

  /** @param records - analysed records, indexed by id, each page's records consecutive */
  constructor(records: readonly AnalysedRecord[]) {
    const add = (map: Map<string, number[]>, term: string, ...values: number[]) => {
      const list = map.get(term);
      if (list) list.push(...values);
      else map.set(term, values);
    };
    let first = 0;
    for (let id = 0; id <= records.length; id += 1) {
      const record = records[id];
      const previous = records[id - 1];
      if (previous && previous.page !== record?.page) {
        for (const term of previous.page) add(this.lead, term, first, id);
        first = id;
      }
      if (!record) break;
      for (const term of record.title) add(this.own, term, id);
      for (const term of record.heading) add(this.own, term, id);
      for (const [term, positions] of record.text) if (positions.length > 0) add(this.own, term, id);
    }
  }

  /** Calls `visit` with the id of every record holding `term` (a record may be visited more than once). */
  forEachHolder(term: string, visit: (id: number) => void): void {
    for (const id of this.own.get(term) ?? []) visit(id);
    const ranges = this.lead.get(term) ?? [];
    for (let i = 0; i < ranges.length; i += 2) for (let id = ranges[i]!; id < ranges[i + 1]!; id += 1) visit(id);
  }
}
