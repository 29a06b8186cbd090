/**
 * The comment rules, independent of HTTP: who may see what, what a reply inherits, what an edit does
 * to moderation. Routes call these functions; the one place that decides visibility is
 * `visibleThread`, so no read path can forget the rule (the Hypothesis leak, comments-anchors §4.1).
 * What is shown of a visible comment must not name a hidden one either (`withPublishedReferences`).
 */
import {
  LIMITS,
  type CreateAnnotationBody,
  type ModeratedAnnotation,
  type PublicAnnotation,
  type UpdateAnnotationBody,
} from '../shared/annotations';
import { DEFAULT_LOCALE } from '../shared/locales';
import { fieldError, HttpError } from './errors';
import { FieldText } from './commentText';
import type { QueueSender } from './fairQueue';
import { renderMarkdown } from './markdownRenderer';
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
  if (a.language !== undefined) view.language = a.language;
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

/** What editors see: the public view plus the Markdown source and any edit waiting for them. */
export function toModerated(a: StoredAnnotation): ModeratedAnnotation {
  const view: ModeratedAnnotation = { ...toPublic(a), body: a.body };
  if (a.pendingEdit) {
    const { body, bodyHtml, proposedWording, updatedAt } = a.pendingEdit;
    view.pendingEdit = { body, bodyHtml, updatedAt, ...(proposedWording === undefined ? {} : { proposedWording }) };
  }
  return view;
}

/**
 * What the comment's author sees (they hold its edit token): the public view, with their waiting
 * edit in place of the published text and `editPending` set, so they know others still see the
 * approved version.
 */
export function toOwn(a: StoredAnnotation): PublicAnnotation {
  const view = toPublic(a);
  if (!a.pendingEdit) return view;
  const { proposedWording: _publishedWording, ...own } = view;
  return {
    ...own,
    bodyHtml: a.pendingEdit.bodyHtml,
    ...(a.pendingEdit.proposedWording === undefined ? {} : { proposedWording: a.pendingEdit.proposedWording }),
    editPending: true,
  };
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
  const found = await findPublished(repo, id);
  return found && (await withPublishedReferences(repo, [found]))[0];
}

