/**
 * The side event of 26 February 2024 ("From Insights to Action: Shaping the Future of Citizen
 * Data") as the site uses it live: its focus areas (a) to (c), the paths of the event pages, and
 * the wire contract of input from the floor and of the presenter's live stream.
 *
 * Input from the floor is stored as comments (annotations) on the input page, one "paragraph" per
 * focus area (`focus-a` to `focus-c`), with the comments' own `focus` values. So it is moderated
 * in /moderate with the same tools, and exported with every other comment, with nothing extra.
 *
 * Pure: no DOM, no Node.
 */
import Type, { type Static } from 'typebox';
import type { FEEDBACK_FOCUS } from './annotations';

export const EVENT_PATH = '/event/2024-02-26';
export const EVENT_INPUT_PATH = `${EVENT_PATH}/input`;
export const EVENT_PRESENTER_PATH = `${EVENT_PATH}/presenter`;
export const EVENT_GAME_PATH = `${EVENT_PATH}/game`;

/** The seed document the event pages rest on (its facts, not its sentences). */
export const EVENT_SOURCE = {
  title: 'From Insights to Action: Shaping the Future of Citizen Data (side event, 26 February 2024)',
  /** In the repository; the event page links the UN Statistical Commission's 55th session too. */
  sessionUrl: 'https://unstats.un.org/UNSDWebsite/statcom/55',
} as const;

/** The three focus areas, by letter, with the comment `focus` each maps to. */
export const FOCUS_AREAS = {
  a: 'practicality',
  b: 'enabling-environment',
  c: 'collaborative-use',
} as const satisfies Record<string, keyof typeof FEEDBACK_FOCUS>;

export type FocusLetter = keyof typeof FOCUS_AREAS;
export const FOCUS_LETTERS = Object.keys(FOCUS_AREAS) as FocusLetter[];

/** The paragraph id a focus area's input is stored under. */
export const focusParagraphId = (letter: FocusLetter) => `focus-${letter}`;

/**
 * The focus area of input from the floor: the letter when `target` is the input page and one of its
 * focus areas, else undefined (a comment on a page of the site). Such input has no paragraph in the
 * block register, and is not to be shown as a comment whose paragraph has gone.
 */
export function floorFocusOf(target: { page: string; paragraphId: string }): FocusLetter | undefined {
  if (target.page !== EVENT_INPUT_PATH) return undefined;
  return FOCUS_LETTERS.find((letter) => focusParagraphId(letter) === target.paragraphId);
}

/** Shorter than a comment: a line or two typed on a phone. */
export const FLOOR_LIMITS = { text: 500, name: 80 } as const;

/** POST /api/event/input */
export const FloorInputBody = Type.Object(
  {
    focus: Type.Enum(FOCUS_LETTERS),
    text: Type.String({
      minLength: 1,
      maxLength: FLOOR_LIMITS.text,
      pattern: '\\S',
      errorMessage: 'must contain visible text',
    }),
    /** Optional; "Attendee" when empty. */
    name: Type.Optional(Type.String({ maxLength: FLOOR_LIMITS.name })),
  },
  { additionalProperties: false },
);

/** 201 answer: the input waits for an editor (or is shown at once when pre-moderation is off). */
export const FloorInputCreated = Type.Object({
  id: Type.String(),
  status: Type.Enum(['pending', 'approved', 'rejected', 'spam']),
});

/** One approved item as the projector shows it: plain text, no HTML. */
export const FloorItem = Type.Object({
  id: Type.String(),
  focus: Type.Enum(FOCUS_LETTERS),
  text: Type.String(),
  name: Type.String(),
  createdAt: Type.String(),
});

/** The game's answers per card: counts only, never who answered what. */
export const GameTally = Type.Record(
  Type.String(),
  Type.Object({ yes: Type.Integer(), no: Type.Integer(), 'cannot-tell': Type.Integer() }),
);

/** The presenter's state, sent on connect and after every change (server-sent event `state`). */
export const EventState = Type.Object({
  /** Approved input, oldest first. */
  approved: Type.Array(FloorItem),
  /** Input received in any status except spam. */
  received: Type.Integer(),
  tally: GameTally,
});

export const GAME_ANSWERS = ['yes', 'no', 'cannot-tell'] as const;
export type GameAnswer = (typeof GAME_ANSWERS)[number];

/** POST /api/event/game/answers */
export const GameAnswerBody = Type.Object(
  {
    card: Type.String({ pattern: '^[a-z0-9-]{1,40}$', errorMessage: 'must be a game card id such as water-points' }),
    answer: Type.Enum(GAME_ANSWERS),
  },
  { additionalProperties: false },
);

export type FloorInputBody = Static<typeof FloorInputBody>;
export type FloorItem = Static<typeof FloorItem>;
export type EventState = Static<typeof EventState>;
export type GameTally = Static<typeof GameTally>;
export type GameAnswerBody = Static<typeof GameAnswerBody>;
