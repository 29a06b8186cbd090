/**
 * Comments as the service returns them, for DOM tests: one valid published-shape comment on the
 * definition page, with any field overridden.
 */
import type { PublicAnnotation } from '../../../src/shared/annotations';

const AT = '2026-11-30T10:00:00.000Z';

/** A pending public suggestion by Ada on `/docs/definition#definition-who`, with `fields` over it. */
export function publicAnnotation(fields: Partial<PublicAnnotation> & { id: string }): PublicAnnotation {
  return {
    target: { page: '/docs/definition', paragraphId: 'definition-who', paragraphHash: 'abc1234' },
    bodyHtml: '<p>My own comment.</p>',
    authorName: 'Ada',
    stakeholder: 'cso',
    focus: 'general',
    commentType: 'suggestion',
    visibility: 'public',
    status: 'pending',
    createdAt: AT,
    updatedAt: AT,
    ...fields,
  };
}
