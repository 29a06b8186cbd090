/**
 * Rate limits that fit a room: 200 attendees behind one address each get their own budget (device
 * token), one device still cannot flood, minting tokens is bounded by the per-block ceiling, and
 * the key function copes with any request (issue 7: a malformed chunked request made it throw).
 */
import net from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import {
  clientBlock,
  cookieValue,
  DEVICE_COOKIE,
  DeviceTokens,
  limitKey,
  ROOM_FACTOR,
} from '../../../src/server/plugins/rateLimit';
import { buildApp } from '../../../src/server/app';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { cleanup, errorOf, testApp, testConfig } from './helpers';

afterEach(cleanup);

const VENUE = '198.51.100.23';

/** A phone's first visit: any API read hands out the device cookie. */
async function firstVisit(app: FastifyInstance, remoteAddress = VENUE): Promise<string> {
  const response = await app.inject({ url: '/api/event/state', remoteAddress });
  const header = String(response.headers['set-cookie'] ?? '');
  const token = cookieValue(header.split(';')[0], DEVICE_COOKIE);
  if (!token) throw new Error(`no device cookie in ${header}`);
  return `${DEVICE_COOKIE}=${token}`;
}

const input = (app: FastifyInstance, cookie: string | undefined, text: string, remoteAddress = VENUE) =>
  app.inject({
    method: 'POST',
    url: '/api/event/input',
    remoteAddress,
    headers: cookie ? { cookie } : {},
    payload: { focus: 'b', text },
  });

