/**
 * The service's logger options, whoever chose the rest (main.ts: a terminal's readable lines or
 * JSON; tests: their own level or stream):
 * - requests are serialized without their client address: addresses are kept only as salted
 *   hashes (privacy). Before, main.ts's options replaced the serializer, so a logged request
 *   carried its address;
 * - a client that goes away mid-response (a page navigated on, a prefetch cancelled) is not an
 *   error: @fastify/compress logs its "premature close" at `error`, which buried real errors in
 *   the e2e runs' logs; it is logged at `debug`.
 */
import type { FastifyServerOptions } from 'fastify';

type LoggerOptions = Exclude<NonNullable<FastifyServerOptions['logger']>, boolean>;
type LogMethodHook = NonNullable<NonNullable<LoggerOptions['hooks']>['logMethod']>;

/** pino's number for `error`. */
const ERROR_LEVEL = 50;

/** Request logs carry no client address. */
export function requestForLog(request: { method: string; url: string }): { method: string; url: string } {
  return { method: request.method, url: request.url };
}

/** True for a stream error that only says the client closed the connection first. */
export function isClientGone(value: unknown): boolean {
  if (!(value instanceof Error)) return false;
  // end-of-stream (pump, used by @fastify/compress) says it in words; Node's streams with a code.
  return value.message === 'premature close' || (value as { code?: unknown }).code === 'ERR_STREAM_PREMATURE_CLOSE';
}

const clientGoneAtDebug: LogMethodHook = function (args, method, level) {
  if (level >= ERROR_LEVEL && isClientGone(args[0])) {
    this.debug({ err: args[0] }, 'the client closed the connection before the response was sent');
    return;
  }
  method.apply(this, args);
};

/** `options` with the two rules above added (an existing hook or serializer of theirs is replaced). */
export function serviceLogOptions(options: LoggerOptions): LoggerOptions {
  return {
    ...options,
    serializers: { ...options.serializers, req: requestForLog },
    hooks: { ...options.hooks, logMethod: clientGoneAtDebug },
  };
}
