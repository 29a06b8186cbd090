/**
 * One error shape for every 4xx/5xx (`ErrorResponse`), with messages a person can act on: which
 * field, what is wrong, what to do. Fastify's own errors (bad JSON, oversize body, schema
 * validation, wrong content type) are translated here; unexpected errors are logged and answered
 * with a generic 500 that reveals nothing about the internals.
 */
import { STATUS_CODES } from 'node:http';
import type { FastifyBodyParser, FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { LIMITS, type ErrorResponse, type FieldErrorResponse } from '../shared/annotations';
import type { ErrorCode, ErrorParams } from '../shared/errorCodes';
import { describeValidation, summarise, type ValidationIssue } from './validationMessages';

type FieldError = FieldErrorResponse;

/**
 * What the browser rebuilds an error's sentence from in the reader's language: a code of
 * src/shared/errorCodes.ts and the numbers, dates or names the sentence holds.
 */
export interface Coded {
  code: ErrorCode;
  params?: ErrorParams;
}

/** An error the service throws on purpose; its message goes to the client as is. */
export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    message: string,
    readonly fields?: FieldError[],
    /** Sent as Retry-After: when trying again can succeed (a 503 for a full queue). */
    readonly retryAfterSeconds?: number,
    /** Set on every error a reader can meet through the site, so the site can say it in their language. */
    readonly coded?: Coded,
  ) {
    super(message);
  }
  /**
   * Shorthands for the statuses the service raises itself. A 400 with coded fields is coded
   * `invalidFields` unless it says otherwise: the fields' codes say what to correct.
   */
  static badRequest = (message: string, fields?: FieldError[], coded?: Coded) =>
    new HttpError(400, message, fields, undefined, coded ?? (fields?.some((f) => f.code) ? INVALID_FIELDS : undefined));
  static unauthorized = (message: string) => new HttpError(401, message);
  static forbidden = (message: string) => new HttpError(403, message);
  static notFound = (message: string) => new HttpError(404, message);
  static conflict = (message: string, coded?: Coded) => new HttpError(409, message, undefined, undefined, coded);
}

const INVALID_FIELDS: Coded = { code: 'invalidFields' };

/**
 * A 400 about one field: "field: message", with the field's code also as the request's, since
 * that one problem is what the reader has to act on.
 */
export function fieldError(field: string, message: string, coded: Coded): HttpError {
  return HttpError.badRequest(`${field}: ${message}`, [{ field, message, ...coded }], coded);
}

/** The ErrorResponse body for a status and message. */
export function errorBody(statusCode: number, message: string, fields?: FieldError[], coded?: Coded): ErrorResponse {
  const body: ErrorResponse = { statusCode, error: STATUS_CODES[statusCode] ?? 'Error', message };
  if (coded) {
    body.code = coded.code;
    if (coded.params) body.params = coded.params;
  }
  if (fields && fields.length > 0) body.fields = fields;
  return body;
}

/** Translates any error into a status and an actionable message. */
export function describeError(error: FastifyError | HttpError | Error): ErrorResponse {
  if (error instanceof HttpError) return errorBody(error.statusCode, error.message, error.fields, error.coded);
  const e = error as FastifyError & { validation?: ValidationIssue[] };
  if (e.validation) {
    const fields = describeValidation(e.validation);
    return errorBody(400, summarise(fields), fields, INVALID_FIELDS);
  }
  switch (e.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return errorBody(400, `Malformed JSON: ${e.message.replace(/^.*?: /, '')}. Send a valid JSON object.`);
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return errorBody(400, 'Empty request body: send a JSON object.');
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return errorBody(413, `Request body too large: the limit is ${LIMITS.requestBytes / 1024} KB.`, undefined, {
        code: 'requestTooLarge',
        params: { kilobytes: LIMITS.requestBytes / 1024 },
      });
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return errorBody(415, 'Unsupported content type: send the body as application/json.');
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return errorBody(400, 'The Content-Length header does not match the body.');
  }
  if (error instanceof SyntaxError || e.statusCode === 400) {
    return errorBody(
      400,
      error instanceof SyntaxError ? `Malformed JSON: ${error.message}. Send a valid JSON object.` : e.message,
    );
  }
  if (e.statusCode === 429) return errorBody(429, e.message);
  if (e.statusCode && e.statusCode >= 400 && e.statusCode < 500) return errorBody(e.statusCode, e.message);
  return errorBody(500, 'Something went wrong on the server; the error has been logged. Please try again later.');
}

