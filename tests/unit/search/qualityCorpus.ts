/**
 * A second small corpus for the search-quality rules of issue 8: synonyms the site does not use,
 * compounds, ranges, pasted invisible characters, Latin letters, question words, headings.
 */
import { buildIndexFile } from '../../../src/shared/search/indexFile';
import { SearchEngine } from '../../../src/shared/search/engine';
import type { SearchRecord } from '../../../src/shared/search/record';

type Row = Omit<SearchRecord, 'id'>;
const row = (u: string, t: string, h: string[], x: string): Row => ({ u, t, h, k: 'background', p: 'summary', x });

export const QUALITY_ROWS: Row[] = [
  row(
    '/a#cso',
    'Civil society',
    [],
    'Civil society organisations work closely with communities that official data miss.',
  ),
  row('/a#ai', 'Artificial intelligence', [], 'Artificial intelligence is a newer topic in the work on citizen data.'),
  row('/a#aim', 'Aims', [], 'The aim of the meeting was to agree on next steps.'),
  row(
    '/b#state',
    'Who is a citizen',
    [],
    'Data produced by state actors can count when people are meaningfully engaged.',
  ),
  row(
    '/h#bodies',
    'Public sector',
    ['Can the state be involved?'],
    'An institute includes data that state bodies produce, as long as the people concerned take part.',
  ),
  row(
    '/b#displaced',
    'Who is a citizen',
    [],
    'EGRISS pushed for displaced people to be included; a sampling frame for asylum seekers was presented.',
  ),
  row(
    '/b#visible',
    'Who is a citizen',
    [],
    'The work aims to close data gaps on less visible groups such as migrants.',
  ),
  row('/c#financing', 'Capacity and financing', [], 'Innovative options for financing were discussed at the meeting.'),
  row('/c#labels', 'Sources', ['How to read the labels'], 'Each page carries labels at the top.'),
  row('/d#dane', 'Examples', [], 'Colombia’s statistical office has worked on co-creation of data with citizens.'),
  row(
    '/d#hangzhou',
    'Collaborative',
    [],
    'Launched at the World Data Forum in Hangzhou (24–27 April 2023) in Medellín’s sister city.',
  ),
  row('/d#world', 'World', [], 'The world of data is wide, and the world keeps changing.'),
  row(
    '/e',
    'From insights to action',
    [],
    'A side event was held in New York to gather feedback on the draft Framework.',
  ),
  row(
    '/e#agenda',
    'From insights to action',
    ['Agenda'],
    'Reception, opening and welcome, presentation, panel discussion.',
  ),
  row(
    '/f#side-event',
    'Timeline',
    ['Side event at the session'],
    'An evening meeting at the Ford Foundation in New York.',
  ),
  row(
    '/g#official',
    'Background',
    ['Where official information lives'],
    'The official text is not reproduced on this site yet.',
  ),
  row(
    '/g#integration',
    'Integration',
    [],
    'Citizen data usually sit outside official statistics, and the text on it is pending.',
  ),
  // A compound whose second half starts a synonym of its own ("state actors" ↔ government, and
  // "state bodies" in /h#bodies).
  row(
    '/h#non-state',
    'Who is a citizen',
    ['Non-state actors'],
    'Non-state actors, such as community groups, bring what official statistics miss.',
  ),
  // One paragraph per reviewed synonym group whose forms the rows above do not use.
  row('/v#cite', 'Citing', [], 'Cite the Framework by its name and its status.'),
  row('/v#kinds', 'Umbrella term', [], 'Several kinds of initiative share one umbrella term.'),
  row('/v#privacy', 'Rights', [], 'Privacy is one of the six principles of that approach.'),
  row('/v#generated', 'Glossary', [], 'Citizen-generated data come from people themselves.'),
  row('/v#nhri', 'Other actors', [], 'NHRIs watch how data about people are used.'),
  row('/v#academia', 'Other actors', [], 'Academia teaches and tests the methods.'),
];

export async function qualityEngine(): Promise<SearchEngine> {
  const records = QUALITY_ROWS.map((entry, id) => ({ ...entry, id }));
  return SearchEngine.load(JSON.parse(JSON.stringify(await buildIndexFile(records, []))));
}
