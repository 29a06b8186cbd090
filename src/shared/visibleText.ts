/**
 * What counts as visible text, for the rules that need some: a name, a body and a quoted
 * passage must contain characters a reader can see. One definition for the service (which
 * refuses) and the browser (which does not offer to comment on an invisible selection).
 *
 * Pure: no DOM, no Node.
 */

/**
 * A character someone can see: not white space, not a default-ignorable code point (zero-width
 * spaces and joiners, Hangul fillers, variation selectors), not a lone combining mark, not a
 * control or format character, and not the blank Braille pattern.
 */
const VISIBLE = /[^\p{White_Space}\p{Default_Ignorable_Code_Point}\p{M}\p{C}\u2800]/gu;

/** How many visible characters `text` has. */
export function visibleLength(text: string): number {
  return text.match(VISIBLE)?.length ?? 0;
}
