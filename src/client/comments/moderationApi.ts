/**
 * The moderation page's calls to the service. Signing in sends the moderator token once (in a
 * POST body, never in a URL) with the moderator's name; the service answers with an HTTP-only,
 * SameSite=Strict session cookie scoped to /api/moderation, so the token is never kept in the page
 * (no script can read the session) and every tab of the browser session is signed in.
 */
import type {
  ModerationCountsResponse,
  ModerationDecisionBody,
  ModerationDecisionResponse,
  ModerationListResponse,
  ModerationQueueItem,
  ModeratorSession,
} from '../../shared/annotations';
import type { ModerationStatus } from '../../shared/annotationFields';
import { ApiError, request } from './api';

/** Export formats: editors' JSON, a spreadsheet, or a W3C Web Annotation collection for archiving. */
export type ExportFormat = 'json' | 'csv' | 'w3c' | 'iso-csv' | 'iso-xlsx';

const EXTENSIONS: Record<ExportFormat, string> = {
  json: 'json',
  csv: 'csv',
  w3c: 'jsonld',
  'iso-csv': 'iso.csv',
  'iso-xlsx': 'iso.xlsx',
};

/** Who is signed in, or null (no session, or it ended). */
export async function currentSession(): Promise<ModeratorSession | null> {
  try {
    // 204: nobody is signed in in this browser.
    return (await request<ModeratorSession | undefined>('/api/moderation/session')) ?? null;
  } catch (error) {
    if (error instanceof ApiError && error.kind === 'unauthorised') return null;
    throw error;
  }
}

/** Signs in for this browser session. */
export function signIn(token: string, name: string): Promise<ModeratorSession> {
  return request<ModeratorSession>('/api/moderation/session', { method: 'POST', json: { token, name } });
}

/** Ends the session (the service clears the cookie). */
export async function signOut(): Promise<void> {
  await request<void>('/api/moderation/session', { method: 'DELETE' });
}

/**
 * Comments in one moderation status with their context, oldest first.
 *
 * @param signal aborts the request (the reader chose another status before this one arrived)
 */
export async function listForModeration(
  status: ModerationStatus,
  signal?: AbortSignal,
): Promise<ModerationQueueItem[]> {
  const answer = await request<ModerationListResponse>(`/api/moderation/annotations?status=${status}`, { signal });
  return [...answer.annotations].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

/** How many comments wait for an editor (new ones and edits). */
export async function awaitingCount(): Promise<number> {
  return (await request<ModerationCountsResponse>('/api/moderation/counts')).awaiting;
}

/** One decision for one or many comments. */
export function decide(decision: ModerationDecisionBody): Promise<ModerationDecisionResponse> {
  return request<ModerationDecisionResponse>('/api/moderation/decisions', { method: 'POST', json: decision });
}

/** Downloads the export (fetched here so a failure can be explained, then handed over as a file). */
export async function downloadExport(format: ExportFormat): Promise<void> {
  let response: Response;
  try {
    response = await fetch(`/api/moderation/export?format=${format}`);
  } catch (error) {
    throw new ApiError('network', String(error));
  }
  if (!response.ok)
    throw new ApiError(response.status === 401 ? 'unauthorised' : 'server', `HTTP ${response.status}`, response.status);
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = `comments-${new Date().toISOString().slice(0, 10)}.${EXTENSIONS[format]}`;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