/** The comment if readers may see it, as stored (its references unchecked). */
async function findPublished(repo: AnnotationRepository, id: string): Promise<StoredAnnotation | undefined> {
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

/**
 * Comments about to be shown outside the editors, with every reference to another comment that
 * readers may not see taken out: a disposition's `duplicateOf` names a published comment when it
 * is recorded (routes/dispositions.ts), but that comment may since have been rejected, marked as
 * spam or deleted, and its id must not leave through a public answer.
 *
 * @param isShown - whether readers may see the comment with this id
 */
export function withoutHiddenReferences(
  annotations: readonly StoredAnnotation[],
  isShown: (id: string) => boolean,
): StoredAnnotation[] {
  return annotations.map((a) => {
    const duplicateOf = a.disposition?.duplicateOf;
    if (!a.disposition || duplicateOf === undefined || isShown(duplicateOf)) return a;
    const { duplicateOf: _hidden, ...disposition } = a.disposition;
    return { ...a, disposition };
  });
}

/** withoutHiddenReferences, asking the repository which of the comments named readers may see. */
export async function withPublishedReferences(
  repo: AnnotationRepository,
  annotations: readonly StoredAnnotation[],
): Promise<StoredAnnotation[]> {
  const named = [...new Set(annotations.flatMap((a) => a.disposition?.duplicateOf ?? []))];
  const shown = new Set<string>();
  for (const id of named) if (await findPublished(repo, id)) shown.add(id);
  return withoutHiddenReferences(annotations, (id) => shown.has(id));
}

/** Who writes: their network, as stored, and whose turn their body takes to render. */
export interface Writer {
  /** Salted hash of the writer's address block (`hashAddress`): stored with the comment. */
  ipHash: string;
  /** Their rate-limit key (`limitKey`: the device, else the address block): their line in the render queue. */
  limitKey: string;
}

const renderFor = (writer: Writer): QueueSender => ({ network: writer.ipHash, sender: writer.limitKey });

/** Creates a comment or reply; returns it with the one-time edit token. */
export async function createAnnotation(
  repo: AnnotationRepository,
  policy: CommentPolicy,
  input: CreateAnnotationBody,
  writer: Writer,
  /** Checks the paragraph takes comments (409 if its round is closed) and returns what the comment records about it. */
  prepare?: (target: CreateAnnotationBody['target']) => Promise<Partial<StoredAnnotation>>,
): Promise<{ annotation: StoredAnnotation; editToken: string }> {
  let target = input.target;
  if (target.position && target.position.start > target.position.end) {
    const message = 'must not start after its end';
    throw HttpError.badRequest(`target.position: ${message}`, [{ field: 'target.position', message }]);
  }
  if (target.position && !target.quote) {
    // Offsets without a passage describe no text.
    const { position: _offsets, ...whole } = target;
    target = whole;
  }
  let inherited: Pick<StoredAnnotation, 'focus' | 'commentType' | 'visibility'> | undefined;
  if (input.parentId !== undefined) {
    const parent = await findVisible(repo, input.parentId);
    if (!parent || parent.target.page !== input.target.page) {
      throw fieldError('parentId', `no published comment with this id on ${input.target.page}`, { code: 'parentGone' });
    }
    target = parent.target;
    inherited = { focus: parent.focus, commentType: parent.commentType, visibility: parent.visibility };
  }
  const recorded = (await prepare?.(target)) ?? {};
  // A new thread says who is speaking and what kind of comment it is; a reply inherits the thread's.
  if (!inherited) {
    const missing = (['stakeholder', 'commentType', 'visibility'] as const).filter((field) => !input[field]);
    if (missing.length) {
      throw HttpError.badRequest(
        `${missing.join(', ')}: required for a new comment`,
        missing.map((field) => ({ field, message: 'required for a new comment', code: 'required' as const })),
      );
    }
  }
  const text = new FieldText();
  const body = text.required('body', input.body, LIMITS.body);
  const authorName = text.required('authorName', input.authorName, LIMITS.authorName);
  const organisation = text.optional('organisation', input.organisation, LIMITS.organisation);
  const country = text.optional('country', input.country, LIMITS.country);
  const proposedWording = text.optional('proposedWording', input.proposedWording, LIMITS.proposedWording);
  // A reply inherits its parent's target as stored: only a new quote is checked.
  const quote = input.parentId === undefined && target.quote ? text.quote('target.quote', target.quote) : undefined;
  text.throwIfAny();
  const bodyHtml = await renderMarkdown(body, renderFor(writer));
  const editToken = randomToken(32);
  const now = new Date().toISOString();
  const annotation: StoredAnnotation = {
    id: newAnnotationId(),
    target: quote ? { ...target, quote } : target,
    body,
    bodyHtml,
    authorName,
    stakeholder: input.stakeholder ?? 'other',
    organisation,
    country,
    // The default locale is the absence of a language, as for comments written before languages.
    language: input.language === DEFAULT_LOCALE ? undefined : input.language,
    focus: input.focus ?? inherited?.focus ?? 'general',
    commentType: inherited?.commentType ?? input.commentType!,
    proposedWording,
    visibility: inherited?.visibility ?? input.visibility!,
    status: policy.premoderation ? 'pending' : 'approved',
    parentId: input.parentId,
    editTokenHash: hashToken(editToken),
    ipHash: writer.ipHash,
    createdAt: now,
    updatedAt: now,
    ...recorded,
  };
  for (const key of ['organisation', 'country', 'language', 'proposedWording', 'parentId'] as const) {
    if (annotation[key] === undefined) delete annotation[key];
  }
  await repo.insert(annotation);
  return { annotation, editToken };
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

/**
 * The author's edit. Under pre-moderation the edit of an approved comment waits for an editor as
 * its `pendingEdit`, while the approved text (and so the whole thread) stays published; a comment
 * not yet approved is simply changed.
 *
 * @throws HttpError 409 `commentRefused` when an editor rejected the comment or marked it as spam
 *   (its author may still delete it: their own words, and deleting publishes nothing);
 *   400 naming the field; 404 when it is gone
 */
export async function updateAnnotation(
  repo: AnnotationRepository,
  policy: CommentPolicy,
  existing: StoredAnnotation,
  input: UpdateAnnotationBody,
  writer: Writer,
): Promise<StoredAnnotation> {
  // Refused here for a clear answer before any work; the repository refuses it again in the
  // edit's own statement, in case an editor's decision lands meanwhile.
  if (isRefused(existing)) throw refusedEdit();
  // An edit starts from the author's latest text: their waiting edit, if there is one.
  const latest = existing.pendingEdit ?? existing;
  const text = new FieldText();
  const body = input.body === undefined ? latest.body : text.required('body', input.body, LIMITS.body);
  const proposedWording =
    'proposedWording' in input
      ? text.optional('proposedWording', input.proposedWording, LIMITS.proposedWording)
      : latest.proposedWording;
  text.throwIfAny();
  const updated = await repo.update(existing.id, {
    body,
    bodyHtml: await renderMarkdown(body, renderFor(writer)),
    proposedWording,
    holdEditOfApproved: policy.premoderation,
    updatedAt: new Date().toISOString(),
  });
  if (!updated) {
    const now = await repo.findById(existing.id);
    if (now && isRefused(now)) throw refusedEdit();
    throw HttpError.notFound(`No comment with id ${existing.id}.`);
  }
  return updated;
}

/** Rejected or marked as spam by an editor: the record of a refusal, which its author cannot rewrite. */
const isRefused = (a: StoredAnnotation) => a.status === 'rejected' || a.status === 'spam';

const refusedEdit = () =>
  HttpError.conflict(
    'The editors did not publish this comment (rejected or marked as spam), so it can no longer be changed: ' +
      'what they refused stays on record as it was. You can delete it, or write a new comment.',
    { code: 'commentRefused' },
  );

/** The author's own comments among `items`, in any status; ids with a wrong token are left out. */
export async function findOwnMany(
  repo: AnnotationRepository,
  items: readonly { id: string; editToken: string }[],
): Promise<StoredAnnotation[]> {
  const tokens = new Map(items.map((item) => [item.id, item.editToken]));
  const found = await repo.findByIds([...tokens.keys()]);
  return found.filter((a) => editTokenMatches(tokens.get(a.id) ?? '', a.editTokenHash));
}
