/**
 * Decides where a comment belongs on the page as it is now: on a paragraph, on a passage of a
 * paragraph, or under "Comments on earlier wording" (an orphan). Nothing is ever dropped and
 * nothing is moved to another paragraph: a comment whose paragraph id is gone, or whose quote
 * cannot be placed in that paragraph, is an orphan and is shown with its quote.
 *
 * Every language's page shares the English paragraph ids, so a comment may be shown beside a
 * translation of the text it was written on. Its hash and quote then cannot match, and that says
 * nothing about the text having changed: a comment written in another language than the
 * paragraph's is never marked "text changed", and its passage, when not found, belongs to its
 * whole paragraph (its quote is shown with it) rather than to "earlier wording".
 *
 * Pure: no DOM.
 */
import type { PublicAnnotation, Target } from '../../../shared/annotations';
import { DEFAULT_LOCALE } from '../../../shared/locales';
import { textHash } from '../../../shared/paragraphId';
import { matchQuote } from './matchQuote';

/** The current paragraphs' texts by id (a Map, or anything that reads texts on demand). */
export type ParagraphTexts = Pick<ReadonlyMap<string, string>, 'get'>;

/** Where a comment belongs now: a whole paragraph, a passage of it, or nowhere on the page (an orphan). */
export type Placement =
  | { kind: 'paragraph'; paragraphId: string; textChanged: boolean }
  | { kind: 'passage'; paragraphId: string; start: number; end: number; textChanged: boolean }
  | { kind: 'orphan'; reason: 'paragraph-gone' | 'quote-not-found' };

/**
 * Places one target.
 *
 * @param target - the comment's target as stored
 * @param paragraphs - the current page's paragraphs: id → text (as read by `readBlockText`)
 * @param otherLanguage - the comment was written in another language than the paragraph's text
 *   is in now (a translation of the text it quotes)
 */
export function placeTarget(target: Target, paragraphs: ParagraphTexts, otherLanguage = false): Placement {
  const text = paragraphs.get(target.paragraphId);
  if (text === undefined) return { kind: 'orphan', reason: 'paragraph-gone' };
  const textChanged = !otherLanguage && textHash(text) !== target.paragraphHash;
  if (!target.quote) return { kind: 'paragraph', paragraphId: target.paragraphId, textChanged };
  const match = matchQuote(text, target.quote, target.position);
  if (!match && otherLanguage) return { kind: 'paragraph', paragraphId: target.paragraphId, textChanged: false };
  if (!match) return { kind: 'orphan', reason: 'quote-not-found' };
  return {
    kind: 'passage',
    paragraphId: target.paragraphId,
    start: match.start,
    end: match.end,
    textChanged: textChanged || !match.exact,
  };
}

/** A top-level comment with its replies and where it now belongs. */
export interface PlacedThread {
  root: PublicAnnotation;
  replies: PublicAnnotation[];
  placement: Placement;
}

/**
 * Groups a page's comments into threads (replies under their parent, oldest first) and places
 * each thread. A reply whose parent is not in the list is treated as a thread of its own, so it
 * is still shown.
 *
 * @param languageOf - the locale code of a paragraph's text as shown (`en` on a page not yet
 *   translated, whatever the site's language); absent: every comment is taken to be in it
 */
export function placeThreads(
  annotations: readonly PublicAnnotation[],
  paragraphs: ParagraphTexts,
  languageOf?: (paragraphId: string) => string | undefined,
): PlacedThread[] {
  const byId = new Map(annotations.map((a) => [a.id, a]));
  const rootOf = (annotation: PublicAnnotation): PublicAnnotation => {
    let current = annotation;
    const seen = new Set<string>();
    while (current.parentId && byId.has(current.parentId) && !seen.has(current.id)) {
      seen.add(current.id);
      current = byId.get(current.parentId)!;
    }
    return current;
  };
  const threads = new Map<string, PlacedThread>();
  const sorted = [...annotations].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  for (const annotation of sorted) {
    const root = rootOf(annotation);
    let thread = threads.get(root.id);
    if (!thread) {
      const textLanguage = languageOf?.(root.target.paragraphId);
      const otherLanguage = textLanguage !== undefined && (root.language ?? DEFAULT_LOCALE) !== textLanguage;
      thread = { root, replies: [], placement: placeTarget(root.target, paragraphs, otherLanguage) };
      threads.set(root.id, thread);
    }
    if (annotation !== root) thread.replies.push(annotation);
  }
  return [...threads.values()];
}

/** Comments (threads and their replies) per paragraph id, for the counts on the comment buttons. */
export function countByParagraph(threads: readonly PlacedThread[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const thread of threads) {
    if (thread.placement.kind === 'orphan') continue;
    const id = thread.placement.paragraphId;
    counts.set(id, (counts.get(id) ?? 0) + 1 + thread.replies.length);
  }
  return counts;
}
