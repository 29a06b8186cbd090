/**
 * The offline outbox in a DOM (happy-dom): a comment kept while the service is unreachable is sent
 * once when the connection returns, with the same idempotency key on every attempt, never lost on
 * a refusal, and never sent twice by overlapping flushes.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../src/client/comments/api';
import {
  enqueueComment,
  flushOutbox,
  queuedComments,
  RETRY_FIRST_MS,
  startOutbox,
  subscribeOutbox,
  withdrawComment,
  type OutboxItem,
  type Sender,
} from '../../src/client/comments/outbox';
import { ownCommentsOn } from '../../src/client/comments/ownComments';
import type { CreateAnnotationBody, CreatedAnnotationResponse } from '../../src/shared/annotations';

const body = (text: string): CreateAnnotationBody => ({
  target: { page: '/docs/definition', paragraphId: 'definition-who', paragraphHash: 'k2j4h5' },
  body: text,
  authorName: 'Amina Diallo',
  stakeholder: 'cso',
  focus: 'practicality',
  commentType: 'question',
  visibility: 'public',
});

/** A fake service: offline until `online = true`; stores each idempotency key once. */
function fakeService() {
  const stored = new Map<string, CreatedAnnotationResponse>();
  const attempts: string[] = [];
  const service = {
    online: false,
    attempts,
    stored,
    send: (async (item: OutboxItem) => {
      attempts.push(item.key);
      if (!service.online) throw new ApiError('network', 'Failed to fetch');
      const existing = stored.get(item.key);
      if (existing) return existing;
      const created = {
        id: `id-${stored.size + 1}-abcdefgh`,
        status: 'pending',
        editToken: `token-${stored.size + 1}-0123456789abcdef`,
        annotation: {},
      } as unknown as CreatedAnnotationResponse;
      stored.set(item.key, created);
      return created;
    }) satisfies Sender,
  };
  return service;
}

beforeEach(() => localStorage.clear());
afterEach(() => vi.restoreAllMocks());

