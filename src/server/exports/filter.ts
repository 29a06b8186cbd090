/**
 * The filters of the response tables, exports and insights, applied to stored comments. Data of a
 * consultation are hundreds to a few thousand comments, so filtering after one indexed read keeps
 * both database adapters identical and simple.
 */
import { normalizeRoutePath } from '../../shared/blockRegister';
import type { FeedbackFilter } from '../../shared/feedback';
import { visibleThread, withoutHiddenReferences } from '../annotations';
import type { AnnotationRepository, StoredAnnotation } from '../repository';

export function matchesFilter(a: StoredAnnotation, filter: FeedbackFilter): boolean {
  if (filter.page !== undefined && normalizeRoutePath(a.target.page) !== normalizeRoutePath(filter.page)) return false;
  if (filter.stakeholder !== undefined && a.stakeholder !== filter.stakeholder) return false;
  if (filter.focus !== undefined && a.focus !== filter.focus) return false;
  if (filter.commentType !== undefined && a.commentType !== filter.commentType) return false;
  if (filter.disposition !== undefined && (a.disposition?.disposition ?? 'none') !== filter.disposition) return false;
  if (filter.round !== undefined && (a.roundId ?? 'none') !== filter.round) return false;
  return true;
}

/**
 * What the public may see (approved, public, under visible parents), filtered, in creation order;
 * a reference to a comment the public may not see is left out (withoutHiddenReferences).
 */
export async function publicComments(repo: AnnotationRepository, filter: FeedbackFilter): Promise<StoredAnnotation[]> {
  const visible = visibleThread(await repo.list({ status: 'approved' }));
  const shown = new Set(visible.map((a) => a.id));
  return withoutHiddenReferences(
    visible.filter((a) => matchesFilter(a, filter)),
    (id) => shown.has(id),
  );
}

/** Everything, filtered, in creation order (editors only). */
export async function allComments(repo: AnnotationRepository, filter: FeedbackFilter): Promise<StoredAnnotation[]> {
  return (await repo.list({})).filter((a) => matchesFilter(a, filter));
}
