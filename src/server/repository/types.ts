/**
 * The storage contract of the comment service. Routes and services speak only to this interface;
 * one adapter per database implements it (sqlite.ts, postgres.ts), and one test suite runs against
 * both (tests/unit/server/repository.test.ts), so the two cannot drift apart.
 */
import type { ModerationStatus, Target } from '../../shared/annotations';
import type { DispositionRecord } from '../../shared/feedback';

/** A comment as stored. Secrets appear only as hashes; nothing here is sent as-is to a client. */
export interface StoredAnnotation {
  id: string;
  target: Target;
  /** Markdown source. */
  body: string;
  /** Sanitised HTML rendered from `body` at write time. */
  bodyHtml: string;
  authorName: string;
  stakeholder: string;
  organisation?: string;
  country?: string;
  /** Site language the comment was written in; absent for the default locale. */
  language?: string;
  focus: string;
  commentType: string;
  proposedWording?: string;
  visibility: 'public' | 'editors';
  status: ModerationStatus;
  parentId?: string;
  editTokenHash: string;
  /** Salted hash of the client's address block (see secrets.ts), never the address. */
  ipHash: string;
  createdAt: string;
  updatedAt: string;
  /**
   * An author's edit of an approved comment, waiting for an editor (pre-moderation). Readers keep
   * seeing the approved version above until an editor approves the edit.
   */
  pendingEdit?: PendingEdit;
  /** The paragraph's text, page title and top-level section heading when the comment was made (block register). */
  paragraphText?: string;
  pageTitle?: string;
  section?: string;
  /** The consultation round open for the paragraph when the comment was made. */
  roundId?: string;
  /** Read only (joined): the round's name. */
  roundName?: string;
  /** Read only (joined; written with setDisposition): the current disposition. */
  disposition?: DispositionRecord;
}

/** A consultation round as stored (its state follows from the dates and the clock). */
export interface StoredRound {
  id: string;
  name: string;
  page?: string;
  section?: string;
  opensAt: string;
  closesAt?: string;
  createdAt: string;
  updatedAt: string;
}

/** Changes to a round; `closesAt: null` removes the closing date. */
export interface RoundPatch {
  name?: string;
  opensAt?: string;
  closesAt?: string | null;
  updatedAt: string;
}

/** An edit waiting for moderation: the new text, rendered, and when it was made. */
export interface PendingEdit {
  body: string;
  bodyHtml: string;
  proposedWording?: string;
  updatedAt: string;
}

/** The author's changes to a comment (already rendered). */
export interface AnnotationPatch {
  body: string;
  bodyHtml: string;
  proposedWording?: string;
  /**
   * Pre-moderation: the edit of an approved comment is kept aside as its `pendingEdit`, and the
   * approved text stays published (so the thread and its replies stay visible) until an editor
   * decides. Comments in any other status are changed in place. Decided by the database in the same
   * statement, so a moderator's decision landing meanwhile is never overwritten with a stale status.
   */
  holdEditOfApproved: boolean;
  updatedAt: string;
}

/** A disposition to record on a comment stored in the same insertAll. */
export interface ImportedDecision {
  id: string;
  decision: DispositionRecord;
}

export interface ModerationFilter {
  status?: ModerationStatus;
  page?: string;
}

/** One interface, two adapters. Every method is atomic: a write is either wholly stored or not at all. */
export interface AnnotationRepository {
  /** Which adapter: for logs and tests. */
  readonly dialect: 'sqlite' | 'postgres';
  /** Applies pending numbered migrations; safe to call on every start, also from several instances. */
  migrate(): Promise<string[]>;
  insert(annotation: StoredAnnotation): Promise<void>;
  /**
   * Stores new comments, then decisions on them, in one transaction: all or nothing (an import,
   * which must not leave half a file stored for a retry to call "already present").
   *
   * @throws as insert does (an id already stored, a value the database refuses); then nothing is stored
   */
  insertAll(annotations: readonly StoredAnnotation[], decisions?: readonly ImportedDecision[]): Promise<void>;
  findById(id: string): Promise<StoredAnnotation | undefined>;
  findByIds(ids: readonly string[]): Promise<StoredAnnotation[]>;
  /** Public + approved comments of one page, in creation order (the visibility of parents is the caller's job). */
  listVisibleByPage(page: string): Promise<StoredAnnotation[]>;
  /**
   * Any status and visibility, in creation order, optionally filtered. The `pending` filter also
   * returns approved comments that have a `pendingEdit`: both wait for an editor.
   */
  list(filter: ModerationFilter): Promise<StoredAnnotation[]>;
  /** How many comments wait for an editor: pending ones plus approved ones with a pending edit. */
  countAwaitingModeration(): Promise<number>;
  /**
   * Returns the updated comment, or undefined if it no longer exists or an editor refused it
   * (`rejected`, `spam`: such a comment is not changed, see rows.ts EDITABLE).
   */
  update(id: string, patch: AnnotationPatch): Promise<StoredAnnotation | undefined>;
  delete(id: string): Promise<boolean>;
  /**
   * Sets one status on many comments in one transaction; returns the ids that existed. On a
   * comment with a pending edit the decision is about the edit: `approved` publishes it,
   * `rejected` discards it (the approved version stays), `spam` discards it and hides the comment.
   *
   * @param seen - the revision (revision.ts) the editor read of each comment; a comment of `ids`
   *   missing from it is decided unchecked. Read and compared inside the transaction, rows locked,
   *   so an author's edit cannot slip in between the check and the decision.
   * @throws ChangedSinceRead naming every comment whose revision is no longer the one seen; then
   *   nothing was changed
   */
  setStatus(
    ids: readonly string[],
    status: ModerationStatus,
    at: string,
    seen?: ReadonlyMap<string, string>,
  ): Promise<string[]>;
  /**
   * Records one decision on many comments in one transaction: replaces each current disposition and
   * appends it to the history. Returns the ids that existed.
   */
  setDisposition(ids: readonly string[], decision: DispositionRecord): Promise<string[]>;
  /** Every decision recorded on a comment, oldest first. */
  dispositionHistory(id: string): Promise<DispositionRecord[]>;
  insertRound(round: StoredRound): Promise<void>;
  /** Returns the updated round, or undefined if it does not exist. */
  updateRound(id: string, patch: RoundPatch): Promise<StoredRound | undefined>;
  /** Every round, in creation order. */
  listRounds(): Promise<StoredRound[]>;
  /**
   * Ends a moderator session for good (sign-out), for every instance on this database: the
   * session id is refused until `expiresAt`, when its cookie expires anyway. Also prunes the
   * sessions revoked earlier whose expiry is at or before `now`. Revoking twice is harmless.
   *
   * @param sessionId the random id inside the session cookie (moderatorSession.ts)
   * @param expiresAt ISO 8601 date-time: when the session would have expired
   * @param now ISO 8601 date-time: the present, for pruning
   */
  revokeSession(sessionId: string, expiresAt: string, now: string): Promise<void>;
  /** Whether a moderator session was ended by revokeSession (and not yet pruned). */
  isSessionRevoked(sessionId: string): Promise<boolean>;
  close(): Promise<void>;
}

/** A decision refused as a whole: these comments changed since the editor read them (setStatus). */
export class ChangedSinceRead extends Error {
  constructor(readonly ids: readonly string[]) {
    super(`Changed since read: ${ids.join(', ')}`);
    this.name = 'ChangedSinceRead';
  }
}
