/**
 * "Cite this": one page or paragraph of this site as plain text, BibTeX and CSL-JSON (the format
 * Zotero, Pandoc and citeproc read). What is cited is this reference site, not the Framework's
 * official text (which the site does not hold): the container is the site's title.
 *
 * Pure: the browser's "Share / cite" panel and the tests use the same functions.
 */

export interface CitationInput {
  /** The site's title, e.g. "Copenhagen Framework on Citizen Data". */
  siteTitle: string;
  /** The page's title. */
  pageTitle: string;
  /** The paragraph's id, when a paragraph is cited. */
  paragraphId?: string;
  /** The stable URL to cite (the short link, absolute). */
  url: string;
  /** When the reader accessed it; its local calendar date is used. */
  accessed: Date;
  /** How the citation reads, in the site's language (English when absent). */
  wording?: CitationWording;
}

/**
 * The words of a citation, as templates: a paragraph's cited title (`{title}`, `{id}`), the
 * plain-text citation (`{title}`, `{site}`, `{url}`, `{date}`), and the notes BibTeX and CSL-JSON
 * carry (`{id}`; `{date}`). A French reader pastes a French citation into a French document; the
 * date stays ISO 8601, which every language reads alike. The site's own come from its interface
 * translations (`cite.format.*`, CiteThis/Panel.tsx).
 */
export interface CitationWording {
  paragraphTitle: string;
  plainText: string;
  /** The note naming a cited paragraph, e.g. "Paragraph {id}" (BibTeX and CSL-JSON `note`). */
  paragraphNote: string;
  /** The note saying when it was read, e.g. "Accessed {date}" (BibTeX `note`, for classic styles). */
  accessedNote: string;
}

/** The wording on the English site. */
export const ENGLISH_CITATION_WORDING: CitationWording = {
  paragraphTitle: '{title}, paragraph {id}',
  plainText: '{title}. In: {site}. {url} (accessed {date}).',
  paragraphNote: 'Paragraph {id}',
  accessedNote: 'Accessed {date}',
};

/** Fills a template's `{name}` placeholders in one pass: a value that holds braces is not read again. */
function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}

/** A reader's date as CSL date parts and ISO (YYYY-MM-DD), from the local calendar. */
function dateParts(date: Date): { parts: [number, number, number]; iso: string } {
  const parts: [number, number, number] = [date.getFullYear(), date.getMonth() + 1, date.getDate()];
  const iso = `${parts[0]}-${String(parts[1]).padStart(2, '0')}-${String(parts[2]).padStart(2, '0')}`;
  return { parts, iso };
}

/** The cited title: the page, or "page, paragraph id" (in the input's wording). */
export function citedTitle(input: Pick<CitationInput, 'pageTitle' | 'paragraphId' | 'wording'>): string {
  const { paragraphTitle } = input.wording ?? ENGLISH_CITATION_WORDING;
  return input.paragraphId ? fill(paragraphTitle, { title: input.pageTitle, id: input.paragraphId }) : input.pageTitle;
}

/** Plain text, e.g. `Definition of citizen data, paragraph definition-who. In: <site>. <url> (accessed 2026-11-30).` */
export function plainTextCitation(input: CitationInput): string {
  const { iso } = dateParts(input.accessed);
  const { plainText } = input.wording ?? ENGLISH_CITATION_WORDING;
  return fill(plainText, { title: citedTitle(input), site: input.siteTitle, url: input.url, date: iso });
}

/** Escapes BibTeX's special characters in a field value. */
export function bibtexEscape(value: string): string {
  return value.replace(/[\\{}%&$#_^~]/g, (c) => {
    if (c === '\\') return '\\textbackslash{}';
    if (c === '^') return '\\^{}';
    if (c === '~') return '\\~{}';
    return `\\${c}`;
  });
}

/** The BibTeX key: `cfcd-<paragraph id or page slug>`, letters, digits and hyphens only. */
export function citationKey(input: Pick<CitationInput, 'paragraphId' | 'url'>): string {
  const tail = input.paragraphId ?? (input.url.replace(/\/+$/, '').split('/').pop() || 'home');
  return `cfcd-${tail.replace(/[^A-Za-z0-9-]/g, '-')}`;
}

/** The note naming the cited paragraph, in the input's wording (none for a page). */
function paragraphNote(input: CitationInput): string | undefined {
  const { paragraphNote: template } = input.wording ?? ENGLISH_CITATION_WORDING;
  return input.paragraphId ? fill(template, { id: input.paragraphId }) : undefined;
}

/** A BibTeX `@misc` entry (biblatex reads `url` and `urldate`; classic styles read `howpublished` and `note`). */
export function bibtexCitation(input: CitationInput): string {
  const { iso } = dateParts(input.accessed);
  const accessed = fill((input.wording ?? ENGLISH_CITATION_WORDING).accessedNote, { date: iso });
  const note = [paragraphNote(input), accessed].filter(Boolean).join('. ');
  const fields: [string, string][] = [
    ['title', `{${bibtexEscape(citedTitle(input))}}`],
    ['howpublished', `{${bibtexEscape(input.siteTitle)}}`],
    ['url', `{${input.url.replace(/[{}\\]/g, '')}}`],
    ['urldate', `{${iso}}`],
    ['note', `{${bibtexEscape(note)}}`],
  ];
  return `@misc{${citationKey(input)},\n${fields.map(([name, value]) => `  ${name} = ${value},`).join('\n')}\n}\n`;
}

/** One CSL-JSON item (https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html). */
export interface CslItem {
  id: string;
  type: 'webpage';
  title: string;
  'container-title': string;
  URL: string;
  accessed: { 'date-parts': [[number, number, number]] };
  note?: string;
}

/** A CSL-JSON item for the page or paragraph. */
export function cslCitation(input: CitationInput): CslItem {
  const item: CslItem = {
    id: citationKey(input),
    type: 'webpage',
    title: citedTitle(input),
    'container-title': input.siteTitle,
    URL: input.url,
    accessed: { 'date-parts': [dateParts(input.accessed).parts] },
  };
  const note = paragraphNote(input);
  if (note) item.note = note;
  return item;
}

/** CSL-JSON text as reference managers import it: an array of items. */
export function cslJsonCitation(input: CitationInput): string {
  return `${JSON.stringify([cslCitation(input)], null, 2)}\n`;
}
