/**
 * Import of a W3C Web Annotation collection (ours from another instance, or any tool's), to move
 * the consultation record between instances. Idempotent: an annotation whose id is already stored
 * is left alone, so importing the same file twice adds nothing. Our IRIs (`…/annotations/<id>`)
 * keep their id; any other IRI gets an id derived from it, so a re-import still finds it.
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
import { COMMENT_TYPES, FEEDBACK_FOCUS, LIMITS, STAKEHOLDERS, type Target } from '../../shared/annotations';
import type { BlockIndex } from '../../shared/blockRegister';
import { DISPOSITIONS, type DispositionRecord, type ImportReport } from '../../shared/feedback';
import { DEFAULT_LOCALE, localeOfLanguageTag, splitLocalePath } from '../../shared/locales';
import { textHash } from '../../shared/paragraphId';
import { visibleLength } from '../../shared/visibleText';
import { HttpError } from '../errors';
import { cleanText } from '../markdown';
import { renderMarkdown } from '../markdownRenderer';
import { findPublishedPassage } from '../quotedPassage';
import type { AnnotationRepository, StoredAnnotation } from '../repository';
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

const isObject = (value: unknown): value is JsonLd =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const list = (value: unknown): unknown[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);
const str = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
const clip = (value: string | undefined, max: number) => {
  const cleaned = value === undefined ? '' : cleanText(value).trim();
  return cleaned ? cleaned.slice(0, max) : undefined;
};
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

/** The comment id in an IRI of this service's (`…/annotations/<id>`, or the older `…/api/annotations/<id>`). */
function serviceId(iri: string): string | undefined {
  const at = iri.lastIndexOf(CONTAINER_PATH);
  const tail = at === -1 ? '' : iri.slice(at + CONTAINER_PATH.length);
  if (ID_PATTERN.test(tail)) return tail;
  return /\/api\/annotations\/([A-Za-z0-9_-]{8,64})$/.exec(iri)?.[1];
}

/** Our id for an annotation IRI: the id itself for this service's IRIs, else a digest of the IRI. */
export function localId(iri: string): string {
  return serviceId(iri) ?? `w3c-${createHash('sha256').update(iri).digest('base64url').slice(0, 24)}`;
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
  // Cleaned as any stored quote (commentText.ts); too short a passage quotes nothing.
  const exact = cleanText(str(quote?.exact) ?? '').slice(0, LIMITS.quote);
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

function disposition(value: unknown): DispositionRecord | undefined {
  if (!isObject(value)) return undefined;
  const key = str(value.dispositionValue);
  const response = clip(str(value.response), 2000);
  const decidedAt = str(value.decidedAt);
  if (!key || !Object.hasOwn(DISPOSITIONS, key) || !response || !decidedAt || Number.isNaN(Date.parse(decidedAt)))
    return undefined;
  const record: DispositionRecord = {
    disposition: key as DispositionRecord['disposition'],
    response,
    decidedBy: 'Imported',
    decidedAt: new Date(decidedAt).toISOString(),
  };
  const release = clip(str(value.release), 60);
  if (release) record.release = release;
  const duplicate = str(value.duplicateOf);
  if (duplicate) record.duplicateOf = localId(duplicate);
  return record;
}

const time = (value: unknown, fallback: string) => {
  const text = str(value);
  return text && !Number.isNaN(Date.parse(text)) ? new Date(text).toISOString() : fallback;
};

/** Imports `document`; see the module comment. */
export async function importCollection(
  repo: AnnotationRepository,
  blocks: BlockIndex | null,
  document: unknown,
  /** PREMODERATION: an item that states no `moderationStatus` waits for an editor. */
  policy: { premoderation: boolean } = { premoderation: true },
): Promise<ImportReport> {
  const report: ImportReport = { imported: [], alreadyPresent: [], unanchored: [], rejected: [] };
  const items = annotationsOf(document);
  const now = new Date().toISOString();
  // Parents before replies, whatever the file's order.
  const parsed = items.map((item, index) => ({ item, index, parsed: isObject(item) ? parseTarget(item.target) : {} }));
  parsed.sort(
    (a, b) => Number(a.parsed.parentIri !== undefined) - Number(b.parsed.parentIri !== undefined) || a.index - b.index,
  );
  const decisions: [string, DispositionRecord][] = [];
  const roundIds = new Set((await repo.listRounds()).map((r) => r.id));
  for (const { item, parsed: where } of parsed) {
    const iri = isObject(item) ? str(item.id) : undefined;
    const label = iri ?? '(annotation without id)';
    if (!isObject(item) || !iri) {
      report.rejected.push({ id: label, reason: 'not an annotation with an id' });
      continue;
    }
    const id = localId(iri);
    if (await repo.findById(id)) {
      report.alreadyPresent.push(id);
      continue;
    }
    const bodies = list(item.body).filter(isObject);
    const comment = bodies.find(
      (b) => str(b.purpose) !== 'editing' && str(b.purpose) !== 'classifying' && str(b.value),
    );
    const text = clip(str(comment?.value) ?? str(item.bodyValue), LIMITS.body);
    if (!text) {
      report.rejected.push({ id, reason: 'no comment text (a TextualBody with a value)' });
      continue;
    }
    let target = where.target;
    let parentId: string | undefined;
    if (where.parentIri) {
      parentId = localId(where.parentIri);
      target = (await repo.findById(parentId))?.target;
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
      const placed = anchor(target, blocks);
      target = placed.target;
      if (placed.problem) report.unanchored.push({ id, reason: placed.problem });
    }
    const creator = list(item.creator).find(isObject) ?? {};
    const stakeholder = str(creator.stakeholderType);
    const focus = str(item.focus);
    const commentType = str(item.commentType) ?? TYPE_OF_MOTIVATION[str(item.motivation) ?? ''];
    // This service's container publishes approved comments only.
    const status = str(item.moderationStatus) ?? (serviceId(iri) ? 'approved' : undefined);
    const created = time(item.created, now);
    const annotation: StoredAnnotation = {
      id,
      target,
      body: text,
      bodyHtml: await renderMarkdown(text),
      authorName: clip(str(creator.name) ?? str(creator.nickname), LIMITS.authorName) ?? 'Anonymous',
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
      updatedAt: time(item.modified, created),
    };
    // The body's own language, else the language of the page its target names (a tool that
    // omits `language` still points at `/fr/docs/x` for a comment written in French).
    const language = localeOfLanguageTag(str(comment?.language) ?? where.pageLocale ?? '');
    const optional = {
      // A site language other than the default; the default, or one the site lacks, is stored as none.
      language: language === DEFAULT_LOCALE ? undefined : language,
      organisation: clip(str(creator.onBehalfOf), LIMITS.organisation),
      country: clip(str(creator.country), LIMITS.country),
      proposedWording: clip(str(bodies.find((b) => str(b.purpose) === 'editing')?.value), LIMITS.proposedWording),
      parentId,
    };
    for (const [key, value] of Object.entries(optional)) {
      if (value !== undefined) (annotation as unknown as Record<string, string>)[key] = value;
    }
    const round = isObject(item.round) ? str(item.round.roundId) : undefined;
    if (round && roundIds.has(round)) annotation.roundId = round;
    await repo.insert(annotation);
    report.imported.push(id);
    const decided = disposition(item.disposition);
    if (decided) decisions.push([id, decided]);
  }
  // Decisions after every comment exists (a duplicate may point at a later one).
  for (const [id, decided] of decisions) await repo.setDisposition([id], decided);
  return report;
}
