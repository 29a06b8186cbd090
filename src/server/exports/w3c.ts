/**
 * The comments as W3C Web Annotations (JSON-LD): single annotations, AnnotationPages and the
 * AnnotationCollection of the public container at /annotations/ (Web Annotation Protocol), and the
 * JSON-LD context of our own terms, served by the site at /ns/consultation.jsonld.
 *
 * Mapping (comments-anchors §6):
 * - target: the page (`source`) with a FragmentSelector naming the paragraph id (the page in the
 *   language the comment was written in, `/fr/docs/x`: its quote is that page's text, though every
 *   language shares the thread and the paragraph id); a comment on a
 *   passage has two equivalent selectors, the fragment refined by a TextQuoteSelector and the
 *   fragment refined by a TextPositionSelector (offsets into the paragraph's text);
 * - a reply targets its parent annotation's IRI, with motivation `replying`;
 * - bodies: the comment (Markdown, purpose `commenting`) and the proposed wording (purpose `editing`),
 *   each with the standard `language` (BCP 47) of the page the comment was written on;
 * - our terms without a standard home (stakeholder type, organisation, country, focus, comment type,
 *   disposition, round, paragraph hash; and for editors moderation status and visibility) are plain
 *   keys defined in the consultation context, so the document stays valid JSON-LD.
 */
import { commentLanguageTag, DEFAULT_LOCALE, localePath } from '../../shared/locales';
import type { StoredAnnotation } from '../repository';

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
export const LDP_CONTEXT = 'http://www.w3.org/ns/ldp.jsonld';
/** Media type of every container response (Web Annotation Protocol §4). */
export const ANNO_MEDIA_TYPE = 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"';
/** Path of the container; annotation IRIs are `${origin}${CONTAINER_PATH}${id}`. */
export const CONTAINER_PATH = '/annotations/';
/** Path of our JSON-LD context. */
export const CONTEXT_PATH = '/ns/consultation.jsonld';

export type JsonLd = Record<string, unknown>;

/** The JSON-LD context document defining our terms under `${origin}/ns/consultation#`. */
export function consultationContext(origin: string): JsonLd {
  const term = (name: string, extra: JsonLd = {}) => ({ '@id': `cons:${name}`, ...extra });
  return {
    '@context': {
      cons: `${origin}/ns/consultation#`,
      xsd: 'http://www.w3.org/2001/XMLSchema#',
      stakeholderType: term('stakeholderType'),
      onBehalfOf: term('onBehalfOf'),
      country: term('country'),
      focus: term('focus'),
      commentType: term('commentType'),
      paragraphHash: term('paragraphHash'),
      disposition: term('disposition'),
      dispositionValue: term('dispositionValue'),
      response: term('response'),
      release: term('release'),
      duplicateOf: term('duplicateOf', { '@type': '@id' }),
      decidedAt: term('decidedAt', { '@type': 'xsd:dateTime' }),
      round: term('round'),
      roundId: term('roundId'),
      roundName: term('roundName'),
      moderationStatus: term('moderationStatus'),
      visibility: term('visibility'),
    },
  };
}

/** The @context of everything we publish: the annotation model's, then ours. */
export const annotationContext = (origin: string) => [ANNO_CONTEXT, `${origin}${CONTEXT_PATH}`];

export const annotationIri = (origin: string, id: string) => `${origin}${CONTAINER_PATH}${id}`;

/** W3C motivation for a top-level comment of each type (a reply is always `replying`). */
const MOTIVATIONS: Record<string, string> = {
  question: 'questioning',
  suggestion: 'editing',
  concern: 'assessing',
  example: 'commenting',
  editorial: 'editing',
};

export interface AnnotationOptions {
  origin: string;
  /** Editors' export: adds moderation status and visibility. */
  internal?: boolean;
  /** Adds @context (a standalone annotation; items embedded in a page take the page's). */
  withContext?: boolean;
}

