/**
 * The revision of a comment: a digest of everything an editor's decision is about (its status, its
 * text and proposed wording, the edit waiting for them, and when each last changed). The moderation
 * list shows it with every comment, and a decision names the revision the editor read, so an author
 * who changes their text after an editor read it (a pre-moderation bypass: "Harmless question"
 * read, a phishing link approved) cannot have the new text published unread.
 *
 * A digest and not `updatedAt` alone: two edits in one millisecond share a timestamp, never a text.
 * Computed, not stored, so it needs no column and both adapters compute it alike.
 */
import { createHash } from 'node:crypto';
import type { StoredAnnotation } from './types';

/** The comment's revision: 22 base64url characters, changing whenever anything it is decided on changes. */
export function revisionOf(a: StoredAnnotation): string {
  const edit = a.pendingEdit;
  const parts = [
    a.status,
    a.visibility,
    a.updatedAt,
    a.body,
    a.proposedWording ?? null,
    edit?.updatedAt ?? null,
    edit?.body ?? null,
    edit?.proposedWording ?? null,
  ];
  return createHash('sha256').update(JSON.stringify(parts)).digest('base64url').slice(0, 22);
}
