import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, fieldName, parseRetryAfter, request, toApiError } from '../../../src/client/comments/api';

describe('toApiError', () => {
  it('maps validation errors to top-level form fields', () => {
    const error = toApiError(400, {
      statusCode: 400,
      error: 'Bad Request',
      message: 'Please check the highlighted fields.',
      fields: [
        { field: '/authorName', message: 'Enter your name.' },
        { field: '/target/quote/exact', message: 'Too long.' },
        { field: 'body', message: 'Write a comment.' },
        { nonsense: true },
      ],
    });
    expect(error).toMatchObject({ kind: 'invalid', status: 400, message: 'Please check the highlighted fields.' });
    expect(error.fields).toEqual([
      { field: 'authorName', message: 'Enter your name.' },
      { field: 'target', message: 'Too long.' },
      { field: 'body', message: 'Write a comment.' },
    ]);
  });

  it('says when to retry after a rate limit, in seconds or from an HTTP date', () => {
    expect(toApiError(429, { message: 'Slow down' }, '42')).toMatchObject({
      kind: 'rate-limited',
      retryAfterSeconds: 42,
    });
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(toApiError(429, null, 'Thu, 01 Jan 2026 00:01:30 GMT', now).retryAfterSeconds).toBe(90);
    expect(toApiError(429, null, null).retryAfterSeconds).toBe(60);
  });

  it('classifies authorisation, missing items and server failures', () => {
    expect(toApiError(401, { message: 'Token required' }).kind).toBe('unauthorised');
    expect(toApiError(403, {}).kind).toBe('unauthorised');
    expect(toApiError(404, {}).kind).toBe('not-found');
    expect(toApiError(500, 'not json')).toMatchObject({ kind: 'server', message: 'HTTP 500' });
  });
});

describe('helpers', () => {
  it('reduces field paths to the form field they belong to', () => {
    expect(fieldName('/proposedWording')).toBe('proposedWording');
    expect(fieldName('body.authorName')).toBe('authorName');
    expect(fieldName('')).toBe('');
  });

  it('ignores unreadable Retry-After values', () => {
    expect(parseRetryAfter('soon')).toBeUndefined();
    expect(parseRetryAfter(null)).toBeUndefined();
  });
});

describe('request', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('reports an unreachable service as a network error', async () => {
    vi.stubGlobal('fetch', () => Promise.reject(new TypeError('Failed to fetch')));
    await expect(request('/api/annotations?page=/x')).rejects.toMatchObject({ kind: 'network' });
  });

  it('treats a static 404 page (site served without the service) as unreachable', async () => {
    vi.stubGlobal(
      'fetch',
      async () => new Response('<html>Not found</html>', { status: 404, headers: { 'Content-Type': 'text/html' } }),
    );
    const error = await request('/api/annotations?page=/x').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ kind: 'network', status: 404 });
  });

  it('treats another server’s JSON 404 (docusaurus serve) as unreachable, but keeps the service’s own 404', async () => {
    vi.stubGlobal('fetch', async () => Response.json({ error: { code: 'not_found' } }, { status: 404 }));
    await expect(request('/api/annotations?page=/x')).rejects.toMatchObject({ kind: 'network' });
    vi.stubGlobal('fetch', async () =>
      Response.json({ statusCode: 404, error: 'Not Found', message: 'No such comment.' }, { status: 404 }),
    );
    await expect(request('/api/annotations/abcdefgh', { method: 'DELETE' })).rejects.toMatchObject({
      kind: 'not-found',
      message: 'No such comment.',
    });
  });

  it('sends JSON and returns the parsed answer', async () => {
    let sent: RequestInit | undefined;
    vi.stubGlobal('fetch', async (_url: string, init: RequestInit) => {
      sent = init;
      return Response.json({ id: 'abc' }, { status: 201 });
    });
    await expect(request('/api/annotations', { method: 'POST', json: { a: 1 } })).resolves.toEqual({ id: 'abc' });
    expect(sent?.body).toBe('{"a":1}');
    expect((sent?.headers as Record<string, string>)['Content-Type']).toBe('application/json');
  });

  it('maps a JSON error answer with Retry-After', async () => {
    vi.stubGlobal('fetch', async () =>
      Response.json(
        { statusCode: 429, error: 'Too Many Requests', message: 'Rate limit' },
        { status: 429, headers: { 'Retry-After': '7' } },
      ),
    );
    await expect(request('/api/annotations', { method: 'POST', json: {} })).rejects.toMatchObject({
      kind: 'rate-limited',
      retryAfterSeconds: 7,
    });
  });
});