/** One comment as a W3C Annotation. */
export function toW3CAnnotation(a: StoredAnnotation, options: AnnotationOptions): JsonLd {
  const { origin } = options;
  const { target } = a;
  const fragment = {
    type: 'FragmentSelector',
    conformsTo: 'http://tools.ietf.org/rfc/rfc3986',
    value: target.paragraphId,
  };
  const refinements: JsonLd[] = [];
  if (target.quote) refinements.push({ type: 'TextQuoteSelector', ...target.quote });
  if (target.position) refinements.push({ type: 'TextPositionSelector', ...target.position });
  const selector =
    refinements.length === 0
      ? fragment
      : refinements.length === 1
        ? { ...fragment, refinedBy: refinements[0] }
        : refinements.map((refinedBy) => ({ ...fragment, refinedBy }));
  // The standard `language` of a TextualBody: the language the comment was written in.
  const language = commentLanguageTag(a.language);
  const body: JsonLd[] = [
    { type: 'TextualBody', purpose: 'commenting', format: 'text/markdown', language, value: a.body },
  ];
  if (a.proposedWording) {
    body.push({ type: 'TextualBody', purpose: 'editing', format: 'text/plain', language, value: a.proposedWording });
  }
  const creator: JsonLd = {
    type: 'Person',
    name: a.authorName,
    stakeholderType: a.stakeholder,
  };
  if (a.organisation) creator.onBehalfOf = a.organisation;
  if (a.country) creator.country = a.country;
  const annotation: JsonLd = {
    ...(options.withContext ? { '@context': annotationContext(origin) } : {}),
    id: annotationIri(origin, a.id),
    type: 'Annotation',
    motivation: a.parentId ? 'replying' : (MOTIVATIONS[a.commentType] ?? 'commenting'),
    created: a.createdAt,
    modified: a.updatedAt,
    creator,
    body,
    target: a.parentId
      ? annotationIri(origin, a.parentId)
      : {
          source: `${origin}${localePath(target.page, a.language ?? DEFAULT_LOCALE)}`,
          selector,
          paragraphHash: target.paragraphHash,
        },
    focus: a.focus,
    commentType: a.commentType,
  };
  if (a.disposition) {
    const d = a.disposition;
    annotation.disposition = {
      dispositionValue: d.disposition,
      response: d.response,
      decidedAt: d.decidedAt,
      ...(d.release ? { release: d.release } : {}),
      ...(d.duplicateOf ? { duplicateOf: annotationIri(origin, d.duplicateOf) } : {}),
    };
  }
  if (a.roundId) annotation.round = { roundId: a.roundId, roundName: a.roundName ?? '' };
  if (options.internal) {
    annotation.moderationStatus = a.status;
    annotation.visibility = a.visibility;
  }
  return annotation;
}

export interface PageOptions {
  origin: string;
  /** The collection's IRI (the container, or an export's URL). */
  collectionId: string;
  /** IRI of page `n`. */
  pageIri: (n: number) => string;
  pageSize: number;
  modified: string;
  internal?: boolean;
  /** PreferContainedIRIs: items are annotation IRIs instead of descriptions. */
  iris?: boolean;
}

/** Page `n` (from 0) of `annotations` as an AnnotationPage. */
export function toW3CPage(annotations: readonly StoredAnnotation[], n: number, options: PageOptions): JsonLd {
  const { origin, pageSize } = options;
  const start = n * pageSize;
  const slice = annotations.slice(start, start + pageSize);
  const lastPage = Math.max(0, Math.ceil(annotations.length / pageSize) - 1);
  return {
    // Also when embedded: the suite checks a page on its own, and a copied page stays self-describing.
    '@context': annotationContext(origin),
    id: options.pageIri(n),
    type: 'AnnotationPage',
    partOf: { id: options.collectionId, total: annotations.length, modified: options.modified },
    startIndex: start,
    ...(n < lastPage ? { next: options.pageIri(n + 1) } : {}),
    ...(n > 0 ? { prev: options.pageIri(n - 1) } : {}),
    items: slice.map((a) =>
      options.iris ? annotationIri(origin, a.id) : toW3CAnnotation(a, { origin, internal: options.internal }),
    ),
  };
}

/** The AnnotationCollection (an LDP BasicContainer), with its first page embedded or linked. */
export function toW3CCollection(
  annotations: readonly StoredAnnotation[],
  options: PageOptions & { label: string; embedFirst: boolean },
): JsonLd {
  const lastPage = Math.max(0, Math.ceil(annotations.length / options.pageSize) - 1);
  const collection: JsonLd = {
    '@context': [...annotationContext(options.origin), LDP_CONTEXT],
    id: options.collectionId,
    type: ['BasicContainer', 'AnnotationCollection'],
    label: options.label,
    total: annotations.length,
    modified: options.modified,
  };
  if (annotations.length > 0) {
    collection.first = options.embedFirst ? toW3CPage(annotations, 0, options) : options.pageIri(0);
    collection.last = options.pageIri(lastPage);
  }
  return collection;
}

/** The latest change among the comments (creation, edit or decision), for `modified` and the ETag. */
export function lastModified(annotations: readonly StoredAnnotation[], fallback: string): string {
  let latest = '';
  for (const a of annotations) {
    for (const t of [a.updatedAt, a.disposition?.decidedAt ?? '']) if (t > latest) latest = t;
  }
  return latest || fallback;
}
