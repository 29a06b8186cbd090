/**
 * The one function that names a paragraph.
 *
 * The build (remark plugin), the search index and the comment service all identify a block of
 * Framework text by the id returned here, so a search hit, a permalink and a comment thread on the
 * same paragraph always agree. Ids depend only on the block's own text, never on its position,
 * so inserting or editing *another* block never renames this one. Authors who need an id that
 * survives edits to the block itself (for instance the official paragraph numbers, once
 * published) pin it explicitly with a trailing `{#id}` marker.
 *
 * Pure: no DOM, no Node APIs.
 */

/** Ids must be valid, readable URL fragments. */
export const PARAGRAPH_ID_PATTERN = /^[a-z][a-z0-9-]{0,63}$/;

/** How many words of the block's text are kept in its id, for humans reading a URL. */
const SLUG_WORDS = 4;
const SLUG_MAX_LENGTH = 28;

/**
 * Folds text to the form that ids are computed from: case, diacritics, punctuation and runs of
 * white space do not matter, so a reflowed or re-punctuated block keeps its id.
 */
export function normalizeBlockText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** 32-bit FNV-1a: tiny, dependency-free and identical in every runtime. */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** A short content hash, as used in ids and in comment anchors to detect edited paragraphs. */
export function textHash(text: string): string {
  return fnv1a(normalizeBlockText(text)).toString(36).padStart(7, '0');
}

function slugOf(normalized: string): string {
  const slug = normalized
    .split(' ')
    .filter((word) => /^[a-z0-9]+$/.test(word))
    .slice(0, SLUG_WORDS)
    .join('-')
    .slice(0, SLUG_MAX_LENGTH)
    .replace(/-+$/, '');
  return slug;
}

/**
 * Names a block from its text: `p-` + the first words + a hash of the whole text,
 * e.g. `p-citizen-data-is-an-1x9k2bq`.
 *
 * @param text - the block's plain text, without any `{#id}` marker
 * @returns an id matching {@link PARAGRAPH_ID_PATTERN}
 */
export function paragraphId(text: string): string {
  const normalized = normalizeBlockText(text);
  const slug = slugOf(normalized);
  const hash = fnv1a(normalized).toString(36).padStart(7, '0').slice(0, 7);
  return slug ? `p-${slug}-${hash}` : `p-${hash}`;
}

/** Provenance of a page or a block: see the README's "Content truth" section. */
export const PROVENANCES = ['official', 'summary', 'pending'] as const;
export type Provenance = (typeof PROVENANCES)[number];

export interface BlockMarker {
  /** The explicit id, when the author pinned one. */
  id?: string;
  /** The block's own provenance, when it differs from its page's. */
  provenance?: Provenance;
}

/**
 * A Pandoc-style attribute list at the very end of a block: `{#id}`, `{.pending}` or
 * `{#id .summary}`. Only ids and the three provenance classes are allowed, so a typo fails the
 * build instead of silently becoming text.
 */
const MARKER_PATTERN = /\s*\{((?:\s*[#.][^\s{}]+)+)\s*\}\s*$/;

/**
 * Splits a trailing block marker off a block's last text.
 *
 * @returns the text without the marker, and the marker's parts (or `null` if there is none)
 * @throws Error with a fix-it message when the marker is malformed
 */
export function parseBlockMarker(text: string): { text: string; marker: BlockMarker | null } {
  const match = MARKER_PATTERN.exec(text);
  if (!match) return { text, marker: null };
  const marker: BlockMarker = {};
  for (const part of match[1]!.trim().split(/\s+/)) {
    const value = part.slice(1);
    if (part.startsWith('#')) {
      if (!PARAGRAPH_ID_PATTERN.test(value)) {
        throw new Error(
          `Invalid paragraph id "${value}" in "{${match[1]!.trim()}}": use lowercase letters, digits and hyphens, starting with a letter (at most 64 characters), e.g. {#definition-who}.`,
        );
      }
      marker.id = value;
    } else if ((PROVENANCES as readonly string[]).includes(value)) {
      marker.provenance = value as Provenance;
    } else {
      throw new Error(
        `Unknown block class ".${value}" in "{${match[1]!.trim()}}": a block marker takes an id (#my-id) and at most one provenance class (${PROVENANCES.map((p) => `.${p}`).join(', ')}).`,
      );
    }
  }
  return { text: text.slice(0, match.index), marker };
}
