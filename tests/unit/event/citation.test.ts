/** "Cite this": plain text, BibTeX and CSL-JSON for a page and a paragraph. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  bibtexCitation,
  bibtexEscape,
  cslCitation,
  cslJsonCitation,
  plainTextCitation,
  type CitationInput,
} from '../../../src/shared/citation';

// Noon local time: the accessed date is the reader's calendar date whatever the time zone.
const accessed = new Date(2026, 10, 30, 12, 0, 0);
const paragraph: CitationInput = {
  siteTitle: 'Copenhagen Framework on Citizen Data',
  pageTitle: 'Definition of citizen data',
  paragraphId: 'definition-who',
  url: 'https://framework.example.org/p/definition-who',
  accessed,
};
const page: CitationInput = { ...paragraph, paragraphId: undefined, url: 'https://framework.example.org/s/definition' };

describe('citations', () => {
  it('plain text names the page, the paragraph id, the site, the short URL and the date accessed', () => {
    expect(plainTextCitation(paragraph)).toBe(
      'Definition of citizen data, paragraph definition-who. In: Copenhagen Framework on Citizen Data. https://framework.example.org/p/definition-who (accessed 2026-11-30).',
    );
    expect(plainTextCitation(page)).toBe(
      'Definition of citizen data. In: Copenhagen Framework on Citizen Data. https://framework.example.org/s/definition (accessed 2026-11-30).',
    );
  });

  it('reads in the site’s language, with the date in ISO 8601, and fills each placeholder once', () => {
    const french = JSON.parse(readFileSync('i18n/fr/code.json', 'utf8')) as Record<string, { message: string }>;
    const wording = {
      paragraphTitle: french['cite.format.paragraphTitle']!.message,
      plainText: french['cite.format.plainText']!.message,
      paragraphNote: french['cite.format.paragraphNote']!.message,
      accessedNote: french['cite.format.accessedNote']!.message,
    };
    const cited = { ...paragraph, pageTitle: 'Définition des données citoyennes', wording };
    expect(plainTextCitation(cited)).toBe(
      'Définition des données citoyennes, paragraphe definition-who. Dans : Copenhagen Framework on Citizen Data. https://framework.example.org/p/definition-who (consulté le 2026-11-30).',
    );
    expect(cslCitation(cited).title).toBe('Définition des données citoyennes, paragraphe definition-who');
    // The notes too: BibTeX's and CSL-JSON's.
    expect(bibtexCitation(cited)).toContain('  note = {Paragraphe definition-who. Consulté le 2026-11-30},');
    expect(bibtexCitation({ ...page, wording })).toContain('  note = {Consulté le 2026-11-30},');
    expect(cslCitation(cited).note).toBe('Paragraphe definition-who');
    // A title that holds a placeholder's name is cited as written.
    expect(plainTextCitation({ ...page, pageTitle: 'On {url} and {date}', wording })).toBe(
      'On {url} and {date}. Dans : Copenhagen Framework on Citizen Data. https://framework.example.org/s/definition (consulté le 2026-11-30).',
    );
  });

  it('BibTeX is a @misc entry with title, url, urldate and note', () => {
    expect(bibtexCitation(paragraph)).toBe(
      [
        '@misc{cfcd-definition-who,',
        '  title = {Definition of citizen data, paragraph definition-who},',
        '  howpublished = {Copenhagen Framework on Citizen Data},',
        '  url = {https://framework.example.org/p/definition-who},',
        '  urldate = {2026-11-30},',
        '  note = {Paragraph definition-who. Accessed 2026-11-30},',
        '}',
        '',
      ].join('\n'),
    );
    expect(bibtexCitation(page)).toMatch(/^@misc\{cfcd-definition,\n/);
    expect(bibtexCitation(page)).toContain('note = {Accessed 2026-11-30}');
  });

  it('escapes BibTeX’s special characters in titles', () => {
    expect(bibtexEscape('Data & 100% {safe} #1 a_b ~x ^y \\z')).toBe(
      'Data \\& 100\\% \\{safe\\} \\#1 a\\_b \\~{}x \\^{}y \\textbackslash{}z',
    );
    expect(bibtexCitation({ ...paragraph, pageTitle: 'Theme: quality & ethics' })).toContain(
      'title = {Theme: quality \\& ethics, paragraph definition-who}',
    );
  });

  it('CSL-JSON is an array with one webpage item and the accessed date as date parts', () => {
    const parsed = JSON.parse(cslJsonCitation(paragraph));
    expect(parsed).toEqual([
      {
        id: 'cfcd-definition-who',
        type: 'webpage',
        title: 'Definition of citizen data, paragraph definition-who',
        'container-title': 'Copenhagen Framework on Citizen Data',
        URL: 'https://framework.example.org/p/definition-who',
        accessed: { 'date-parts': [[2026, 11, 30]] },
        note: 'Paragraph definition-who',
      },
    ]);
    expect(cslCitation(page)).not.toHaveProperty('note');
  });
});
