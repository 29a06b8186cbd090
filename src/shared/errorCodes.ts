/**
 * The comment service's error codes, written once: the service puts one on an error a reader can
 * meet through the site's forms (`ErrorResponse.code`, and per field `fields[].code`), and the
 * browser turns it into a sentence in the reader's language (src/components/Comments/errorMessage.ts),
 * rebuilt from `params` where it names a number, a date or a language. The English `message` stays
 * on the wire for scripts and logs; the browser shows it only for an error that has no code (or a
 * code newer than the page), marked as English.
 *
 * A code names what went wrong, not the HTTP status: two 400s that ask the reader for different
 * actions get different codes. Errors only scripts and editors meet (moderation, imports, bad
 * headers) have none.
 *
 * Pure: no schema library, no DOM, no Node, so the browser can import it cheaply.
 */

export const ERROR_CODES = [
  // About the whole request.
  /** 400 with `fields`: the fields' own codes say what to correct. */
  'invalidFields',
  /** 409: the paragraph changed after the page was opened; the quoted passage is gone from it. */
  'paragraphReworded',
  /** 409: the paragraph's consultation round has closed. Params: `date`, `round`. */
  'roundClosed',
  /** 409: the paragraph's consultation round has not opened yet. Params: `date`, `round`. */
  'roundUpcoming',
  /** 409: the same comment is still being stored (a retry of the outbox). */
  'stillProcessing',
  /** 400: the game needs the device cookie, which this browser has not kept. */
  'noDeviceToken',
  /** 409: the editors rejected the comment or marked it as spam; it can be deleted, not changed. */
  'commentRefused',
  /** 413: the request is larger than the service reads. Params: `kilobytes`. */
  'requestTooLarge',

  // About one field (`fields[].code`); a single-field refusal also carries it as the request's code.
  /** Required and missing. */
  'required',
  /** Empty, or nothing but white space, invisible or control characters once cleaned. */
  'noVisibleText',
  /** Params: `limit` (characters). */
  'tooLong',
  /** Longer than the limit once stored (NFC, cleaning). Params: `limit`, `length`. */
  'tooLongAsStored',
  /** Params: `limit` (characters). */
  'tooShort',
  /** Not one of the accepted values. Params: `values` (comma-separated). */
  'notOneOf',
  /** Holds half of a character (a lone UTF-16 surrogate). */
  'brokenCharacter',
  /** The quoted passage is too short. Params: `min` (visible characters). */
  'quoteTooShort',
  /** The quoted passage is not in the paragraph as published. */
  'quoteNotFound',
  /** The passage is in another language's text of the paragraph. Params: `language` (a locale code). */
  'quoteInOtherLanguage',
  /** The site publishes no text in the comment's language. Params: `language` (a locale code). */
  'quoteLanguageUnpublished',
  /** The paragraph is no longer on the page (a new release moved or removed it). */
  'paragraphGone',
  /** The page is not one this site publishes. */
  'pageUnknown',
  /** The comment a reply answers is no longer published. */
  'parentGone',
  /** The body's formatting took too long to render. Params: `seconds`. */
  'formattingTooSlow',
  /** Quotes and lists nested too deeply. Params: `max`. */
  'nestingTooDeep',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/** Values a code's sentence is rebuilt from (numbers as numbers, so each language writes them its way). */
export type ErrorParams = Record<string, string | number>;

/** True for a code this build knows (a newer service may send one it does not). */
export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);
}
