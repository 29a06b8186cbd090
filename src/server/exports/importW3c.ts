/**
 * Import of a W3C Web Annotation collection (ours from another instance, or any tool's), to move
 * the consultation record between instances. Idempotent: an annotation whose id is already stored
 * is left alone, so importing the same file twice adds nothing. This site's own IRIs
 * (`<PUBLIC_ORIGIN>/annotations/<id>`) keep their id; any other IRI, another host's
 * `…/annotations/<id>` included, gets an id derived from it, so a re-import still finds it and
 * another tool cannot pass its annotations off as ours (published at once, under our ids).
 *
 * All or nothing: every item is read and checked first, then the whole file is stored in one
 * transaction (`insertAll`), so a failed import stores nothing and a retry imports everything.
 * Nothing is silently changed: a text over its limit, or a date later than now (beyond
 * CLOCK_SKEW_MS), refuses the import with 400 naming each item (`items[<index>].<field>`, the index
 * in the file's order) rather than being cut or taken as is.
 *
 * Anchoring: the target's page and FragmentSelector (paragraph id) are checked against the block
 * register. An id the site no longer carries is re-anchored by its TextQuoteSelector to the
 * paragraph of that page that contains the quote; what cannot be placed is imported all the same
 * (readers see it under "Comments on earlier wording") and listed in the report's `unanchored`.
 * Items that are not usable comments (no target, no text, a source that is no page address) are
 * listed in `rejected`.
 *
 * Untrusted like any comment: every text is cleaned as stored; a quote found in its paragraph is
 * stored as it stands there (context and offsets cut from the published text, `quotedPassage.ts`),
 * and one that is not is kept as the record's (it may quote earlier wording), without offsets and
 * listed in `unanchored` for the editor to check. An item without a `moderationStatus` keeps the
 * status it had where it came from when that is known (a W3C container of this service publishes
 * approved comments only); another tool's follows the site's policy, pending under pre-moderation.
 */
import { createHash } from 'node:crypto';
import {
  COMMENT_TYPES,
  FEEDBACK_FOCUS,
  LIMITS,
  STAKEHOLDERS,
  type FieldErrorResponse,
  type Target,
} from '../../shared/annotations';
import type { BlockIndex } from '../../shared/blockRegister';
import { DISPOSITIONS, FEEDBACK_LIMITS, type DispositionRecord, type ImportReport } from '../../shared/feedback';
import { DEFAULT_LOCALE, localeOfLanguageTag, splitLocalePath } from '../../shared/locales';
import { textHash } from '../../shared/paragraphId';
import { visibleLength } from '../../shared/visibleText';
import { HttpError } from '../errors';
import { cleanText } from '../markdown';
import { renderMarkdown } from '../markdownRenderer';
import { findPublishedPassage } from '../quotedPassage';
import type { AnnotationRepository, ImportedDecision, StoredAnnotation } from '../repository';
import { hashToken, randomToken } from '../secrets';
import { CONTAINER_PATH, type JsonLd } from './w3c';

const ID_PATTERN = /^[A-Za-z0-9_-]{8,64}$/;
const PARAGRAPH_PATTERN = /^[a-z][a-z0-9-]{0,63}$/;
const HASH_PATTERN = /^[0-9a-z]{1,16}$/;
/** A site path, as `PagePath` (src/shared/annotations.ts) accepts it. */
const PAGE_PATTERN = /^\/[A-Za-z0-9/._~-]*$/;
const TYPE_OF_MOTIVATION: Record<string, string> = {
  questioning: 'question',
  editing: 'suggestion',
  assessing: 'concern',
};

/** How far in the future a date may be (another instance's clock running ahead) before it is refused. */
export const CLOCK_SKEW_MS = 5 * 60_000;

/** Where the import takes place: this site's origin (what counts as our own IRI) and its policy. */
export interface ImportPolicy {
  /** PREMODERATION: an item that states no `moderationStatus` waits for an editor. */
  premoderation: boolean;
  /** PUBLIC_ORIGIN: IRIs under it are this service's own. */
  origin: string;
}

