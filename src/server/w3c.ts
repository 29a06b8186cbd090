/**
 * The comments as a W3C Web Annotation collection (JSON-LD), for archiving the consultation record
 * and for tools that speak the standard (comments-anchors §6). Paragraph ids become a
 * FragmentSelector refined by the quote and position selectors; a reply targets its parent's IRI
 * with motivation "replying"; a proposed wording is a second body with purpose "editing".
 * Consultation terms without a standard home (stakeholder, focus, visibility, moderation status)
 * use our own `cons:` prefix.
 */
import type { ModeratedAnnotation } from '../shared/annotations';

const MOTIVATIONS: Record<string, string> = {
  question: 'questioning',
  suggestion: 'editing',
  concern: 'assessing',
  example: 'commenting',
  editorial: 'editing',
};

/** One comment as a W3C Annotation; IRIs are built on the site's public origin. */
export function toW3CAnnotation(a: ModeratedAnnotation, origin: string): Record<string, unknown> {
  const { target } = a;
  const refinedBy: Record<string, unknown>[] = [];
  if (target.quote) refinedBy.push({ type: 'TextQuoteSelector', ...target.quote });
  if (target.position) refinedBy.push({ type: 'TextPositionSelector', ...target.position });
  const selector = {
    type: 'FragmentSelector',
    conformsTo: 'http://tools.ietf.org/rfc/rfc3986',
    value: target.paragraphId,
    ...(refinedBy.length ? { refinedBy } : {}),
  };
  const body: Record<string, unknown>[] = [
    { type: 'TextualBody', purpose: 'commenting', format: 'text/markdown', value: a.body },
  ];
  if (a.proposedWording)
    body.push({ type: 'TextualBody', purpose: 'editing', format: 'text/plain', value: a.proposedWording });
  body.push({ type: 'TextualBody', purpose: 'classifying', value: a.commentType });
  return {
    id: `${origin}/api/annotations/${a.id}`,
    type: 'Annotation',
    motivation: a.parentId ? 'replying' : (MOTIVATIONS[a.commentType] ?? 'commenting'),
    created: a.createdAt,
    modified: a.updatedAt,
    creator: {
      type: 'Person',
      name: a.authorName,
      'cons:stakeholderType': a.stakeholder,
      ...(a.organisation ? { 'cons:onBehalfOf': a.organisation } : {}),
      ...(a.country ? { 'cons:country': a.country } : {}),
    },
    body,
    target: a.parentId
      ? `${origin}/api/annotations/${a.parentId}`
      : { source: `${origin}${target.page}`, selector, 'cons:paragraphHash': target.paragraphHash },
    'cons:focus': a.focus,
    'cons:visibility': a.visibility,
    'cons:moderationStatus': a.status,
  };
}

/** Every comment as one AnnotationCollection with a single embedded page. */
export function toW3CCollection(annotations: readonly ModeratedAnnotation[], origin: string, modified: string) {
  return {
    '@context': ['http://www.w3.org/ns/anno.jsonld', { cons: `${origin}/ns/consultation#` }],
    id: `${origin}/api/moderation/export?format=w3c`,
    type: 'AnnotationCollection',
    label: 'Comments on the Copenhagen Framework on Citizen Data',
    total: annotations.length,
    modified,
    first: {
      id: `${origin}/api/moderation/export?format=w3c#page1`,
      type: 'AnnotationPage',
      startIndex: 0,
      items: annotations.map((a) => toW3CAnnotation(a, origin)),
    },
  };
}
