/**
 * No sentence of the research brief or the seed is reproduced on the site: facts, names, dates
 * and titles carry over, sentences do not. A failure lists each copied passage with its line on
 * the site and in the brief, so the author can rewrite it in new words.
 */
import { describe, expect, it } from 'vitest';
import { foldSpelling, indexGrams, sharedRuns, tokenize, type Token } from './copyCheck';
import { readBrief, readSiteText } from './sharedBrief';

/** Shortest shared run that counts as a copied sentence. */
const RUN = 12;

/**
 * Exact titles and names that must be reproduced as they are (a reader searches for them). Each
 * must appear in the brief, so this list cannot hide a copied sentence.
 */
const TITLES = [
  'A Human Rights-Based Approach to Data: Leaving No One Behind in the 2030 Agenda for Sustainable Development',
  'Harnessing data by citizens for public policy and Sustainable Development Goal monitoring: a conceptual framework',
  'Towards a framework to harness data by citizens, for citizens and about citizens',
  'Advancing Inclusive Data Systems: Strengthening Citizen Data for Impact',
  'After the Copenhagen Framework: Lessons, Tools, and the Road Ahead',
  'Partnership for Impact: NSOs and the Copenhagen Framework on Citizen Data',
  'The Collaborative on Citizen Data moves from vision to implementation',
  'From Insights to Action: Shaping the Future of Citizen Data',
  'The Copenhagen Framework on Citizen Data for a More Inclusive Data Ecosystem',
  'Citizen Contributions to Data: A Conceptual Framework',
  'Data on SDGs are riddled with gaps. Citizens can help',
  'Work on the review of progress towards the Sustainable Development Goals',
  'Data and indicators for the 2030 Agenda for Sustainable Development',
  'Officer-in-Charge, Data Integration, Web Development and Data Visualization Section',
  'acting chief of the Development Data and Outreach Branch',
  'draft presented at the 55th session (2024); endorsed at the 56th session (2025)',
];

const brief = readBrief();
const site = readSiteText();

function words(text: string): string[] {
  return tokenize(text).map((t) => t.word);
}

describe('copy check: helpers', () => {
  it('folds case, punctuation and British/American spelling', () => {
    expect(words('Marginalised ORGANISATIONS’ centre, labelled!')).toEqual(
      words('marginalized organizations center labeled'),
    );
    expect(foldSpelling('behaviour')).toBe(foldSpelling('behavior'));
    expect(words('persons with disabilities & LGBTQi')).toEqual(words('Persons With Disabilities and lgbtqi'));
  });

  it('ignores URLs and block markers, and keeps line numbers', () => {
    const tokens = tokenize('one https://example.org/a-b-c two\nthree {#some-id .summary}');
    expect(tokens).toEqual<Token[]>([
      { word: 'one', line: 1 },
      { word: 'two', line: 1 },
      { word: 'three', line: 2 },
    ]);
  });

  it('reports a copied run once, with both line numbers, and skips allowed titles', () => {
    const source = indexGrams(tokenize('intro\na b c d e f g h\n'), 4);
    const runs = sharedRuns(tokenize('x y\nz A, B; c d E f\nq'), source, 4);
    expect(runs).toEqual([{ siteLine: 2, sourceLine: 2, words: 6, text: 'a b c d e f' }]);
    expect(sharedRuns(tokenize('a b c d e f'), source, 4, ['c d'])).toEqual([]);
  });
});

describe('copy check: the site against FACTS.md and the seed', () => {
  const sources = brief.map((file) => ({ file, grams: indexGrams(tokenize(file.text), RUN) }));

  it('reads the brief it compares against', () => {
    expect(brief.map((f) => f.name)).toEqual(
      expect.arrayContaining(['shared/framework/FACTS.md', 'shared/seed/side-event-2024-02-26.md']),
    );
    expect(sources.every((s) => s.grams.size > 0)).toBe(true);
    expect(site.length).toBeGreaterThan(40);
  });

  it('allows only titles that the brief itself gives', () => {
    const briefWords = ` ${brief.map((f) => words(f.text).join(' ')).join(' ')} `;
    for (const title of TITLES) expect(briefWords, title).toContain(` ${words(title).join(' ')} `);
  });

  it.each(site.map((f) => [f.name, f] as const))('%s shares no run of 12+ words with the brief', (_name, file) => {
    const offenders = sources.flatMap(({ file: source, grams }) =>
      sharedRuns(tokenize(file.text), grams, RUN, TITLES).map(
        (run) => `${file.name}:${run.siteLine} ↔ ${source.name}:${run.sourceLine} (${run.words} words): "${run.text}"`,
      ),
    );
    expect(offenders, 'rewrite these passages in new words; keep names, titles and dates').toEqual([]);
  });
});
