/**
 * "Is it citizen data?": cards for the side event's game. Each card describes a data initiative
 * by who started it, who designed it, who collected the data and whether they feed official
 * statistics; the player says whether it meets the Framework's operational definition as
 * reported (the 2024 draft, as quoted in a news item of 14 February 2024: see /docs/definition).
 *
 * Content truth: every verdict rests only on the elements of the reported definition listed in
 * FACTS.md §2.1 (initiative; citizens; initiate or be sufficiently engaged; at the minimum the
 * design and/or collection stages; official status irrelevant, partly verified). Where the
 * reported definition cannot decide a case (it does not say what "sufficiently engaged" means,
 * nor exactly who counts as a citizen), the right answer is "cannot tell", and the explanation
 * says why. The initiatives are made up for the game; none is a real project.
 *
 * Card text is English here and goes through translate() with the card id in the components.
 * Pure: no DOM, no Node.
 */
import type { GameAnswer } from '../event';

/** The definition's elements a verdict can rest on, each with the paragraph that states it. */
export const DEFINITION_ELEMENTS = {
  initiative: { label: 'The data come from an initiative', paragraph: 'definition-initiative' },
  who: { label: 'Who is involved: citizens', paragraph: 'definition-who' },
  'who-broad': { label: 'How broadly “citizen” is read', paragraph: 'definition-who-broad-reading' },
  role: { label: 'They start it, or they are sufficiently engaged', paragraph: 'definition-role' },
  stages: { label: 'The minimum: design and/or collection', paragraph: 'definition-stages' },
  'official-status': { label: 'Official status does not decide it', paragraph: 'definition-official-status' },
} as const;

export type DefinitionElement = keyof typeof DEFINITION_ELEMENTS;

/** The page the elements are on. */
export const DEFINITION_PAGE = '/docs/definition';

export interface GameCard {
  id: string;
  /** A name for the made-up initiative. */
  title: string;
  startedBy: string;
  designedBy: string;
  collectedBy: string;
  feedsOfficialStatistics: string;
  /** The right answer under the definition as reported. */
  verdict: GameAnswer;
  /** The element that decides it. */
  decidedBy: DefinitionElement;
  /** Why, in one or two sentences, in terms of that element. */
  explanation: string;
}

export const GAME_CARDS: readonly GameCard[] = [
  {
    id: 'water-points',
    title: 'Residents map their water points',
    startedBy: 'A residents’ association',
    designedBy: 'The residents’ association',
    collectedBy: 'Residents, with their phones',
    feedsOfficialStatistics: 'No',
    verdict: 'yes',
    decidedBy: 'role',
    explanation:
      'Citizens started the initiative themselves. Starting it is one of the two ways the reported definition accepts, so nothing else needs to be checked.',
  },
  {
    id: 'co-designed-survey',
    title: 'A ministry’s survey, co-designed with a community',
    startedBy: 'A government ministry',
    designedBy: 'The ministry together with community members',
    collectedBy: 'Community volunteers',
    feedsOfficialStatistics: 'Not decided yet',
    verdict: 'yes',
    decidedBy: 'stages',
    explanation:
      'Citizens did not start it, but they took part in both the design and the collection, which are the stages the reported definition names as the minimum for engagement.',
  },
  {
    id: 'late-consultation',
    title: 'Consulted only on the results',
    startedBy: 'A university research team',
    designedBy: 'The research team',
    collectedBy: 'The research team',
    feedsOfficialStatistics: 'No',
    verdict: 'no',
    decidedBy: 'stages',
    explanation:
      'Community members were asked only to interpret the results. The reported definition requires engagement at, at the minimum, the design or the collection stage, and they took part in neither.',
  },
  {
    id: 'integrated-later',
    title: 'Community data taken up by the statistical office',
    startedBy: 'A community organisation of persons with disabilities',
    designedBy: 'The organisation’s members',
    collectedBy: 'The organisation’s members',
    feedsOfficialStatistics: 'Yes: the national statistical office later integrated the data',
    verdict: 'yes',
    decidedBy: 'official-status',
    explanation:
      'The community started and ran it, and being integrated into official statistics does not change that: the reported definition counts data whether or not they are integrated. This clause is only partly verified, because the quoted sentence breaks off there.',
  },
  {
    id: 'respondents-only',
    title: 'A household survey: people answer the questions',
    startedBy: 'The national statistical office',
    designedBy: 'The national statistical office',
    collectedBy: 'The office’s interviewers, asking households',
    feedsOfficialStatistics: 'Yes',
    verdict: 'cannot-tell',
    decidedBy: 'role',
    explanation:
      'The reported definition turns on whether citizens are “sufficiently engaged”, but it does not say whether answering questions as a respondent counts as engagement in collection. The reported text cannot decide this; check the official text.',
  },
  {
    id: 'ngo-survey',
    title: 'An international NGO surveys its partners’ communities',
    startedBy: 'An international non-governmental organisation',
    designedBy: 'The NGO’s staff',
    collectedBy: 'The NGO’s staff',
    feedsOfficialStatistics: 'No',
    verdict: 'cannot-tell',
    decidedBy: 'who-broad',
    explanation:
      'It depends on whether a civil-society organisation counts as “citizens”. A later partner page reads the term to include civil-society organisations, but that reading is only partly verified, so the reported definition cannot settle it.',
  },
  {
    id: 'air-sensors',
    title: 'Neighbours measure air quality',
    startedBy: 'A group of neighbours',
    designedBy: 'The neighbours, with a volunteer engineer',
    collectedBy: 'Low-cost sensors on the neighbours’ balconies',
    feedsOfficialStatistics: 'No',
    verdict: 'yes',
    decidedBy: 'initiative',
    explanation:
      'The data are readings from machines, not answers from people, but the definition looks at the initiative the data come from, not at what the data contain. Citizens started and designed this initiative.',
  },
];

/** The link to the paragraph that decides a card. */
export function decidingLink(card: GameCard): string {
  return `${DEFINITION_PAGE}#${DEFINITION_ELEMENTS[card.decidedBy].paragraph}`;
}

export interface GameScore {
  /** Cards answered correctly. */
  correct: number;
  /** Cards answered. */
  answered: number;
  /** Cards in the game. */
  total: number;
  /** Per card: the answer given (if any) and whether it was right. */
  cards: { id: string; answer: GameAnswer | undefined; right: boolean }[];
}

/** Scores a player's answers (by card id); unknown card ids are ignored. One point per right answer. */
export function scoreGame(answers: Readonly<Record<string, GameAnswer>>, cards = GAME_CARDS): GameScore {
  const rows = cards.map((card) => {
    const answer = answers[card.id];
    return { id: card.id, answer, right: answer === card.verdict };
  });
  return {
    correct: rows.filter((row) => row.right).length,
    answered: rows.filter((row) => row.answer !== undefined).length,
    total: cards.length,
    cards: rows,
  };
}

/** The card with an id, or undefined. */
export function findCard(id: string, cards = GAME_CARDS): GameCard | undefined {
  return cards.find((card) => card.id === id);
}
