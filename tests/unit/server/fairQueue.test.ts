/**
 * Comment bodies render one at a time, taking turns by sender (issue 7: no input can stall the
 * service). The queue on plain strings, then the renderer: one network's flood of bodies delays
 * another reader's body by one body, and a sender past its share is told when to come back.
 */
import { describe, expect, it } from 'vitest';
import { FairQueue } from '../../../src/server/fairQueue';
import Fastify from 'fastify';
import { HttpError, installErrorHandler } from '../../../src/server/errors';
import { BUSY_RETRY_AFTER_S, RENDER_QUEUE_LIMITS, renderMarkdown } from '../../../src/server/markdownRenderer';

const at = (network: string, sender = network) => ({ network, sender });

describe('FairQueue', () => {
  it('serves networks in turn, each in the order of its own jobs', () => {
    const queue = new FairQueue<string>({ perSender: 10, perNetwork: 100 });
    for (const job of ['a1', 'a2', 'a3', 'a4']) queue.add(at('a'), job);
    queue.add(at('b'), 'b1');
    queue.add(at('c'), 'c1');
    queue.add(at('b'), 'b2');
    expect(queue.size).toBe(7);
    const order: string[] = [];
    for (let job = queue.take(); job !== undefined; job = queue.take()) order.push(job);
    expect(order).toEqual(['a1', 'b1', 'c1', 'a2', 'b2', 'a3', 'a4']);
    expect(queue.size).toBe(0);
  });

  it('inside a network (a venue behind one address), serves its devices in turn', () => {
    const queue = new FairQueue<string>({ perSender: 10, perNetwork: 100 });
    for (const job of ['flood1', 'flood2', 'flood3']) queue.add(at('venue', 'flooder'), job);
    queue.add(at('venue', 'phone'), 'phone1');
    queue.add(at('home'), 'home1');
    const order: string[] = [];
    for (let job = queue.take(); job !== undefined; job = queue.take()) order.push(job);
    expect(order).toEqual(['flood1', 'home1', 'phone1', 'flood2', 'flood3']);
  });

  it('turns away a device, or a network, with its share waiting, and no other', () => {
    const queue = new FairQueue<number>({ perSender: 2, perNetwork: 3 });
    expect([
      queue.add(at('a', 'x'), 1),
      queue.add(at('a', 'x'), 2),
      queue.add(at('a', 'x'), 3),
      queue.add(at('a', 'y'), 4),
      queue.add(at('a', 'z'), 5),
      queue.add(at('b'), 6),
    ]).toEqual([true, true, false, true, false, true]);
    expect(queue.take()).toBe(1);
    expect(queue.add(at('a', 'z'), 7)).toBe(true);
    expect(queue.drain().sort()).toEqual([2, 4, 6, 7]);
    expect([queue.size, queue.take()]).toEqual([0, undefined]);
  });
});

describe('renderMarkdown takes turns', () => {
  it("renders another network's body after one of the flood's, not after all of it", async () => {
    await renderMarkdown('warm-up'); // the worker is ready and idle: the next body starts at once
    const finished: string[] = [];
    const render = (network: string, name: string) =>
      renderMarkdown(`**${name}**`, at(network)).then(() => finished.push(name));
    await Promise.all([
      ...['flood 1', 'flood 2', 'flood 3', 'flood 4', 'flood 5'].map((name) => render('flooding network', name)),
      render('another network', 'reader'),
    ]);
    expect(finished).toEqual(['flood 1', 'flood 2', 'reader', 'flood 3', 'flood 4', 'flood 5']);
  });

  it('answers 503 with Retry-After to a device that already has its share waiting', async () => {
    await renderMarkdown('warm-up');
    // The first body starts at once; the next perSender wait; one more is too many.
    const results = await Promise.allSettled(
      Array.from({ length: RENDER_QUEUE_LIMITS.perSender + 2 }, (_, i) => renderMarkdown(`body ${i}`, at('busy'))),
    );
    const refused = results.flatMap((result) => (result.status === 'rejected' ? [result.reason as HttpError] : []));
    expect(refused).toHaveLength(1);
    expect(refused[0]).toBeInstanceOf(HttpError);
    expect(refused[0]).toMatchObject({ statusCode: 503, retryAfterSeconds: BUSY_RETRY_AFTER_S });
    expect(refused[0]!.message).toBe(
      `Many comments from your network are waiting to be formatted: send yours again in ${BUSY_RETRY_AFTER_S} seconds.`,
    );
    // Another device of the same network is still served meanwhile.
    await expect(renderMarkdown('*fine*', at('busy', 'another phone'))).resolves.toBe('<p><em>fine</em></p>');
  });
});

describe('the error handler', () => {
  it('sends Retry-After with an error that says when trying again can succeed', async () => {
    const app = Fastify({ logger: false });
    installErrorHandler(app);
    app.get('/busy', async () => {
      throw new HttpError(503, 'Busy: try again in 5 seconds.', undefined, 5);
    });
    app.get('/refused', async () => {
      throw HttpError.badRequest('body: must contain visible text');
    });
    const busy = await app.inject({ url: '/busy' });
    expect(busy.statusCode).toBe(503);
    expect(busy.headers['retry-after']).toBe('5');
    expect(busy.json()).toEqual({
      statusCode: 503,
      error: 'Service Unavailable',
      message: 'Busy: try again in 5 seconds.',
    });
    expect((await app.inject({ url: '/refused' })).headers['retry-after']).toBeUndefined();
    await app.close();
  });
});
