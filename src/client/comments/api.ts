/**
 * A typed fetch wrapper for the comment service, and the one place where HTTP failures become
 * errors the UI can explain: validation problems per field, rate limits with a retry time, a
 * service that cannot be reached. Loaded on every docs page (for the page's one GET), so small.
 */
import type { ErrorParams } from '../../shared/errorCodes';
import { thrownMessage } from '../../shared/thrownMessage';

export type ApiErrorKind = 'network' | 'invalid' | 'rate-limited' | 'unauthorised' | 'not-found' | 'server';

/**
 * What the service said about an error beside its English message: the code (src/shared/errorCodes.ts)
 * the site says it with in the reader's language, and its params. The code is kept as sent, even
 * one this build does not know (a newer service's), so the reader is then shown the English message.
 */
export interface ErrorCoding {
  code?: string;
  params?: ErrorParams;
}

/** A validation problem with one field of the request body. */
export interface FieldError extends ErrorCoding {
  /** Top-level field of the request body, e.g. `body` or `authorName`. */
  field: string;
  message: string;
}

/** A failed request, classified. */
export class ApiError extends Error {
  constructor(
    readonly kind: ApiErrorKind,
    message: string,
    readonly status = 0,
    readonly fields: FieldError[] = [],
    /** Seconds to wait before retrying, from Retry-After (429 and 503). */
    readonly retryAfterSeconds?: number,
    readonly coding: ErrorCoding = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** `/authorName`, `authorName`, `/target/quote/exact`, `body.target` → the top-level field name. */
export function fieldName(path: string): string {
  const parts = path
    .replace(/^body[./]/, '')
    .split(/[/.[\]]/)
    .filter(Boolean);
  return parts[0] ?? '';
}

/** Retry-After is either delay-seconds or an HTTP date. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (!value) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim());
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - now) / 1000));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** The code and params of an error body or field, when they have the wire's shape. */
function codingOf(item: Record<string, unknown>): ErrorCoding {
  const coding: ErrorCoding = {};
  if (typeof item.code === 'string') coding.code = item.code;
  if (isRecord(item.params)) {
    const params = Object.entries(item.params).filter(
      (entry): entry is [string, string | number] => typeof entry[1] === 'string' || typeof entry[1] === 'number',
    );
    coding.params = Object.fromEntries(params);
  }
  return coding;
}

/**
 * Classifies an error response.
 *
 * @param status - the HTTP status
 * @param body - the parsed JSON body (an `ErrorResponse` from our service, or anything else)
 * @param retryAfter - the Retry-After header
 */
export function toApiError(
  status: number,
  body: unknown,
  retryAfter: string | null = null,
  now = Date.now(),
): ApiError {
  const message = isRecord(body) && typeof body.message === 'string' ? body.message : `HTTP ${status}`;
  const fields: FieldError[] = [];
  if (isRecord(body) && Array.isArray(body.fields)) {
    for (const item of body.fields) {
      if (isRecord(item) && typeof item.field === 'string' && typeof item.message === 'string') {
        fields.push({ field: fieldName(item.field), message: item.message, ...codingOf(item) });
      }
    }
  }
  const seconds = parseRetryAfter(retryAfter, now);
  const coding = isRecord(body) ? codingOf(body) : {};
  if (status === 429) return new ApiError('rate-limited', message, status, fields, seconds ?? 60);
  if (status === 401 || status === 403) return new ApiError('unauthorised', message, status);
  if (status === 404) return new ApiError('not-found', message, status);
  if (status >= 400 && status < 500) return new ApiError('invalid', message, status, fields, undefined, coding);
  return new ApiError('server', message, status, [], seconds);
}

/**
 * Sends a JSON request to the service and returns the parsed answer.
 *
 * @throws ApiError for network failures and non-2xx answers (including a non-JSON answer, such as
 *   the static server's 404 page when the site runs without the comment service)
 */
export async function request<T>(path: string, init: RequestInit & { json?: unknown } = {}): Promise<T> {
  const { json, headers, ...rest } = init;
  let response: Response;
  try {
    response = await fetch(path, {
      ...rest,
      headers: {
        Accept: 'application/json',
        ...(json === undefined ? {} : { 'Content-Type': 'application/json' }),
        ...headers,
      },
      body: json === undefined ? rest.body : JSON.stringify(json),
    });
  } catch (error) {
    throw new ApiError('network', thrownMessage(error));
  }
  if (response.status === 204) return undefined as T;
  const isJson = (response.headers.get('Content-Type') ?? '').includes('json');
  const body: unknown = isJson ? await response.json().catch(() => null) : null;
  if (!response.ok) {
    // Without the service (e.g. `docusaurus serve`), /api/* answers with a static server's 404 or
    // 405, as HTML or as its own JSON: not our ErrorResponse, so the service is not reachable.
    const ours = isRecord(body) && typeof body.statusCode === 'number' && typeof body.message === 'string';
    if (!ours && (response.status === 404 || response.status === 405)) {
      throw new ApiError('network', 'The comment service is not available.', response.status);
    }
    throw toApiError(response.status, body, response.headers.get('Retry-After'));
  }
  if (!isJson)
    throw new ApiError('network', 'The comment service answered with something other than JSON.', response.status);
  return body as T;
}
