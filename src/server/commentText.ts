/**
 * The text of a comment's fields as stored: Unicode NFC, without bidi overrides or control
 * characters, trimmed, and then measured. The schemas (src/shared/annotations.ts) check the
 * shape of what was sent; this checks what will be kept, because normalising can change a
 * text's length (NFC composes and, for a few characters, expands) and because TypeBox counts
 * code points while the form's `maxlength` and the database count UTF-16 code units.
 *
 * Every problem of one request is collected and reported together, each naming its field.
 */
import { LIMITS, type FieldErrorResponse, type TextQuote } from '../shared/annotations';
import { visibleLength } from '../shared/visibleText';
import { HttpError, type Coded } from './errors';
import { cleanText } from './markdown';

/** One field's problem, as in ErrorResponse.fields. */
export type FieldProblem = FieldErrorResponse;

/** Collects the problems of one request's fields and throws them as one 400. */
export class FieldText {
  private readonly problems: FieldProblem[] = [];

  private problem(field: string, message: string, coded: Coded): void {
    this.problems.push({ field, message, ...coded });
  }

  private measured(field: string, text: string, limit: number): string {
    if (text.length > limit) {
      this.problem(field, `must be at most ${limit} characters (it has ${text.length})`, {
        code: 'tooLongAsStored',
        params: { limit, length: text.length },
      });
    }
    return text;
  }

  /** A field that must hold visible text (a body, a name). */
  required(field: string, value: string, limit: number): string {
    const text = cleanText(value).trim();
    if (visibleLength(text) === 0) this.problem(field, 'must contain visible text', { code: 'noVisibleText' });
    return this.measured(field, text, limit);
  }

  /** A field that may be left out or blank; blank becomes undefined. */
  optional(field: string, value: string | undefined, limit: number): string | undefined {
    if (value === undefined) return undefined;
    const text = cleanText(value).trim();
    return visibleLength(text) === 0 ? undefined : this.measured(field, text, limit);
  }

  /**
   * A W3C TextQuoteSelector as stored: every part NFC and cleaned like any other text (the page
   * text is normalised the same way when matching). The passage must have a few visible
   * characters; the context either side is cut to its limit, keeping the characters nearest the
   * passage, since it only helps to find it.
   */
  quote(field: string, quote: TextQuote): TextQuote {
    const exact = cleanText(quote.exact);
    if (visibleLength(exact) < LIMITS.quoteMinVisible) {
      this.problem(
        `${field}.exact`,
        `must quote at least ${LIMITS.quoteMinVisible} visible characters of the passage`,
        {
          code: 'quoteTooShort',
          params: { min: LIMITS.quoteMinVisible },
        },
      );
    }
    const prefix = cleanText(quote.prefix);
    const suffix = cleanText(quote.suffix);
    return {
      exact: this.measured(`${field}.exact`, exact, LIMITS.quote),
      // Cut on code points: a halved surrogate pair would be an invalid string.
      prefix: prefix.slice(Math.max(0, prefix.length - LIMITS.quoteContext)).replace(/^[\uDC00-\uDFFF]/, ''),
      suffix: suffix.slice(0, LIMITS.quoteContext).replace(/[\uD800-\uDBFF]$/, ''),
    };
  }

  /** Throws one 400 naming every field with a problem; does nothing when all were fine. */
  throwIfAny(): void {
    if (this.problems.length === 0) return;
    const message = this.problems.map((p) => `${p.field}: ${p.message}`).join('; ');
    throw HttpError.badRequest(message, this.problems);
  }
}
