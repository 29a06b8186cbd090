/**
 * Turns a span of a paragraph's text into the selectors stored with a passage comment: a W3C
 * TextQuoteSelector (the passage plus a little context either side) and a TextPositionSelector
 * (its offsets in the paragraph's text).
 *
 * Offsets count UTF-16 code units of the paragraph text as read by `readBlockText` (white space
 * collapsed, controls and badges left out). Only this browser code produces and consumes them,
 * and they are a hint for re-anchoring, never trusted on their own.
 *
 * Pure: no DOM.
 */
import { LIMITS } from '../../../shared/annotationFields';
import { visibleLength } from '../../../shared/visibleText';
import type { TextPosition, TextQuote } from '../../../shared/annotations';

/** Characters of context kept on each side of a quote. */
export const CONTEXT_LENGTH = 32;

/** The selectors of one passage. */
export interface PassageSelectors {
  quote: TextQuote;
  position: TextPosition;
}

/**
 * Describes `text.slice(start, end)`, after trimming white space from both ends of the span.
 *
 * @returns the selectors, or `null` when the span has fewer visible characters than the service
 *   accepts (`LIMITS.quoteMinVisible`) or is longer than it accepts (`LIMITS.quote`)
 */
export function describePassage(text: string, start: number, end: number): PassageSelectors | null {
  let from = Math.max(0, Math.min(start, end));
  let to = Math.min(text.length, Math.max(start, end));
  while (from < to && /\s/.test(text[from]!)) from += 1;
  while (to > from && /\s/.test(text[to - 1]!)) to -= 1;
  if (to - from > LIMITS.quote || visibleLength(text.slice(from, to)) < LIMITS.quoteMinVisible) return null;
  return {
    quote: {
      exact: text.slice(from, to),
      prefix: text.slice(Math.max(0, from - CONTEXT_LENGTH), from),
      suffix: text.slice(to, to + CONTEXT_LENGTH),
    },
    position: { start: from, end: to },
  };
}
