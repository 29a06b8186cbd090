/**
 * What every log line of the service respects, whoever chose the logger (src/server/logOptions.ts):
 * no client address in a logged request, even with main.ts's own options (they used to replace
 * the serializer), and a client that closed the connection early logged at `debug`, not as an
 * error (@fastify/compress logged each one at `error`).
 */
import Fastify from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { buildApp } from '../../../src/server/app';
import { isClientGone, serviceLogOptions } from '../../../src/server/logOptions';
import { cleanup, testConfig } from './helpers';

afterEach(cleanup);

interface Line {
  level: number;
  msg: string;
  req?: Record<string, unknown>;
  err?: { message: string };
}

function collector(): { lines: Line[]; stream: { write: (line: string) => void } } {
  const lines: Line[] = [];
  return { lines, stream: { write: (line: string) => void lines.push(JSON.parse(line) as Line) } };
}

/** A request as Node hands it to a serializer: with the client's address. */
const request = { method: 'GET', url: '/docs/definition', ip: '203.0.113.9', socket: { remoteAddress: '203.0.113.9' } };

describe('the service’s log options', () => {
  it('log a request without its client address, with the options main.ts passes', async () => {
    const { lines, stream } = collector();
    const app = await buildApp(testConfig(), { logger: { level: 'info', stream } });
    try {
      app.log.info({ req: request }, 'a request');
      expect(lines.find((line) => line.msg === 'a request')?.req).toEqual({ method: 'GET', url: '/docs/definition' });
      expect(JSON.stringify(lines)).not.toContain('203.0.113.9');
    } finally {
      await app.close();
    }
  });

  it('log a client that closed the connection early at debug, and other errors as errors', () => {
    const { lines, stream } = collector();
    const app = Fastify({ logger: serviceLogOptions({ level: 'debug', stream }) });
    // As @fastify/compress does when pump reports the client gone, and as Node's streams say it.
    // Through a request's logger, as @fastify/compress logs it (reply.log, a child of the app's).
    app.log.child({ reqId: 'req-1' }).error(new Error('premature close'));
    app.log.error(Object.assign(new Error('Premature close'), { code: 'ERR_STREAM_PREMATURE_CLOSE' }));
    app.log.error(new Error('disk full'));
    expect(lines.map((line) => [line.level, line.err?.message])).toEqual([
      [20, 'premature close'],
      [20, 'Premature close'],
      [50, 'disk full'],
    ]);
  });

  it('tell a closed connection from other errors', () => {
    expect(isClientGone(new Error('premature close'))).toBe(true);
    expect(isClientGone(new Error('premature close of the database'))).toBe(false);
    expect(isClientGone('premature close')).toBe(false);
  });
});
