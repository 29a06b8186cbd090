/**
 * The browser's calls for the feedback loop: response tables, insights, round status of a page,
 * and (editors) dispositions. Filters travel in the query string, exactly as the page URL shows them.
 */
import type {
  DispositionBody,
  DispositionResponse,
  FeedbackFilter,
  InsightsResponse,
  ResponsesResponse,
  RoundStatusResponse,
} from '@site/src/shared/feedback';
import { ApiError, request } from '../comments/api';

/** The filter keys, in the order they appear in URLs. */
export const FILTER_KEYS = ['page', 'stakeholder', 'focus', 'commentType', 'disposition', 'round'] as const;

/** `?page=…&stakeholder=…` for the non-empty filters. */
export function filterQuery(filter: FeedbackFilter, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const value = filter[key];
    if (value) params.set(key, value);
  }
  for (const [key, value] of Object.entries(extra)) params.set(key, value);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** The filter of a URL's query string (unknown keys ignored; the service validates values). */
export function filterFromSearch(search: string): FeedbackFilter {
  const params = new URLSearchParams(search);
  const filter: Record<string, string> = {};
  for (const key of FILTER_KEYS) {
    const value = params.get(key);
    if (value) filter[key] = value;
  }
  return filter as FeedbackFilter;
}

export const fetchResponses = (filter: FeedbackFilter, offset = 0) =>
  request<ResponsesResponse>(`/api/responses${filterQuery(filter, offset ? { offset: String(offset) } : {})}`);

/**
 * Insights: an editor signed in on /moderate (session cookie, sent on /api/moderation/ paths) gets
 * every comment; anyone else the public figures.
 */
export async function fetchInsights(): Promise<InsightsResponse> {
  try {
    return await request<InsightsResponse>('/api/moderation/insights');
  } catch (error) {
    if (error instanceof ApiError && error.kind === 'unauthorised') return request<InsightsResponse>('/api/insights');
    throw error;
  }
}

export const fetchRoundStatus = (page: string) =>
  request<RoundStatusResponse>(`/api/rounds/status?page=${encodeURIComponent(page)}`);

/** Records a disposition (the moderator session cookie goes with it). */
export const recordDisposition = (body: DispositionBody) =>
  request<DispositionResponse>('/api/moderation/dispositions', { method: 'POST', json: body });
