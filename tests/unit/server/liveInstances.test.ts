/**
 * Two service instances on one PostgreSQL database, as behind a load balancer: input sent to
 * instance A and approved through instance B reaches a presenter stream on A and on B, and each
 * instance's page-thread cache is invalidated by the other's writes through LISTEN/NOTIFY, at once
 * (not after its expiry). Game answers given on either instance are tallied on both.
 * Fails, naming scripts/test-setup.sh, when PostgreSQL is unreachable (integration tier).
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventState } from '../../../src/shared/event';
import { openStream } from './eventStream';
import { admin } from './postgres';
import { startInstance, type Instance } from './postgresInstance';
import { cleanup, decide, post, validBody } from './helpers';

const schema = `fw_live_${process.pid}_${Date.now().toString(36)}`;

describe('two instances on PostgreSQL', () => {
  let a: Instance;
  let b: Instance;

  beforeAll(async () => {
    await admin('SELECT 1');
    a = await startInstance(schema);
    b = await startInstance(schema);
  });
  afterAll(async () => {
    await a?.app.close();
    await b?.app.close();
    await admin(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await cleanup();
  });

  it('sends input to A, approves it on B, and both presenter streams show it', async () => {
    const onA = await openStream(a.base);
    const onB = await openStream(b.base);
    try {
      await onA.next(() => true);
      await onB.next(() => true);
      const created = await fetch(`${a.base}/api/event/input`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ focus: 'b', text: 'Legal recognition of citizen data.' }),
      });
      expect(created.status).toBe(201);
      const { id } = (await created.json()) as { id: string };
      // B hears of the new input through NOTIFY: its count goes up without any request to B.
      await onB.next((s) => s.received >= 1);
      await decide(b.app, [id], 'approved');
      const shown = (s: EventState) => s.approved.some((item) => item.id === id);
      const [stateA, stateB] = await Promise.all([onA.next(shown), onB.next(shown)]);
      expect(stateA.approved.find((i) => i.id === id)?.text).toBe('Legal recognition of citizen data.');
      expect(stateB.approved.find((i) => i.id === id)?.focus).toBe('b');
    } finally {
      onA.close();
      onB.close();
    }
  });

  it('invalidates the other instance’s page-thread cache at once', async () => {
    const page = '/docs/definition';
    const read = async (app: FastifyInstance) =>
      (await app.inject({ url: `/api/annotations?page=${page}` })).json<{ annotations: { id: string }[] }>();
    // Warm both caches (the expiry is 30 s: only a notification can make B see the change in time).
    expect((await read(a.app)).annotations).toEqual([]);
    expect((await read(b.app)).annotations).toEqual([]);
    const { id } = await post(a.app, validBody());
    await decide(a.app, [id], 'approved');
    // Observable readiness, not a sleep: poll B until the notification has landed (bounded).
    const deadline = Date.now() + 5_000;
    let seen: { id: string }[] = [];
    while (Date.now() < deadline && !(seen = (await read(b.app)).annotations).length) {
      await new Promise((resolve) => setImmediate(resolve));
    }
    expect(seen.map((x) => x.id)).toEqual([id]);
  });

  it('tallies game answers given on either instance on both', async () => {
    const visit = async (base: string) => {
      const response = await fetch(`${base}/api/event/state`);
      await response.arrayBuffer();
      return response.headers.get('set-cookie')!.split(';')[0]!;
    };
    const answer = async (base: string, cookie: string, value: string) => {
      const response = await fetch(`${base}/api/event/game/answers`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie },
        body: JSON.stringify({ card: 'late-consultation', answer: value }),
      });
      await response.arrayBuffer();
      return response.status;
    };
    const stream = await openStream(b.base);
    try {
      expect(await answer(a.base, await visit(a.base), 'no')).toBe(204);
      expect(await answer(b.base, await visit(b.base), 'no')).toBe(204);
      const state = await stream.next((s) => s.tally['late-consultation']?.no === 2);
      expect(state.tally['late-consultation']).toEqual({ yes: 0, no: 2, 'cannot-tell': 0 });
    } finally {
      stream.close();
    }
  });
});
