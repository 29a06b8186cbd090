/**
 * The page's one request for comments, shared by pageComments.ts (which decides whether to load
 * the comment UI) and the UI itself (which renders the answer): whoever asks first sends
 * `GET /api/annotations?page=…`, everyone else gets the same promise. The always-loaded entry
 * point (clientModule.ts) sends it itself, without this module, and hands the answer over.
 */
import type { PageAnnotationsResponse, PublicAnnotation } from '../../shared/annotations';
import { ApiError, request } from './api';

/** The page's comments, or why they could not be loaded. */
export type PageLoad = { ok: true; annotations: PublicAnnotation[] } | { ok: false; error: ApiError };

let cached: { page: string; load: Promise<PageLoad> } | null = null;

/**
 * The public, approved comments of a page (requested once per page visit).
 *
 * @param page - the page's path, e.g. `/docs/principles`
 * @param refresh - send a new request even if this page was already loaded
 */
export function loadPageAnnotations(page: string, refresh = false): Promise<PageLoad> {
  if (cached && cached.page === page && !refresh) return cached.load;
  const load = request<PageAnnotationsResponse>(`/api/annotations?page=${encodeURIComponent(page)}`).then(
    (response): PageLoad => ({
      ok: true,
      annotations: Array.isArray(response?.annotations) ? response.annotations : [],
    }),
    (error: unknown): PageLoad => ({
      ok: false,
      error: error instanceof ApiError ? error : new ApiError('network', String(error)),
    }),
  );
  cached = { page, load };
  return load;
}

/** Keeps comments of `page` already fetched (by the entry point) as this visit's answer. */
export function primePageAnnotations(page: string, annotations: PublicAnnotation[]): void {
  cached = { page, load: Promise.resolve({ ok: true, annotations }) };
}
