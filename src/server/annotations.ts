/**
 * The comment rules, independent of HTTP: who may see what, what a reply inherits, what an edit does
 * to moderation. Routes call these functions; the one place that decides visibility is
 * `visibleThread`, so no read path can forget the rule (the Hypothesis leak, comments-anchors §4.1).
 */
import type {
  CreateAnnotationBody,
  ModeratedAnnotation,
  PublicAnnotation,
  UpdateAnnotationBody,
} from '../shared/annotations';
import { HttpError } from './errors';
import { cleanText, renderMarkdown } from './markdown';
import type { AnnotationRepository, StoredAnnotation } from './repository';
import { editTokenMatches, hashToken, newAnnotationId, randomToken } from './secrets';

export interface CommentPolicy {
  premoderation: boolean;
}

const isVisible = (a: StoredAnnotation) => a.status === 'approved' && a.visibility === 'public';

/** What any reader may see of a comment. Built field by field: nothing stored leaks by accident. */
export function toPublic(a: StoredAnnotation): PublicAnnotation {
  const view: PublicAnnotation = {
    id: a.id,
    target: a.target,
    bodyHtml: a.bodyHtml,
    authorName: a.authorName,
    stakeholder: a.stakeholder as PublicAnnotation['stakeholder'],
    focus: a.focus as PublicAnnotation['focus'],
    commentType: a.commentType as PublicAnnotation['commentType'],
    visibility: a.visibility,
    status: a.status,
    createdAt: a.createdAt,
    updatedAt: a.updatedAt,
  };
  if (a.organisation !== undefined) view.organisation = a.organisation;
  if (a.country !== undefined) view.country = a.country;
  if (a.proposedWording !== undefined) view.proposedWording = a.proposedWording;
  if (a.parentId !== undefined) view.parentId = a.parentId;
  if (a.disposition !== undefined) {
    // Who decided stays with the editors.
    const { decidedBy: _decidedBy, ...disposition } = a.disposition;
    view.disposition = disposition;
  }
  if (a.roundId !== undefined) view.round = { id: a.roundId, name: a.roundName ?? '' };
  return view;
}

/** What editors see: the public view plus the Markdown source. */
export function toModerated(a: StoredAnnotation): ModeratedAnnotation {
  return { ...toPublic(a), body: a.body };
}

/**
 * Keeps only comments a reader may see: public + approved, and for a reply, a visible parent
 * (transitively). Input in creation order, so a parent is always decided before its replies.
 */
export function visibleThread(annotations: readonly StoredAnnotation[]): StoredAnnotation[] {
  const shown = new Set<string>();
  return annotations.filter((a) => {
    const ok = isVisible(a) && (a.parentId === undefined || shown.has(a.parentId));
    if (ok) shown.add(a.id);
    return ok;
  });
}

/** One visible comment, or undefined: a hidden one and a missing one look the same. */
export async function findVisible(repo: AnnotationRepository, id: string): Promise<StoredAnnotation | undefined> {
  let current = await repo.findById(id);
  const found = current;
  // Walk up the reply chain: a reply under a hidden parent is hidden too.
  for (let depth = 0; current && depth < 100; depth++) {
    if (!isVisible(current)) return undefined;
    if (current.parentId === undefined) return found;
    current = await repo.findById(current.parentId);
  }
  return undefined;
}

const optionalText = (value: string | undefined) => {
  const cleaned = value === undefined ? undefined : cleanText(value).trim();
  return cleaned ? cleaned : undefined;
};

function requiredText(field: string, value: string): string {
  const cleaned = cleanText(value).trim();
  if (!cleaned)
    throw HttpError.badRequest(`${field}: must contain visible text`, [
      { field, message: 'must contain visible text' },
    ]);
  return cleaned;
}

