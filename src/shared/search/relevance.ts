/**
 * How the relevance test and the benchmark judge a result list against a committed expectation:
 * the rank (1-based) of the first result on the expected page and, when the expectation names
 * one, at the expected paragraph. Pure: no DOM, no Node APIs.
 */

/** One committed query with the answer a reader expects. */
export type RelevanceCase = {
  /** The query as a reader would type it. */
  q: string;
  /** Path of the page that answers it. */
  page: string;
  /** Anchor of the paragraph (or blog section) that answers it, when one does. */
  paragraph?: string;
  /** What the case exercises: typo, spelling, acronym, phrase, number, plain. */
  kind: string;
};

/**
 * What counts as finding the answer: the right page; the exact paragraph; or the section holding
 * the paragraph (for engines that link to headings, not paragraphs; needs `sectionOf`).
 */
export type Granularity = 'page' | 'paragraph' | 'section';

/** Id of the heading of the section holding a paragraph ('' in a page's lead). */
export type SectionOf = (page: string, paragraph: string) => string | undefined;

function split(url: string): { page: string; anchor: string } {
  const [page = '', anchor = ''] = url.split('#');
  return { page: page.replace(/\/$/, '') || '/', anchor };
}

/**
 * @param urls - result URLs, best first
 * @returns the 1-based rank of the first matching result, or null when none matches
 */
export function rankOf(
  urls: readonly string[],
  expected: RelevanceCase,
  granularity: Granularity,
  sectionOf?: SectionOf,
): number | null {
  const page = split(expected.page).page;
  const target =
    granularity === 'section' && expected.paragraph ? sectionOf?.(page, expected.paragraph) : expected.paragraph;
  const index = urls.findIndex((url) => {
    const result = split(url);
    if (result.page !== page) return false;
    return granularity === 'page' || !expected.paragraph || result.anchor === target;
  });
  return index === -1 ? null : index + 1;
}

export interface RelevanceScore {
  top1: number;
  top3: number;
  /** Cases whose expected result is not in the top 3, for the failure message. */
  misses: Array<{ q: string; rank: number | null }>;
}

/** Share of cases answered at rank 1 and within the top 3. */
export function scoreRelevance(
  cases: readonly RelevanceCase[],
  search: (q: string) => readonly string[],
  granularity: Granularity,
  sectionOf?: SectionOf,
): RelevanceScore {
  let top1 = 0;
  let top3 = 0;
  const misses: RelevanceScore['misses'] = [];
  for (const entry of cases) {
    const rank = rankOf(search(entry.q), entry, granularity, sectionOf);
    if (rank === 1) top1 += 1;
    if (rank !== null && rank <= 3) top3 += 1;
    else misses.push({ q: entry.q, rank });
  }
  return { top1: top1 / cases.length, top3: top3 / cases.length, misses };
}