describe('room-sized rate limits', () => {
  it('lets 200 attendees behind one address each send input, while each device keeps its own limit', async () => {
    // The default limit: 10 a minute per device, so a ceiling of 600 per address block.
    const app = await testApp({ rateLimitWritesPerMinute: 10 });
    const cookies: string[] = [];
    for (let i = 0; i < 200; i++) cookies.push(await firstVisit(app));
    expect(new Set(cookies).size).toBe(200);

    const statuses = await Promise.all(
      cookies.map((cookie, i) => input(app, cookie, `Idea ${i}`).then((r) => r.statusCode)),
    );
    expect(statuses.filter((s) => s === 201)).toHaveLength(200);

    // One phone: its own ten, then 429 with Retry-After, while its neighbours are unaffected.
    const phone = cookies[0]!;
    for (let i = 2; i <= 10; i++) expect((await input(app, phone, `more ${i}`)).statusCode).toBe(201);
    const flooded = await input(app, phone, 'eleventh');
    expect(flooded.statusCode).toBe(429);
    expect(Number(flooded.headers['retry-after'])).toBeGreaterThan(0);
    expect(errorOf(flooded).message).toMatch(/this device.*10 per minute/);
    expect((await input(app, cookies[1]!, 'neighbour')).statusCode).toBe(201);

    const moderation = await app.inject({
      url: '/api/moderation/annotations?page=/event/2024-02-26/input',
      headers: { authorization: 'Bearer test-moderator-token-0123456789' },
    });
    expect(moderation.json().annotations).toHaveLength(210);
  });

  it('limits a client without a device token per address block, as before', async () => {
    const app = await testApp({ rateLimitWritesPerMinute: 2 });
    expect((await input(app, undefined, 'one')).statusCode).toBe(201);
    expect((await input(app, undefined, 'two')).statusCode).toBe(201);
    const third = await input(app, undefined, 'three');
    expect(third.statusCode).toBe(429);
    expect(errorOf(third).message).toMatch(/your network/);
    // A forged or tampered token is no token.
    const forged = `${DEVICE_COOKIE}=${'a'.repeat(22)}.${'b'.repeat(22)}`;
    expect((await input(app, forged, 'forged')).statusCode).toBe(429);
    // Another block is unaffected.
    expect((await input(app, undefined, 'elsewhere', '203.0.113.5')).statusCode).toBe(201);
  });

  it('caps a whole address block at ROOM_FACTOR times the device limit, however many tokens it mints', async () => {
    const app = await testApp({ rateLimitWritesPerMinute: 1 });
    const ceiling = ROOM_FACTOR;
    let accepted = 0;
    let refused = 0;
    for (let i = 0; i < ceiling + 10; i++) {
      const cookie = await firstVisit(app).catch(() => undefined);
      const response = await input(app, cookie, `flood ${i}`);
      if (response.statusCode === 201) accepted += 1;
      else if (response.statusCode === 429) refused += 1;
    }
    expect(accepted).toBe(ceiling);
    expect(refused).toBe(10);
    // A different network is not affected by this one's ceiling.
    const other = await firstVisit(app, '192.0.2.44');
    expect((await input(app, other, 'fine', '192.0.2.44')).statusCode).toBe(201);
  });

  it('signs device tokens: only the service can make one, and any string is safe to check', () => {
    const tokens = new DeviceTokens('secret-one-0123456789');
    const { id, token } = tokens.issue();
    expect(tokens.verify(token)).toBe(id);
    expect(new DeviceTokens('secret-two-0123456789').verify(token)).toBeNull();
    for (const junk of [undefined, '', '.', 'x'.repeat(5000), `${id}.`, `${id}.${'A'.repeat(22)}`, '%00']) {
      expect(tokens.verify(junk)).toBeNull();
    }
    expect(cookieValue('a=1; fw_device=xyz ; b=2', 'fw_device')).toBe('xyz');
    expect(cookieValue(['not', 'a string'], 'fw_device')).toBeUndefined();
  });

  it('derives a key from any request, even one without an address or socket', () => {
    const bare = (fields: Record<string, unknown>) => fields as unknown as FastifyRequest;
    expect(limitKey(bare({ ip: undefined, socket: undefined }))).toBe('block:unknown');
    expect(limitKey(bare({ ip: 'not an address' }))).toBe('block:unknown');
    expect(limitKey(bare({ ip: undefined, socket: { remoteAddress: '::ffff:10.1.2.3' } }))).toBe('block:10.1.2.0/24');
    expect(limitKey(bare({ ip: '2001:db8:abcd:12::1', deviceId: null }))).toBe('block:2001:db8:abcd::/48');
    expect(limitKey(bare({ ip: '10.0.0.1', deviceId: 'abc' }))).toBe('device:abc');
    expect(clientBlock(bare({ ip: 'fe80::1%eth0' }))).toBe('fe80:0:0::/48');
  });

  it('answers a malformed chunked request with a 4xx and logs no error', async () => {
    const lines: { level: number; msg: string }[] = [];
    const config = testConfig({ rateLimitWritesPerMinute: 5 });
    const app = await buildApp(config, {
      logger: { level: 'info', stream: { write: (line: string) => void lines.push(JSON.parse(line)) } },
    });
    try {
      await app.listen({ port: 0, host: '127.0.0.1' });
      const { port } = app.server.address() as net.AddressInfo;
      const requests = [
        'POST /api/event/input HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n{"focus":"a"}\r\n0\r\n\r\n',
        'POST /api/annotations HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\nContent-Length: 5\r\n\r\n5\r\nhello\r\n',
        'POST /api/event/input HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n3\r\n{"f\r\n',
      ];
      for (const raw of requests) {
        const answer = await new Promise<string>((resolve) => {
          const socket = net.connect(port, '127.0.0.1', () => socket.end(raw));
          let text = '';
          socket.on('data', (chunk) => (text += chunk.toString()));
          socket.on('close', () => resolve(text));
          socket.on('error', () => resolve(text));
        });
        expect(answer === '' || /^HTTP\/1\.1 4\d\d/.test(answer)).toBe(true);
      }
      // Still healthy.
      const health = await fetch(`http://127.0.0.1:${port}/api/health`);
      expect(health.status).toBe(200);
    } finally {
      await app.close();
    }
    expect(lines.filter((line) => line.level >= 50).map((line) => line.msg)).toEqual([]);
  });
});