/** Installs the handler on `app` (and its children: registered before the routes). */
export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    const body = describeError(error);
    // A 503 the service sends on purpose (a full queue, every stream slot taken) is load, not a
    // fault: a warning without a stack, so a flood of them does not bury real errors.
    if (body.statusCode === 503 && error instanceof HttpError) {
      request.log.warn({ statusCode: 503, message: body.message }, 'request refused: busy');
    } else if (body.statusCode >= 500) request.log.error({ err: error }, 'request failed');
    else request.log.info({ statusCode: body.statusCode, message: body.message }, 'request rejected');
    if (error instanceof HttpError && error.retryAfterSeconds !== undefined) {
      reply.header('Retry-After', String(error.retryAfterSeconds));
    }
    return reply.code(body.statusCode).type('application/json; charset=utf-8').send(body);
  });
}

/** Deepest nesting of arrays and objects a request body may have: the API's deepest is 4. */
export const MAX_JSON_DEPTH = 32;

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/**
 * How deeply `text` nests arrays and objects, in one linear pass that skips strings. Stops
 * counting once past `limit`: the answer is then "deeper than the limit".
 */
export function jsonDepth(text: string, limit = MAX_JSON_DEPTH): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      depth++;
      if (depth > deepest) deepest = depth;
      if (deepest > limit) return deepest;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return deepest;
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * The dotted path of the first string (value or key) in `value` that is not well-formed UTF-16,
 * i.e. holds a lone surrogate (`"\ud800"` in JSON), or undefined when there is none.
 */
export function illFormedStringAt(value: unknown, at = ''): string | undefined {
  if (typeof value === 'string') return LONE_SURROGATE.test(value) ? at : undefined;
  if (typeof value !== 'object' || value === null) return undefined;
  for (const [key, child] of Object.entries(value)) {
    const here = at ? `${at}.${key}` : key;
    if (LONE_SURROGATE.test(key)) return here;
    const found = illFormedStringAt(child, here);
    if (found !== undefined) return found;
  }
  return undefined;
}

/**
 * Replaces Fastify's JSON parser so that every malformed body is a 400 that says what is wrong:
 * bytes that are not UTF-8 (refused, never silently replaced), nesting deeper than
 * `MAX_JSON_DEPTH` (refused before parsing, so no later step can recurse on it), broken JSON
 * (JSON.parse's own message says where), and strings holding lone surrogates (named by field).
 * Own-property keys such as "__proto__" are harmless here: bodies are validated against closed
 * schemas (unknown keys rejected) and never merged into other objects.
 */
export function installJsonParser(app: FastifyInstance): void {
  // JSON is the only body the API reads: anything else is a 415, not a string to validate.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, parseJsonBody);
}

/**
 * The JSON body parser of installJsonParser, for a route that also reads JSON under another media
 * type (the W3C import takes `application/ld+json`, the type of the site's own W3C export).
 */
export const parseJsonBody: FastifyBodyParser<Buffer> = (_request, body, done) => {
  let text: string;
  try {
    text = utf8.decode(body as Buffer);
  } catch {
    return done(HttpError.badRequest('The request body is not valid UTF-8: send the JSON encoded as UTF-8.'));
  }
  if (text.trim() === '') return done(HttpError.badRequest('Empty request body: send a JSON object.'), undefined);
  if (jsonDepth(text) > MAX_JSON_DEPTH) {
    return done(
      HttpError.badRequest(`Malformed JSON: nested more than ${MAX_JSON_DEPTH} levels deep. Send a flat JSON object.`),
    );
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return done(HttpError.badRequest(`Malformed JSON: ${(error as Error).message}. Send a valid JSON object.`));
  }
  const broken = illFormedStringAt(value);
  if (broken !== undefined) {
    const message = 'contains a lone UTF-16 surrogate (half of a character): send valid Unicode text';
    const coded: Coded = { code: 'brokenCharacter' };
    return done(HttpError.badRequest(`${broken || 'body'}: ${message}`, [{ field: broken, message, ...coded }], coded));
  }
  done(null, value);
};