describe('the outbox', () => {
  it('keeps comments while offline and sends each once, in order, when the connection returns', async () => {
    const service = fakeService();
    enqueueComment(body('First, written offline.'));
    enqueueComment(body('Second, written offline.'));
    expect((await flushOutbox(service.send)).waiting).toBe(2);
    expect(queuedComments()).toHaveLength(2);
    service.online = true;
    const result = await flushOutbox(service.send);
    expect(result.sent.map((s) => s.item.body.body)).toEqual(['First, written offline.', 'Second, written offline.']);
    expect(queuedComments()).toEqual([]);
    expect(service.stored.size).toBe(2);
    expect(ownCommentsOn('/docs/definition').map((c) => c.id)).toEqual(['id-1-abcdefgh', 'id-2-abcdefgh']);
    // Every attempt of one comment carried the same key: the offline try and the successful one.
    const [first] = service.stored.keys();
    expect(service.attempts.filter((key) => key === first)).toHaveLength(2);
  });

  it('sends nothing twice when flushes overlap (reconnect event and page load at once)', async () => {
    const service = fakeService();
    service.online = true;
    enqueueComment(body('Only once.'));
    const [a, b] = await Promise.all([flushOutbox(service.send), flushOutbox(service.send)]);
    expect(a).toBe(b);
    expect(service.attempts).toHaveLength(1);
    expect(service.stored.size).toBe(1);
  });

  it('keeps a refused comment with the reason instead of dropping it, and sends the others', async () => {
    enqueueComment(body('Refused.'));
    enqueueComment(body('Accepted.'));
    const service = fakeService();
    service.online = true;
    const refusing: Sender = async (item) => {
      if (item.body.body === 'Refused.') {
        throw new ApiError('invalid', 'The round closed.', 409, [], undefined, {
          code: 'roundClosed',
          params: { round: 'R1' },
        });
      }
      return service.send(item);
    };
    const heard = vi.fn();
    const unsubscribe = subscribeOutbox(heard);
    const result = await flushOutbox(refusing);
    unsubscribe();
    expect(result.sent.map((s) => s.item.body.body)).toEqual(['Accepted.']);
    // Kept as coded, so its page can say why in the reader's language (NotSent.tsx).
    const refused = {
      kind: 'invalid',
      status: 409,
      message: 'The round closed.',
      coding: { code: 'roundClosed', params: { round: 'R1' } },
      fields: [],
    };
    expect(queuedComments()).toEqual([
      expect.objectContaining({ body: expect.objectContaining({ body: 'Refused.' }), refused }),
    ]);
    expect(result.refused).toEqual([expect.objectContaining({ refused })]);
    expect(result.waiting).toBe(0);
    expect(heard).toHaveBeenCalled();
    // A second flush neither sends it again nor reports it again.
    expect(await flushOutbox(refusing)).toMatchObject({ sent: [], refused: [] });
  });

  it('withdraws a refused comment only: one still waiting to be sent stays', async () => {
    const waiting = enqueueComment(body('Waiting.'));
    const refusedItem = enqueueComment(body('Refused.'));
    await flushOutbox(async (item) => {
      if (item.key === waiting.key) throw new ApiError('network', 'Failed to fetch');
      throw new ApiError('invalid', 'No.', 400);
    });
    // The network failure stopped the flush before the second item: nothing was refused yet.
    expect(queuedComments().some((item) => item.refused)).toBe(false);
    withdrawComment(waiting.key);
    expect(queuedComments()).toHaveLength(2);
    // Both refused now; withdrawing one leaves the other.
    await flushOutbox(async () => Promise.reject(new ApiError('invalid', 'No.', 400)));
    withdrawComment(refusedItem.key);
    expect(queuedComments().map((item) => item.key)).toEqual([waiting.key]);
  });

  it('sends with the key the form gave it, and remembers the writer’s details as an online send does', async () => {
    const service = fakeService();
    service.online = true;
    enqueueComment({ ...body('Keyed.'), organisation: 'Réseau' }, new Date(), 'key-from-the-form');
    await flushOutbox(service.send);
    expect(service.attempts).toEqual(['key-from-the-form']);
    expect(JSON.parse(localStorage.getItem('fw-comments-profile')!)).toEqual({
      authorName: 'Amina Diallo',
      stakeholder: 'cso',
      organisation: 'Réseau',
      country: '',
    });
  });

  it('retries, waiting longer each time, while the device is online but the service does not answer', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const service = fakeService();
    const onFlushed = vi.fn();
    const stop = startOutbox(onFlushed, service.send);
    try {
      // Queued by a form after the service did not answer: no `online` event will come.
      enqueueComment(body('Sent once the service is back.'));
      await vi.advanceTimersByTimeAsync(RETRY_FIRST_MS);
      expect(service.attempts).toHaveLength(1);
      // The next wait is twice as long.
      await vi.advanceTimersByTimeAsync(RETRY_FIRST_MS);
      expect(service.attempts).toHaveLength(1);
      service.online = true;
      await vi.advanceTimersByTimeAsync(RETRY_FIRST_MS);
      expect(service.attempts).toHaveLength(2);
      expect(onFlushed).toHaveBeenCalledTimes(1);
      expect(queuedComments()).toEqual([]);
    } finally {
      stop();
      vi.useRealTimers();
    }
  });

  it('sends when the browser comes back online', async () => {
    const service = fakeService();
    enqueueComment(body('Sent on reconnect.'));
    const onSent = vi.fn();
    const stop = startOutbox(onSent, service.send);
    await vi.waitFor(() => expect(service.attempts).toHaveLength(1));
    expect(onSent).not.toHaveBeenCalled();
    service.online = true;
    window.dispatchEvent(new Event('online'));
    await vi.waitFor(() => expect(onSent).toHaveBeenCalledTimes(1));
    expect(queuedComments()).toEqual([]);
    stop();
  });
});
