/**
 * British and American spellings of one word become one term, so a reader who types
 * "organization" finds a page that says "organisation" and the other way round. Both the index
 * and the query go through this, so the canonical form (American here) never shows: highlights
 * are placed on the original text.
 *
 * Rules, in order: a table of irregular pairs, then the regular patterns -ise/-yse → -ize/-yze
 * (with their -ation, -ed, -ing forms), -our → -or, and doubled -ll- in a fixed set of stems.
 * Each rule has an exception list, because "otherwise", "promise", "your" and "spelling" must
 * not change.
 *
 * Pure: no DOM, no Node APIs.
 */

/** Irregular British → American pairs (folded, singular). */
const PAIRS: Record<string, string> = {
  programme: 'program',
  centre: 'center',
  centred: 'centered',
  metre: 'meter',
  theatre: 'theater',
  fibre: 'fiber',
  litre: 'liter',
  calibre: 'caliber',
  defence: 'defense',
  licence: 'license',
  offence: 'offense',
  pretence: 'pretense',
  practise: 'practice',
  practised: 'practiced',
  catalogue: 'catalog',
  dialogue: 'dialog',
  analogue: 'analog',
  judgement: 'judgment',
  acknowledgement: 'acknowledgment',
  ageing: 'aging',
  enrol: 'enroll',
  enrolment: 'enrollment',
  fulfil: 'fulfill',
  fulfilment: 'fulfillment',
  instalment: 'installment',
  skilful: 'skillful',
  grey: 'gray',
  sceptical: 'skeptical',
  mould: 'mold',
  whilst: 'while',
  amongst: 'among',
  towards: 'toward',
  learnt: 'learned',
  manoeuvre: 'maneuver',
  paediatric: 'pediatric',
  encyclopaedia: 'encyclopedia',
};

/** -ise words that are spelled -ise in American English too. */
const ISE_WORDS = new Set([
  'advertise',
  'expertise',
  'chastise',
  'merchandise',
  'paradise',
  'precise',
  'concise',
  'incise',
  'excise',
  'exercise',
  'circumcise',
  'treatise',
  'anise',
  'mortise',
  'arise',
  'sunrise',
  'moonrise',
  'uprise',
  'franchise',
]);
/** -ise endings that are never the -ize suffix (devise, likewise, surprise, disguise, promise, premise, surmise). */
const ISE_ENDINGS = /(?:vise|wise|prise|chise|guise|omise|emise|rmise)$/;
const ISE_PATTERN = /^([a-z]{2,})([iy])s(e|ed|es|er|ers|ing|ation|ations|ational)$/;

/** -our roots that are spelled -our everywhere. */
const OUR_WORDS = new Set([
  'flour',
  'scour',
  'detour',
  'contour',
  'devour',
  'velour',
  'amour',
  'paramour',
  'troubadour',
  'dour',
  'sour',
  'tour',
  'your',
  'four',
  'hour',
  'pour',
]);
const OUR_PATTERN = /^([a-z]{2,})our(al|ally|ful|able|ably|ite|ites|ed|ing|er|ers|less|ism|ist|ists)?$/;

/** Stems that double their final l in British English before -ed, -ing, -er. */
const LL_STEMS = new Set([
  'travel',
  'label',
  'model',
  'cancel',
  'signal',
  'counsel',
  'fuel',
  'level',
  'total',
  'channel',
  'funnel',
  'marshal',
  'tunnel',
  'jewel',
  'equal',
  'dial',
  'duel',
  'panel',
  'pencil',
  'quarrel',
  'rival',
  'shovel',
  'trial',
]);
const LL_PATTERN = /^([a-z]{3,})l(ed|ing|er|ers)$/;

function americanIse(word: string): string | null {
  const match = ISE_PATTERN.exec(word);
  if (!match) return null;
  const [, root = '', vowel = '', suffix = ''] = match;
  const base = `${root}${vowel}se`;
  if (/[aeiou]$/.test(root) || ISE_WORDS.has(base) || ISE_ENDINGS.test(base)) return null;
  return `${root}${vowel}z${suffix}`;
}

function americanOur(word: string): string | null {
  const match = OUR_PATTERN.exec(word);
  if (!match) return null;
  const [, root = '', suffix = ''] = match;
  if (OUR_WORDS.has(`${root}our`)) return null;
  return `${root}or${suffix}`;
}

function americanLl(word: string): string | null {
  const match = LL_PATTERN.exec(word);
  if (!match || !LL_STEMS.has(match[1] ?? '')) return null;
  return `${match[1]}${match[2]}`;
}

/**
 * @param word - a folded, stemmed word
 * @returns its canonical (American) spelling; words without a British variant unchanged
 */
export function canonicalSpelling(word: string): string {
  return PAIRS[word] ?? americanIse(word) ?? americanOur(word) ?? americanLl(word) ?? word;
}