/**
 * One item's checks: its cleaned texts and dates, each problem recorded against the item's index
 * and field, so that the whole file is reported at once and nothing is stored.
 */
class ItemFields {
  constructor(
    private readonly index: number,
    private readonly problems: FieldErrorResponse[],
    private readonly latest: number,
  ) {}

  private problem(field: string, message: string) {
    this.problems.push({ field: `items[${this.index}].${field}`, message });
  }

  /** The text cleaned as stored (undefined when empty); longer than `max`: a problem, never cut. */
  text(field: string, value: string | undefined, max: number): string | undefined {
    const cleaned = value === undefined ? '' : cleanText(value).trim();
    if (cleaned.length > max) {
      this.problem(field, `is ${cleaned.length} characters long; the limit is ${max}: shorten it in the file`);
    }
    return cleaned || undefined;
  }

  /** The date as ISO, `fallback` when absent or unreadable; later than now: a problem. */
  time(field: string, value: unknown, fallback: string): string {
    const text = str(value);
    if (!text || Number.isNaN(Date.parse(text))) return fallback;
    const at = new Date(text);
    if (at.getTime() > this.latest) this.problem(field, `${text} is in the future: give the date it was really made`);
    return at.toISOString();
  }

  /** A quote over its limit is a problem (quotes are checked where parsed, before the item is read). */
  quoteLength(exact: string | undefined) {
    if (exact !== undefined && exact.length > LIMITS.quote) {
      this.problem('target.selector.exact', `is ${exact.length} characters long; the limit is ${LIMITS.quote}`);
    }
  }
}

const isObject = (value: unknown): value is JsonLd =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const list = (value: unknown): unknown[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);
const str = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
const hasType = (value: JsonLd, type: string) => list(value.type).includes(type);

/** The annotations of a collection (first page embedded, following embedded `next` pages), a page, or an array. */
export function annotationsOf(document: unknown): unknown[] {
  if (Array.isArray(document)) return document;
  if (!isObject(document))
    throw HttpError.badRequest('Send a W3C AnnotationCollection, AnnotationPage or array of Annotations as JSON.');
  if (hasType(document, 'Annotation')) return [document];
  if (hasType(document, 'AnnotationPage')) return list(document.items);
  if (hasType(document, 'AnnotationCollection')) {
    if (document.first === undefined) return [];
    if (!isObject(document.first)) {
      throw HttpError.badRequest(
        'The collection links its first page instead of embedding it: export with format=w3c (every annotation embedded), or send each AnnotationPage.',
      );
    }
    const items: unknown[] = [];
    for (let page: unknown = document.first; isObject(page); page = page.next) items.push(...list(page.items));
    return items;
  }
  throw HttpError.badRequest('Unknown document type: expected an AnnotationCollection, AnnotationPage or Annotation.');
}

/**
 * The comment id in an IRI of this service's: `<origin>/annotations/<id>`, or the older
 * `<origin>/api/annotations/<id>`. The same path on any other host is another tool's annotation.
 */
function serviceId(iri: string, origin: string): string | undefined {
  for (const prefix of [`${origin}${CONTAINER_PATH}`, `${origin}/api/annotations/`]) {
    const tail = iri.startsWith(prefix) ? iri.slice(prefix.length) : '';
    if (ID_PATTERN.test(tail)) return tail;
  }
  return undefined;
}

/** Our id for an annotation IRI: the id itself for this site's IRIs, else a digest of the IRI. */
export function localId(iri: string, origin: string): string {
  return serviceId(iri, origin) ?? `w3c-${createHash('sha256').update(iri).digest('base64url').slice(0, 24)}`;
}

interface ParsedTarget {
  target?: Target;
  parentIri?: string;
  /** The target's source, when it names no page of a site (`javascript:…`, a bare host). */
  badSource?: string;
  /** The language of the page the target names (`/fr/docs/x` → `fr`). */
  pageLocale?: string;
}

