/**
 * Decoding URL parts without ever throwing. A reader can type or paste any URL, and
 * `decodeURIComponent` throws a URIError on a stray `%` (`/docs/definition#100%`) or on percent
 * escapes that are not UTF-8 (`#%E0%A4%A`); an uncaught one crashes the page. Every decode of a
 * URL part in this project goes through here.
 *
 * Pure: no DOM, no Node.
 */

/** `decodeURIComponent(part)`, or `null` when `part` cannot be decoded. */
export function decodeUriPart(part: string): string | null {
  try {
    return decodeURIComponent(part);
  } catch {
    return null;
  }
}

/**
 * The element id a location hash names (`#definition-who` → `definition-who`), or `null` for an
 * empty or undecodable hash, which then highlights and scrolls to nothing.
 */
export function fragmentId(hash: string): string | null {
  const raw = hash.startsWith('#') ? hash.slice(1) : hash;
  return raw ? decodeUriPart(raw) : null;
}

/**
 * `part` with every `%` that does not start a decodable escape written as `%25`, so that
 * decoding it gives back the characters the reader typed: `100%` → `100%25` (decodes to `100%`).
 * Returns `part` unchanged when it already decodes.
 */
export function repairPercentEncoding(part: string): string {
  if (decodeUriPart(part) !== null) return part;
  const lenient = part.replace(/%(?![0-9A-Fa-f]{2})/g, '%25');
  // Well-formed escapes that are not UTF-8 (`%E0%A4`): keep every percent sign literally.
  return decodeUriPart(lenient) === null ? part.replace(/%/g, '%25') : lenient;
}