/** Creates a comment or reply; returns it with the one-time edit token. */
export async function createAnnotation(
  repo: AnnotationRepository,
  policy: CommentPolicy,
  input: CreateAnnotationBody,
  ipHash: string,
  /** Checks the paragraph takes comments (409 if its round is closed) and returns what the comment records about it. */
  prepare?: (target: CreateAnnotationBody['target']) => Promise<Partial<StoredAnnotation>>,
): Promise<{ annotation: StoredAnnotation; editToken: string }> {
  let target = input.target;
  if (target.position && target.position.start > target.position.end) {
    const message = 'must not start after its end';
    throw HttpError.badRequest(`target.position: ${message}`, [{ field: 'target.position', message }]);
  }
  if (input.parentId !== undefined) {
    const parent = await findVisible(repo, input.parentId);
    if (!parent || parent.target.page !== input.target.page) {
      const message = `parentId: no published comment with this id on ${input.target.page}`;
      throw HttpError.badRequest(message, [
        { field: 'parentId', message: `no published comment with this id on ${input.target.page}` },
      ]);
    }
    target = parent.target;
  }
  const recorded = (await prepare?.(target)) ?? {};
  const body = requiredText('body', input.body);
  const editToken = randomToken(32);
  const now = new Date().toISOString();
  const annotation: StoredAnnotation = {
    id: newAnnotationId(),
    target: cleanTarget(target),
    body,
    bodyHtml: renderMarkdown(body),
    authorName: requiredText('authorName', input.authorName),
    stakeholder: input.stakeholder,
    organisation: optionalText(input.organisation),
    country: optionalText(input.country),
    focus: input.focus,
    commentType: input.commentType,
    proposedWording: optionalText(input.proposedWording),
    visibility: input.visibility,
    status: policy.premoderation ? 'pending' : 'approved',
    parentId: input.parentId,
    editTokenHash: hashToken(editToken),
    ipHash,
    createdAt: now,
    updatedAt: now,
    ...recorded,
  };
  for (const key of ['organisation', 'country', 'proposedWording', 'parentId'] as const) {
    if (annotation[key] === undefined) delete annotation[key];
  }
  await repo.insert(annotation);
  return { annotation, editToken };
}

function cleanTarget(target: CreateAnnotationBody['target']): CreateAnnotationBody['target'] {
  if (!target.quote) return target;
  // Quotes must still match the paragraph text, so only strip what can never be in it.
  const strip = (text: string) => text.replace(/\0/g, '');
  const quote = {
    exact: strip(target.quote.exact),
    prefix: strip(target.quote.prefix),
    suffix: strip(target.quote.suffix),
  };
  return { ...target, quote };
}

/** The comment if `token` is its edit token; 404 if it does not exist, 403 if the token is wrong. */
export async function findOwn(repo: AnnotationRepository, id: string, token: string): Promise<StoredAnnotation> {
  const annotation = await repo.findById(id);
  if (!annotation) throw HttpError.notFound(`No comment with id ${id}.`);
  if (!editTokenMatches(token, annotation.editTokenHash)) {
    throw HttpError.forbidden('The X-Edit-Token header does not match this comment: only its author can change it.');
  }
  return annotation;
}

/** The author's edit. Under pre-moderation an approved comment goes back to pending. */
export async function updateAnnotation(
  repo: AnnotationRepository,
  policy: CommentPolicy,
  existing: StoredAnnotation,
  input: UpdateAnnotationBody,
): Promise<StoredAnnotation> {
  const body = input.body === undefined ? existing.body : requiredText('body', input.body);
  const proposedWording = 'proposedWording' in input ? optionalText(input.proposedWording) : existing.proposedWording;
  const updated = await repo.update(existing.id, {
    body,
    bodyHtml: renderMarkdown(body),
    proposedWording,
    approvedBecomesPending: policy.premoderation,
    updatedAt: new Date().toISOString(),
  });
  if (!updated) throw HttpError.notFound(`No comment with id ${existing.id}.`);
  return updated;
}

/** The author's own comments among `items`, in any status; ids with a wrong token are left out. */
export async function findOwnMany(
  repo: AnnotationRepository,
  items: readonly { id: string; editToken: string }[],
): Promise<StoredAnnotation[]> {
  const tokens = new Map(items.map((item) => [item.id, item.editToken]));
  const found = await repo.findByIds([...tokens.keys()]);
  return found.filter((a) => editTokenMatches(tokens.get(a.id) ?? '', a.editTokenHash));
}