function parseTarget(value: unknown): ParsedTarget {
  const first = list(value)[0];
  if (typeof first === 'string') return { parentIri: first };
  if (!isObject(first)) return {};
  const source = str(first.source);
  if (!source) return {};
  let address: string;
  try {
    address = new URL(source).pathname;
  } catch {
    address = source;
  }
  // Comments are stored on the English page's path, whichever language's page they name.
  const { path: page, locale: pageLocale } = splitLocalePath(address);
  if (!PAGE_PATTERN.test(page) || page.length > LIMITS.page) return { badSource: source };
  const selectors = list(first.selector).filter(isObject);
  const refinements = selectors.flatMap((s) => [s, ...list(s.refinedBy).filter(isObject)]);
  const fragment = refinements.find((s) => hasType(s, 'FragmentSelector'));
  const quote = refinements.find((s) => hasType(s, 'TextQuoteSelector'));
  const position = refinements.find((s) => hasType(s, 'TextPositionSelector'));
  const paragraphId = str(fragment?.value)?.replace(/^#/, '') ?? '';
  const hash = str(first.paragraphHash);
  const target: Target = {
    page,
    paragraphId,
    paragraphHash: hash && HASH_PATTERN.test(hash) ? hash : '0',
  };
  // Cleaned as any stored quote (commentText.ts); too short a passage quotes nothing; too long a
  // one is refused by the caller (ItemFields.quoteLength), not cut. The context either side is
  // cut to its limit: it only locates the passage, and is re-cut from the published paragraph.
  const exact = cleanText(str(quote?.exact) ?? '');
  if (visibleLength(exact) >= LIMITS.quoteMinVisible) {
    const prefix = cleanText(str(quote?.prefix) ?? '');
    target.quote = {
      exact,
      prefix: prefix.slice(Math.max(0, prefix.length - LIMITS.quoteContext)),
      suffix: cleanText(str(quote?.suffix) ?? '').slice(0, LIMITS.quoteContext),
    };
  }
  if (typeof position?.start === 'number' && typeof position.end === 'number' && position.start <= position.end) {
    target.position = { start: position.start, end: position.end };
  }
  return { target, pageLocale };
}

/**
 * Places a target on today's site; returns the (possibly re-anchored) target or why it could not
 * be placed. Offsets without a quote found in the paragraph describe no text, and are dropped.
 */
function anchor(target: Target, blocks: BlockIndex | null): { target: Target; problem?: string } {
  const { position: _unchecked, ...withoutOffsets } = target;
  if (!blocks) return { target: withoutOffsets };
  const page = blocks.page(target.page);
  if (!page) return { target: withoutOffsets, problem: `page ${target.page} is not on this site` };
  if (PARAGRAPH_PATTERN.test(target.paragraphId) && blocks.isPublished(target.page, target.paragraphId)) {
    const located = blocks.locate(target.paragraphId);
    const text = located?.page === page ? located.block?.text : undefined;
    if (!target.quote || text === undefined) return { target: withoutOffsets };
    const passage = findPublishedPassage(text, target.quote, target.position);
    if (!passage) {
      return {
        target: withoutOffsets,
        problem: `the quoted passage is not in paragraph ${target.paragraphId} as published: it is shown as earlier wording`,
      };
    }
    return {
      target: { ...withoutOffsets, quote: passage.quote, ...(passage.position ? { position: passage.position } : {}) },
    };
  }
  // An id this page no longer carries: the paragraph that holds the quote now, found as a new comment's is.
  const quote = target.quote;
  for (const block of quote ? page.blocks : []) {
    const passage = findPublishedPassage(block.text, quote!, target.position);
    if (!passage) continue;
    return {
      target: {
        ...withoutOffsets,
        paragraphId: block.id,
        paragraphHash: textHash(block.text),
        quote: passage.quote,
        ...(passage.position ? { position: passage.position } : {}),
      },
    };
  }
  const exact = quote?.exact;
  const what = target.paragraphId ? `paragraph ${target.paragraphId}` : 'no paragraph id';
  return {
    target: PARAGRAPH_PATTERN.test(target.paragraphId)
      ? withoutOffsets
      : { ...withoutOffsets, paragraphId: 'unanchored' },
    problem: `${what} is not on ${target.page}${exact ? ', and the quoted passage was not found there' : ''}`,
  };
}

function disposition(value: unknown, fields: ItemFields, origin: string): DispositionRecord | undefined {
  if (!isObject(value)) return undefined;
  const key = str(value.dispositionValue);
  const response = fields.text('disposition.response', str(value.response), FEEDBACK_LIMITS.response);
  const decidedAt = str(value.decidedAt);
  if (!key || !Object.hasOwn(DISPOSITIONS, key) || !response || !decidedAt || Number.isNaN(Date.parse(decidedAt)))
    return undefined;
  const record: DispositionRecord = {
    disposition: key as DispositionRecord['disposition'],
    response,
    decidedBy: 'Imported',
    decidedAt: fields.time('disposition.decidedAt', decidedAt, decidedAt),
  };
  const release = fields.text('disposition.release', str(value.release), FEEDBACK_LIMITS.release);
  if (release) record.release = release;
  const duplicate = str(value.duplicateOf);
  if (duplicate) record.duplicateOf = localId(duplicate, origin);
  return record;
}

/**
 * Imports `document`; see the module comment.
 *
 * @returns what was imported, already present, placed without its paragraph, and not usable
 * @throws HttpError 400 naming every item's field over a limit or dated in the future (then nothing
 *   is stored); whatever `insertAll` throws (then nothing is stored either)
 */
export async function importCollection(
  repo: AnnotationRepository,
  blocks: BlockIndex | null,
  document: unknown,
  policy: ImportPolicy,
): Promise<ImportReport> {
  const { origin } = policy;
  const report: ImportReport = { imported: [], alreadyPresent: [], unanchored: [], rejected: [] };
  const items = annotationsOf(document);
  const clock = Date.now();
  const now = new Date(clock).toISOString();
  const problems: FieldErrorResponse[] = [];
  // Parents before replies, whatever the file's order.
  const parsed = items.map((item, index) => ({ item, index, parsed: isObject(item) ? parseTarget(item.target) : {} }));
  parsed.sort(
    (a, b) => Number(a.parsed.parentIri !== undefined) - Number(b.parsed.parentIri !== undefined) || a.index - b.index,
  );
  // What the file adds, in order: stored together once every item has been read.
  const adding = new Map<string, StoredAnnotation>();
  const decisions: ImportedDecision[] = [];
  const roundIds = new Set((await repo.listRounds()).map((r) => r.id));
  for (const { item, index, parsed: where } of parsed) {
    const iri = isObject(item) ? str(item.id) : undefined;
    const label = iri ?? '(annotation without id)';
    if (!isObject(item) || !iri) {
      report.rejected.push({ id: label, reason: 'not an annotation with an id' });
      continue;
    }
    const fields = new ItemFields(index, problems, clock + CLOCK_SKEW_MS);
    const id = localId(iri, origin);
    if (adding.has(id) || (await repo.findById(id))) {
      report.alreadyPresent.push(id);
      continue;
    }
    const bodies = list(item.body).filter(isObject);
    const comment = bodies.find(
      (b) => str(b.purpose) !== 'editing' && str(b.purpose) !== 'classifying' && str(b.value),
    );
    const text = fields.text('body', str(comment?.value) ?? str(item.bodyValue), LIMITS.body);
    if (!text) {
      report.rejected.push({ id, reason: 'no comment text (a TextualBody with a value)' });
      continue;
    }
    let target = where.target;
    let parentId: string | undefined;
    if (where.parentIri) {
      parentId = localId(where.parentIri, origin);
      target = (adding.get(parentId) ?? (await repo.findById(parentId)))?.target;
      if (!target) {
        report.rejected.push({ id, reason: `reply to ${where.parentIri}, which is neither here nor in the file` });
        continue;
      }
    } else if (where.badSource !== undefined) {
      report.rejected.push({
        id,
        reason: `target source ${JSON.stringify(where.badSource.slice(0, 200))} is not a page address`,
      });
      continue;
    } else if (!target) {
      report.rejected.push({ id, reason: 'no target with a source page' });
      continue;
    } else {
      fields.quoteLength(target.quote?.exact);
      const placed = anchor(target, blocks);
      target = placed.target;
      if (placed.problem) report.unanchored.push({ id, reason: placed.problem });
    }
    const creator = list(item.creator).find(isObject) ?? {};
    const stakeholder = str(creator.stakeholderType);
    const focus = str(item.focus);
    const commentType = str(item.commentType) ?? TYPE_OF_MOTIVATION[str(item.motivation) ?? ''];
    // This site's container publishes approved comments only; another tool's say nothing of ours.
    const status = str(item.moderationStatus) ?? (serviceId(iri, origin) ? 'approved' : undefined);
    const created = fields.time('created', item.created, now);
    const annotation: StoredAnnotation = {
      id,
      target,
      body: text,
      bodyHtml: await renderMarkdown(text),
      authorName:
        fields.text('creator.name', str(creator.name) ?? str(creator.nickname), LIMITS.authorName) ?? 'Anonymous',
      stakeholder: stakeholder && stakeholder in STAKEHOLDERS ? stakeholder : 'other',
      focus: focus && focus in FEEDBACK_FOCUS ? focus : 'general',
      commentType: commentType && commentType in COMMENT_TYPES ? commentType : 'question',
      visibility: str(item.visibility) === 'editors' ? 'editors' : 'public',
      status:
        status === 'approved' || status === 'pending' || status === 'rejected' || status === 'spam'
          ? status
          : policy.premoderation
            ? 'pending'
            : 'approved',
      // Nobody holds an edit token for an imported comment.
      editTokenHash: hashToken(randomToken(32)),
      ipHash: 'imported',
      createdAt: created,
      updatedAt: fields.time('modified', item.modified, created),
    };
    // The body's own language, else the language of the page its target names (a tool that
    // omits `language` still points at `/fr/docs/x` for a comment written in French).
    const language = localeOfLanguageTag(str(comment?.language) ?? where.pageLocale ?? '');
    const optional = {
      // A site language other than the default; the default, or one the site lacks, is stored as none.
      language: language === DEFAULT_LOCALE ? undefined : language,
      organisation: fields.text('creator.onBehalfOf', str(creator.onBehalfOf), LIMITS.organisation),
      country: fields.text('creator.country', str(creator.country), LIMITS.country),
      proposedWording: fields.text(
        'body.editing',
        str(bodies.find((b) => str(b.purpose) === 'editing')?.value),
        LIMITS.proposedWording,
      ),
      parentId,
    };
    for (const [key, value] of Object.entries(optional)) {
      if (value !== undefined) (annotation as unknown as Record<string, string>)[key] = value;
    }
    const round = isObject(item.round) ? str(item.round.roundId) : undefined;
    if (round && roundIds.has(round)) annotation.roundId = round;
    adding.set(id, annotation);
    report.imported.push(id);
    const decided = disposition(item.disposition, fields, origin);
    // Recorded after every comment exists (a duplicate may point at a later one).
    if (decided) decisions.push({ id, decision: decided });
  }
  if (problems.length) {
    const [first] = problems.sort((a, b) => itemIndex(a.field) - itemIndex(b.field));
    const more = problems.length > 1 ? ` (and ${problems.length - 1} more problem(s), listed in "fields")` : '';
    throw HttpError.badRequest(`${first!.field}: ${first!.message}${more}. Nothing was imported.`, problems);
  }
  await repo.insertAll([...adding.values()], decisions);
  return report;
}

/** The item index a field path starts with (`items[12].body` → 12). */
const itemIndex = (field: string) => Number(/^items\[(\d+)\]/.exec(field)?.[1] ?? 0);
