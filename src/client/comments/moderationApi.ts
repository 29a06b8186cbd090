/**
 * The moderation page's calls to the service. The moderator token is sent only in the
 * Authorization header (never in a URL, so it cannot leak through history, logs or Referer) and
 * kept only in sessionStorage, which ends with the tab.
 */
import type {
  ModeratedAnnotation,
  ModerationDecisionBody,
  ModerationDecisionResponse,
  ModerationListResponse,
  ModerationStatus,
} from '../../shared/annotations';
import { ApiError, request } from './api';

const TOKEN_KEY = 'fw-moderator-token';

/** Export formats: editors' JSON, a spreadsheet, or a W3C Web Annotation collection for archiving. */
export type ExportFormat = 'json' | 'csv' | 'w3c' | 'iso-csv' | 'iso-xlsx';

const EXTENSIONS: Record<ExportFormat, string> = {
  json: 'json',
  csv: 'csv',
  w3c: 'jsonld',
  'iso-csv': 'iso.csv',
  'iso-xlsx': 'iso.xlsx',
};

/** The moderator token of this tab, if signed in. */
export function storedToken(): string | null {
  try {
    return window.sessionStorage.getItem(TOKEN_KEY);
  } catch {
    return null;
  }
}

/** Signs in (a token) or out (`null`) for this tab. */
export function storeToken(token: string | null): void {
  try {
    if (token) window.sessionStorage.setItem(TOKEN_KEY, token);
    else window.sessionStorage.removeItem(TOKEN_KEY);
  } catch {
    // Without sessionStorage the token lives only in the page's memory.
  }
}

const auth = (token: string) => ({ Authorization: `Bearer ${token}` });

/** Comments in one moderation status, oldest first. */
export async function listForModeration(token: string, status: ModerationStatus): Promise<ModeratedAnnotation[]> {
  const answer = await request<ModerationListResponse>(`/api/moderation/annotations?status=${status}`, {
    headers: auth(token),
  });
  return [...answer.annotations].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

/** One decision for one or many comments. */
export function decide(token: string, decision: ModerationDecisionBody): Promise<ModerationDecisionResponse> {
  return request<ModerationDecisionResponse>('/api/moderation/decisions', {
    method: 'POST',
    headers: auth(token),
    json: decision,
  });
}

/**
 * Downloads the export. A plain link cannot carry the Authorization header, so the file is
 * fetched here and handed to the browser as a blob.
 */
export async function downloadExport(token: string, format: ExportFormat): Promise<void> {
  let response: Response;
  try {
    response = await fetch(`/api/moderation/export?format=${format}`, { headers: auth(token) });
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
