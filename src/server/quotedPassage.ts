/**
 * A new comment's quoted passage, checked against the paragraph as published and recorded as it
 * stands there.
 *
 * Why: a quote is shown to every reader as the Framework's wording, beside its paragraph and,
 * once the text is reworded, under "Comments on earlier wording". The browser reads it from the
 * page, but the service cannot tell a browser from a script, so a passage the published text
 * never held must not be stored: it would be shown as wording the Framework once had. The quote's
 * context (W3C TextQuoteSelector `prefix` and `suffix`) and its offsets (TextPositionSelector) are
 * taken from the published text too, so every stored selector describes real text.
 *
 * Pure: no DOM, no I/O.
 */
import type { TextPosition, TextQuote } from '../shared/annotations';
import { cleanText } from './markdown';

/** The passage as it stands in the published paragraph. */
export interface PublishedPassage {
  quote: TextQuote;
  /** Offsets in the paragraph's text (UTF-16 code units); absent when cleaning changed the text. */
  position?: TextPosition;
}

/** How many characters before `at` in `text` agree with the end of `prefix`. */
function agreeingBefore(text: string, at: number, prefix: string): number {
  let n = 0;
  while (n < prefix.length && n < at && text[at - 1 - n] === prefix[prefix.length - 1 - n]) n += 1;
  return n;
}

/** How many characters from `from` in `text` agree with the start of `suffix`. */
function agreeingAfter(text: string, from: number, suffix: string): number {
  let n = 0;
  while (n < suffix.length && from + n < text.length && text[from + n] === suffix[n]) n += 1;
  return n;
}

/**
 * Finds `quote.exact` in a published paragraph's text. Where it occurs more than once, the
 * occurrence whose surroundings agree longest with the quote's prefix and suffix wins, then the
 * one nearest `position.start`, then the first.
 *
 * @param text - the paragraph's text as the block register holds it (what `readBlockText` reads)
 * @param quote - the selector as sent; each part is cleaned as stored (NFC, no controls) first
 * @returns the passage with its context cut from `text` to the lengths the quote's context had,
 *   or null when the passage is not in `text`
 */
export function findPublishedPassage(text: string, quote: TextQuote, position?: TextPosition): PublishedPassage | null {
  const published = cleanText(text);
  const exact = cleanText(quote.exact);
  const prefix = cleanText(quote.prefix);
  const suffix = cleanText(quote.suffix);
  if (!exact) return null;
  let best = -1;
  let bestScore = -1;
  let bestDistance = Infinity;
  for (let at = published.indexOf(exact); at !== -1; at = published.indexOf(exact, at + 1)) {
    const score = agreeingBefore(published, at, prefix) + agreeingAfter(published, at + exact.length, suffix);
    const distance = position ? Math.abs(at - position.start) : 0;
    if (score > bestScore || (score === bestScore && distance < bestDistance)) {
      [best, bestScore, bestDistance] = [at, score, distance];
    }
  }
  if (best === -1) return null;
  const end = best + exact.length;
  return {
    quote: {
      exact,
      prefix: published.slice(Math.max(0, best - prefix.length), best),
      suffix: published.slice(end, end + suffix.length),
    },
    ...(published === text ? { position: { start: best, end } } : {}),
  };
}
