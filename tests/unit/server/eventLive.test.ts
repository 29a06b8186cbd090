/**
 * Input from the floor on one instance (SQLite): stored as a comment on the input page, moderated
 * with the comment tools, exported with the rest, and pushed to presenter views as server-sent
 * events once approved; the game's answers are tallied anonymously, one per phone and card.
 */
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import type { EventState } from '../../../src/shared/event';
import { openStream } from './eventStream';
import { cleanup, decide, errorOf, moderatorHeaders, testApp } from './helpers';

afterEach(cleanup);

async function listening(app: FastifyInstance): Promise<string> {
  await app.listen({ port: 0, host: '127.0.0.1' });
  return `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
}

const send = (app: FastifyInstance, payload: object, cookie?: string) =>
  app.inject({ method: 'POST', url: '/api/event/input', payload, headers: cookie ? { cookie } : {} });

describe('input from the floor', () => {
  it('stores input as a pending comment on the input page, moderated and exported like any comment', async () => {
    const app = await testApp();
    const created = await send(app, { focus: 'a', text: 'Pilot it with two NSOs first.', name: '' });
    expect(created.statusCode).toBe(201);
    const { id, status } = created.json();
    expect(status).toBe('pending');

    const queue = await app.inject({ url: '/api/moderation/annotations?status=pending', headers: moderatorHeaders });
    const item = queue.json().annotations.find((a: { id: string }) => a.id === id);
    expect(item).toMatchObject({
      target: { page: '/event/2024-02-26/input', paragraphId: 'focus-a' },
      focus: 'practicality',
      authorName: 'Attendee',
      body: 'Pilot it with two NSOs first.',
    });
    const csv = await app.inject({ url: '/api/moderation/export?format=csv', headers: moderatorHeaders });
    expect(csv.body).toContain('Pilot it with two NSOs first.');

    // Pending input is not shown, but counted as received.
    let state = (await app.inject({ url: '/api/event/state' })).json<EventState>();
    expect(state).toMatchObject({ approved: [], received: 1 });
    await decide(app, [id], 'approved');
    state = (await app.inject({ url: '/api/event/state' })).json<EventState>();
    expect(state.approved).toEqual([
      expect.objectContaining({ id, focus: 'a', text: 'Pilot it with two NSOs first.' }),
    ]);
  });

  it('refuses bad input with a 400 naming the field', async () => {
    const app = await testApp();
    for (const [payload, field] of [
      [{ focus: 'd', text: 'x' }, 'focus'],
      [{ focus: 'a', text: '   ' }, 'text'],
      [{ focus: 'a', text: 'x'.repeat(501) }, 'text'],
      [{ focus: 'a', text: 'ok', extra: 1 }, 'extra'],
    ] as const) {
      const response = await send(app, payload);
      expect(response.statusCode).toBe(400);
      expect(JSON.stringify(errorOf(response))).toContain(field);
    }
  });

  it('pushes approved input and the count to a presenter stream, live', async () => {
    const app = await testApp();
    const base = await listening(app);
    const stream = await openStream(base);
    try {
      await stream.next((s) => s.received === 0);
      const { id } = (await send(app, { focus: 'c', text: 'Share the game cards openly.', name: 'Ana' })).json();
      await stream.next((s) => s.received === 1 && s.approved.length === 0);
      await decide(app, [id], 'approved');
      const state = await stream.next((s) => s.approved.length === 1);
      expect(state.approved[0]).toMatchObject({ id, focus: 'c', name: 'Ana', text: 'Share the game cards openly.' });
      // Rejected input leaves the projector again, and spam is not counted.
      await decide(app, [id], 'spam');
      expect(await stream.next((s) => s.approved.length === 0)).toMatchObject({ received: 0 });
    } finally {
      stream.close();
    }
  });

  it('lets one network hold 50 presenter streams, so one client cannot shut the projector out', async () => {
    const app = await testApp();
    const base = await listening(app);
    const streams = await Promise.all(Array.from({ length: 50 }, () => openStream(base)));
    try {
      const refused = await fetch(`${base}/api/event/stream`);
      expect(refused.status).toBe(429);
      expect(refused.headers.get('retry-after')).toBe('30');
      expect((await refused.json()) as { message: string }).toMatchObject({
        error: 'Too Many Requests',
        message: 'Too many presenter views (50) are open from your network: close one and reload.',
      });
      // A closed stream gives its slot back (the server hears of it when the socket closes).
      streams.pop()!.close();
      await expect
        .poll(async () => {
          const again = await fetch(`${base}/api/event/stream`);
          await again.body?.cancel();
          return again.status;
        })
        .toBe(200);
    } finally {
      for (const stream of streams) stream.close();
    }
  });

  it('tallies game answers anonymously: one per phone and card, a changed answer replaces the old one', async () => {
    const app = await testApp();
    const phones: string[] = [];
    for (let i = 0; i < 3; i++) {
      const visit = await app.inject({ url: '/api/event/state' });
      phones.push(String(visit.headers['set-cookie']).split(';')[0]!);
    }
    const answer = (cookie: string | undefined, card: string, value: string) =>
      app.inject({
        method: 'POST',
        url: '/api/event/game/answers',
        payload: { card, answer: value },
        headers: cookie ? { cookie } : {},
      });
    expect((await answer(phones[0], 'water-points', 'yes')).statusCode).toBe(204);
    expect((await answer(phones[1], 'water-points', 'no')).statusCode).toBe(204);
    expect((await answer(phones[1], 'water-points', 'yes')).statusCode).toBe(204);
    expect((await answer(phones[2], 'respondents-only', 'cannot-tell')).statusCode).toBe(204);
    expect((await answer(phones[2], 'no-such-card', 'yes')).statusCode).toBe(404);
    expect(errorOf(await answer(undefined, 'water-points', 'yes')).message).toMatch(/device token/);

    const { tally } = (await app.inject({ url: '/api/event/state' })).json<EventState>();
    expect(tally['water-points']).toEqual({ yes: 2, no: 0, 'cannot-tell': 0 });
    expect(tally['respondents-only']).toEqual({ yes: 0, no: 0, 'cannot-tell': 1 });
    expect(JSON.stringify(tally)).not.toMatch(/fw_device|[A-Za-z0-9_-]{22}/);

    expect((await app.inject({ method: 'POST', url: '/api/event/game/reset' })).statusCode).toBe(401);
    const reset = await app.inject({ method: 'POST', url: '/api/event/game/reset', headers: moderatorHeaders });
    expect(reset.statusCode).toBe(204);
    const after = (await app.inject({ url: '/api/event/state' })).json<EventState>();
    expect(after.tally['water-points']).toEqual({ yes: 0, no: 0, 'cannot-tell': 0 });
  });
});
