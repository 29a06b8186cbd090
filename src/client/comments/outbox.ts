/**
 * Comments written without a connection: the outbox. A comment that cannot reach the service is
 * kept in localStorage (this browser only) under a random idempotency key, and sent when the
 * connection returns (`online` event, or the next page load). Never lost: an item leaves the outbox
 * only when the service has stored it, or refused it for a reason a retry cannot fix (then it stays,
 * with the message, for the reader to copy). Never sent twice: one flush at a time per browser
 * (Web Locks across tabs where available), and every send carries the same `Idempotency-Key`, so a
 * retry after an answer lost with the connection gets the first answer back instead of a second
 * comment (src/server/plugins/idempotency.ts).
 */
import type { CreateAnnotationBody, CreatedAnnotationResponse } from '../../shared/annotations';
import { ApiError, request } from './api';
import { OUTBOX_STORAGE_KEY as KEY } from './outboxStorage';
import { rememberOwnComment } from './ownComments';

const LOCK = 'fw-comments-outbox';
export const IDEMPOTENCY_HEADER = 'Idempotency-Key';

/** A comment waiting to be sent. */
export interface OutboxItem {
  /** Idempotency key: the same on every attempt. */
  key: string;
  body: CreateAnnotationBody;
  /** ISO date when the reader wrote it. */
  queuedAt: string;
  /** Why the service refused it, when it did (the item is then kept, not retried). */
  refused?: string;
}

/** Sends one item; the default posts it to the service with its idempotency key. */
export type Sender = (item: OutboxItem) => Promise<CreatedAnnotationResponse>;

const send: Sender = (item) =>
  request<CreatedAnnotationResponse>('/api/annotations', {
    method: 'POST',
    json: item.body,
    headers: { [IDEMPOTENCY_HEADER]: item.key },
  });

function read(): OutboxItem[] {
  try {
    const parsed: unknown = JSON.parse(window.localStorage.getItem(KEY) ?? '[]');
    return Array.isArray(parsed)
      ? parsed.filter((item): item is OutboxItem => typeof item?.key === 'string' && typeof item?.body === 'object')
      : [];
  } catch {
    return [];
  }
}

function write(items: OutboxItem[]): void {
  if (items.length) window.localStorage.setItem(KEY, JSON.stringify(items));
  else window.localStorage.removeItem(KEY);
}

/** The comments waiting in this browser, oldest first. */
export function queuedComments(): OutboxItem[] {
  return read();
}

/**
 * Keeps a comment for sending later. Throws if the browser cannot store it (storage full or
 * disabled), so the form keeps the text on screen instead of claiming it is saved.
 */
export function enqueueComment(body: CreateAnnotationBody, now = new Date()): OutboxItem {
  const item: OutboxItem = { key: crypto.randomUUID(), body, queuedAt: now.toISOString() };
  write([...read(), item]);
  return item;
}

/** What one flush did. */
export interface FlushResult {
  sent: { item: OutboxItem; created: CreatedAnnotationResponse }[];
  /** Still waiting: not attempted, or the service could not be reached. */
  waiting: number;
}

let flushing: Promise<FlushResult> | null = null;

async function flushNow(sender: Sender): Promise<FlushResult> {
  const result: FlushResult = { sent: [], waiting: 0 };
  for (const item of read()) {
    if (item.refused) continue;
    try {
      const created = await sender(item);
      // Recorded as the reader's own before it leaves the outbox: a crash in between leaves a
      // retry, which the idempotency key turns into the same answer.
      rememberOwnComment({
        id: created.id,
        editToken: created.editToken,
        page: item.body.target.page,
        body: item.body.body,
      });
      write(read().filter((other) => other.key !== item.key));
      result.sent.push({ item, created });
    } catch (error) {
      const retryable = !(error instanceof ApiError) || ['network', 'rate-limited', 'server'].includes(error.kind);
      if (retryable) break;
      write(read().map((other) => (other.key === item.key ? { ...other, refused: error.message } : other)));
    }
  }
  result.waiting = read().filter((item) => !item.refused).length;
  return result;
}

/**
 * Sends every waiting comment, oldest first, stopping at the first that cannot reach the service.
 * Concurrent calls share one flush; across tabs, a Web Lock lets one tab send at a time.
 */
export function flushOutbox(sender: Sender = send): Promise<FlushResult> {
  flushing ??= (async () => {
    try {
      const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
      return locks ? await locks.request(LOCK, () => flushNow(sender)) : await flushNow(sender);
    } finally {
      flushing = null;
    }
  })();
  return flushing;
}

/** Sends the outbox now and whenever the connection returns; `onSent` hears of each comment sent. */
export function startOutbox(onSent: (result: FlushResult) => void = () => {}, sender: Sender = send): () => void {
  const run = () => {
    if (!read().length) return;
    // A flush still running started before this event (perhaps while offline): send after it.
    void (flushing ?? Promise.resolve())
      .then(() => flushOutbox(sender))
      .then((result) => result.sent.length && onSent(result));
  };
  window.addEventListener('online', run);
  run();
  return () => window.removeEventListener('online', run);
}
