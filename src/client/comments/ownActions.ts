/**
 * Edit and delete for the reader's own comments, authorised by the edit token kept in this
 * browser (sent in the X-Edit-Token header, never in a URL).
 */
import type { PublicAnnotation, UpdateAnnotationBody } from '../../shared/annotations';
import { ApiError, request } from './api';
import { ownComment, rememberOwnComment } from './ownComments';

function tokenOf(id: string): string {
  const token = ownComment(id)?.editToken;
  if (!token) throw new ApiError('unauthorised', 'This browser has no edit key for that comment.', 403);
  return token;
}

/** Saves an edit and returns the comment as the service now has it. */
export async function editOwnComment(id: string, changes: UpdateAnnotationBody): Promise<PublicAnnotation> {
  const answer = await request<PublicAnnotation | { annotation: PublicAnnotation }>(
    `/api/annotations/${encodeURIComponent(id)}`,
    {
      method: 'PATCH',
      headers: { 'X-Edit-Token': tokenOf(id) },
      json: changes,
    },
  );
  const own = ownComment(id);
  if (own) rememberOwnComment({ ...own, ...changes });
  return 'annotation' in answer ? answer.annotation : answer;
}

/** Deletes one of the reader's comments. */
export async function deleteOwnComment(id: string): Promise<void> {
  await request<void>(`/api/annotations/${encodeURIComponent(id)}`, {
    method: 'DELETE',
    headers: { 'X-Edit-Token': tokenOf(id) },
  });
}
