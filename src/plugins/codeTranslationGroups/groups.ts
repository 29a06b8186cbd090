/**
 * Which interface strings load with the feature that shows them instead of in every page's main.js.
 *
 * Docusaurus puts a locale's code translations (`i18n/<locale>/code.json`, about 14 KB gzip in
 * French, 16 KB in Arabic) in main.js, which every page loads first, although most of them belong
 * to features that load later or on a page of their own: the comment panel, moderation, the
 * response table and insights, the side-event pages, the home page. A group here is such a
 * feature's ids, chosen by prefix; its strings travel in a chunk of their own that the feature's
 * modules import (src/client/codeTranslations/<group>.ts), and main.js keeps the rest.
 *
 * The rule that keeps every string translated: a module that uses an id of a group imports that
 * group's module, so the strings are in place before its code runs (ES modules evaluate their
 * imports first), on the server as in the browser. tests/unit/i18n/codeTranslationGroups.test.ts
 * checks it for every module under src/.
 */

/**
 * Group name → the id prefixes it holds. An id belongs to the first group with a prefix of it,
 * unless EVERY_FRAMEWORK_PAGE keeps it in main.js.
 */
export const CODE_TRANSLATION_GROUPS = {
  comments: ['comments.'],
  moderation: ['moderation.'],
  feedback: ['feedback.', 'insights.'],
  event: ['event.'],
  home: ['home.'],
} as const satisfies Record<string, readonly string[]>;

export type CodeTranslationGroup = keyof typeof CODE_TRANSLATION_GROUPS;

export const CODE_TRANSLATION_GROUP_NAMES = Object.keys(CODE_TRANSLATION_GROUPS) as CodeTranslationGroup[];

/**
 * Ids under a group's prefix that stay in main.js:
 * - those every Framework page renders with its own HTML: the box that says how to comment
 *   (src/components/Comments/PageIntro.tsx) and the link to the page's comment–response table
 *   (src/components/Feedback/ResponseTableLink.tsx). In a group, the docs pages' chunk would carry
 *   the whole group, and a page with comments would fetch it twice;
 * - the message that comments could not be loaded (src/client/comments/loadFailed.ts): the chunk
 *   that carries the group may be what failed.
 */
export const EVERY_FRAMEWORK_PAGE: { readonly prefixes: readonly string[]; readonly ids: readonly string[] } = {
  prefixes: ['comments.intro.'],
  ids: ['feedback.responses.pageLink', 'comments.loadFailed'],
};

/** The group an id loads with, or undefined for an id every page has in main.js. */
export function groupOf(id: string): CodeTranslationGroup | undefined {
  const { prefixes, ids } = EVERY_FRAMEWORK_PAGE;
  if (ids.includes(id) || prefixes.some((prefix) => id.startsWith(prefix))) return undefined;
  return CODE_TRANSLATION_GROUP_NAMES.find((group) =>
    CODE_TRANSLATION_GROUPS[group].some((prefix) => id.startsWith(prefix)),
  );
}

/** Id → translated message, the shape of Docusaurus's `@generated/codeTranslations`. */
export type CodeTranslations = Record<string, string>;

export interface SplitCodeTranslations {
  /** What main.js keeps: every id of no group. */
  eager: CodeTranslations;
  /** Per group, its ids' messages (an empty object for a group the locale does not translate). */
  groups: Record<CodeTranslationGroup, CodeTranslations>;
}

/** Splits a locale's code translations into main.js's part and each group's. */
export function splitCodeTranslations(messages: Readonly<CodeTranslations>): SplitCodeTranslations {
  const eager: CodeTranslations = {};
  const groups = Object.fromEntries(CODE_TRANSLATION_GROUP_NAMES.map((group) => [group, {}])) as Record<
    CodeTranslationGroup,
    CodeTranslations
  >;
  for (const [id, message] of Object.entries(messages)) {
    const group = groupOf(id);
    (group ? groups[group] : eager)[id] = message;
  }
  return { eager, groups };
}
