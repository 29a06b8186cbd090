/**
 * One error shape for every 4xx/5xx (`ErrorResponse`), with messages a person can act on: which
 * field, what is wrong, what to do. Fastify's own errors (bad JSON, oversize body, schema
 * validation, wrong content type) are translated here; unexpected errors are logged and answered
 * with a generic 500 that reveals nothing about the internals.
 */
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { LIMITS, type ErrorResponse } from '../shared/annotations';
import { describeValidation, summarise, type ValidationIssue } from './validationMessages';

type FieldError = NonNullable<ErrorResponse['fields']>[number];

const REASONS: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  406: 'Not Acceptable',
  409: 'Conflict',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

/** An error the service throws on purpose; its message goes to the client as is. */
export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    message: string,
    readonly fields?: FieldError[],
  ) {
    super(message);
  }
  /** Shorthands for the statuses the service raises itself. */
  static badRequest = (message: string, fields?: FieldError[]) => new HttpError(400, message, fields);
  static unauthorized = (message: string) => new HttpError(401, message);
  static forbidden = (message: string) => new HttpError(403, message);
  static notFound = (message: string) => new HttpError(404, message);
  static conflict = (message: string) => new HttpError(409, message);
}

/** The ErrorResponse body for a status and message. */
export function errorBody(statusCode: number, message: string, fields?: FieldError[]): ErrorResponse {
  const body: ErrorResponse = { statusCode, error: REASONS[statusCode] ?? 'Error', message };
  if (fields && fields.length > 0) body.fields = fields;
  return body;
}

/** Translates any error into a status and an actionable message. */
export function describeError(error: FastifyError | HttpError | Error): ErrorResponse {
  if (error instanceof HttpError) return errorBody(error.statusCode, error.message, error.fields);
  const e = error as FastifyError & { validation?: ValidationIssue[] };
  if (e.validation) {
    const fields = describeValidation(e.validation);
    return errorBody(400, summarise(fields), fields);
  }
  switch (e.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return errorBody(400, `Malformed JSON: ${e.message.replace(/^.*?: /, '')}. Send a valid JSON object.`);
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return errorBody(400, 'Empty request body: send a JSON object.');
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return errorBody(413, `Request body too large: the limit is ${LIMITS.requestBytes / 1024} KB.`);
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
    if (body.statusCode >= 500) request.log.error({ err: error }, 'request failed');
    else request.log.info({ statusCode: body.statusCode, message: body.message }, 'request rejected');
    return reply.code(body.statusCode).type('application/json; charset=utf-8').send(body);
  });
}

/**
 * Replaces Fastify's JSON parser to say *where* the JSON is broken (JSON.parse's own message).
 * Own-property keys such as "__proto__" are harmless here: bodies are validated against closed
 * schemas (unknown keys rejected) and never merged into other objects.
 */
export function installJsonParser(app: FastifyInstance): void {
  // JSON is the only body the API reads: anything else is a 415, not a string to validate.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (_request, body, done) => {
    const text = String(body);
    if (text.trim() === '') return done(HttpError.badRequest('Empty request body: send a JSON object.'), undefined);
    try {
      done(null, JSON.parse(text));
    } catch (error) {
      done(HttpError.badRequest(`Malformed JSON: ${(error as Error).message}. Send a valid JSON object.`), undefined);
    }
  });
}
