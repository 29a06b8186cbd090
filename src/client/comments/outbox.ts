/**
 * Comments written without a connection: the outbox. A comment that cannot reach the service is
 * kept in localStorage (this browser only) under a random idempotency key, and sent when the
 * connection returns (`online` event, or the next page load), or, when the device is online but the
 * service did not answer, on a retry that waits longer each time. Once sent, it is the reader's own
 * comment as if sent online: remembered with its edit token, and the writer's details remembered
 * for the next form (commentDraft.ts); the form that queued it learns of it (`sentFromOutbox`).
 * Never lost: an item leaves the outbox
 * only when the service has stored it, or when the reader withdraws it. An item the service refused
 * for a reason a retry cannot fix (the paragraph was reworded while the reader was offline, the
 * feedback round closed) stays with the refusal, as coded, so that its page can show the comment
 * and the reason in the reader's language (NotSent.tsx) until the reader writes it again or
 * discards it. Never sent twice: one flush at a time per browser
 * (Web Locks across tabs where available), and every send carries the same `Idempotency-Key`, so a
 * retry after an answer lost with the connection gets the first answer back instead of a second
 * comment (src/server/plugins/idempotency.ts).
 */
import type { CreateAnnotationBody, CreatedAnnotationResponse } from '../../shared/annotations';
import { ApiError, request, type ApiErrorKind, type ErrorCoding, type FieldError } from './api';
import { OUTBOX_STORAGE_KEY as KEY } from './outboxStorage';
import { draftFromBody, rememberProfile } from './commentDraft';
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
  /** The heading of the page it was written on, to name that page from another. */
  pageTitle?: string;
  /** Why the service refused it, when it did (the item is then kept, not retried). */
  refused?: Refusal;
}

/** A refusal as the service said it: enough to explain it again on a later visit (`refusalError`). */
export interface Refusal {
  kind: ApiErrorKind;
  status: number;
  /** The service's English sentence, shown only for a code this build does not know. */
  message: string;
  coding: ErrorCoding;
  fields: FieldError[];
}

/** The refusal as the error it was, for errorMessage.ts to explain. */
export function refusalError(refusal: Refusal): ApiError {
  return new ApiError(refusal.kind, refusal.message, refusal.status, refusal.fields, undefined, refusal.coding);
}

const refusalOf = (error: ApiError): Refusal => ({
  kind: error.kind,
  status: error.status,
  message: error.message,
  coding: error.coding,
  fields: error.fields,
});

/** An item as stored: a refusal kept by an earlier version of this code is its English sentence only. */
function upgraded(item: OutboxItem): OutboxItem {
  const refused: unknown = item.refused;
  if (typeof refused !== 'string') return item;
  return { ...item, refused: { kind: 'invalid', status: 400, message: refused, coding: {}, fields: [] } };
}

/** Sends one item; the default posts it to the service with its idempotency key. */
export type Sender = (item: OutboxItem) => Promise<CreatedAnnotationResponse>;

const send: Sender = (item) =>
  request<CreatedAnnotationResponse>('/api/annotations', {
    method: 'POST',
    json: item.body,
    headers: { [IDEMPOTENCY_HEADER]: item.key },
  });

// The items as last read, by the stored text: the same array while nothing changed, as React's
// `useSyncExternalStore` needs of a snapshot.
let snapshot: { stored: string | null; items: OutboxItem[] } = { stored: null, items: [] };
const listeners = new Set<() => void>();

function read(): OutboxItem[] {
  let stored: string | null;
  try {
    stored = window.localStorage.getItem(KEY);
  } catch {
    return [];
  }
  if (stored === snapshot.stored) return snapshot.items;
  let items: OutboxItem[] = [];
  try {
    const parsed: unknown = JSON.parse(stored ?? '[]');
    items = Array.isArray(parsed)
      ? parsed
          .filter((item): item is OutboxItem => typeof item?.key === 'string' && typeof item?.body === 'object')
          .map(upgraded)
      : [];
  } catch {
    // Unreadable: treated as empty, and left as it is for the reader's browser tools.
  }
  snapshot = { stored, items };
  return items;
}

function write(items: OutboxItem[]): void {
  if (items.length) window.localStorage.setItem(KEY, JSON.stringify(items));
  else window.localStorage.removeItem(KEY);
  for (const listener of listeners) listener();
}

/** The comments waiting in this browser, oldest first (the same array while nothing changed). */
export function queuedComments(): OutboxItem[] {
  return read();
}

/** Hears of every change to the outbox, by this tab or another; returns the unsubscribe function. */
export function subscribeOutbox(listener: () => void): () => void {
  const fromAnotherTab = (event: StorageEvent) => (event.key === KEY || event.key === null) && listener();
  listeners.add(listener);
  window.addEventListener('storage', fromAnotherTab);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', fromAnotherTab);
  };
}

/**
 * Takes a comment out of the outbox: the reader discarded it, or is writing it again in the form
 * (which keeps its own draft). Only a refused item can be withdrawn, so a flush under way never
 * loses the item it is sending.
 */
export function withdrawComment(key: string): void {
  write(read().filter((item) => !(item.key === key && item.refused)));
}

/**
 * Keeps a comment for sending later. Throws if the browser cannot store it (storage full or
 * disabled), so the form keeps the text on screen instead of claiming it is saved.
 *
 * @param key - the idempotency key the form already sent it with, when its own attempt got no
 *   answer: that attempt may have reached the service, and the same key makes a retry return it
 *   rather than store it twice
 */
export function enqueueComment(
  body: CreateAnnotationBody,
  now = new Date(),
  key: string = crypto.randomUUID(),
): OutboxItem {
  const pageTitle = document.querySelector('article h1')?.textContent?.trim();
  const item: OutboxItem = {
    key,
    body,
    queuedAt: now.toISOString(),
    ...(pageTitle && { pageTitle }),
  };
  write([...read(), item]);
  return item;
}

/** What one flush did. */
export interface FlushResult {
  sent: { item: OutboxItem; created: CreatedAnnotationResponse }[];
  /** Refused by the service in this flush: kept, with the refusal, for the reader. */
  refused: OutboxItem[];
  /** Still waiting: not attempted, or the service could not be reached. */
  waiting: number;
}

let flushing: Promise<FlushResult> | null = null;

// What the outbox sent in this page's life, by idempotency key: the form that queued a comment
// replaces its "saved, will be sent" message with what an online send would have said.
const sentHere = new Map<string, CreatedAnnotationResponse>();

/** The service's answer to a comment this page's outbox sent, by its key; undefined while it waits. */
export function sentFromOutbox(key: string): CreatedAnnotationResponse | undefined {
  return sentHere.get(key);
}

async function flushNow(sender: Sender): Promise<FlushResult> {
  const result: FlushResult = { sent: [], refused: [], waiting: 0 };
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
        ...(item.body.proposedWording && { proposedWording: item.body.proposedWording }),
      });
      // As an online send does: the next form is filled in with who wrote this one.
      rememberProfile(draftFromBody(item.body));
      sentHere.set(item.key, created);
      write(read().filter((other) => other.key !== item.key));
      result.sent.push({ item, created });
    } catch (error) {
      const retryable = !(error instanceof ApiError) || ['network', 'rate-limited', 'server'].includes(error.kind);
      if (retryable) break;
      const refused = { ...item, refused: refusalOf(error) };
      write(read().map((other) => (other.key === item.key ? refused : other)));
      result.refused.push(refused);
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

/** The first retry while the device is online but the service does not answer, and the longest wait. */
export const RETRY_FIRST_MS = 15_000;
export const RETRY_MAX_MS = 5 * 60_000;

/**
 * Sends the outbox now, whenever the connection returns, and, while comments wait on a device that
 * is online (the service is down, not the connection), again after 15 s, 30 s, … up to every 5
 * minutes; `onFlushed` hears of each flush that sent or refused a comment.
 */
export function startOutbox(onFlushed: (result: FlushResult) => void = () => {}, sender: Sender = send): () => void {
  let retry: ReturnType<typeof setTimeout> | undefined;
  let wait = RETRY_FIRST_MS;
  const waiting = () => read().some((item) => !item.refused);
  // Offline, the `online` event is the retry: no timer.
  const scheduleRetry = () => {
    if (retry !== undefined || !waiting() || navigator.onLine === false) return;
    retry = setTimeout(() => {
      retry = undefined;
      run();
    }, wait);
    wait = Math.min(wait * 2, RETRY_MAX_MS);
  };
  const run = () => {
    if (!read().length) return;
    // A flush still running started before this event (perhaps while offline): send after it.
    void (flushing ?? Promise.resolve())
      .then(() => flushOutbox(sender))
      .then((result) => {
        if (result.waiting > 0) scheduleRetry();
        else wait = RETRY_FIRST_MS;
        if (result.sent.length > 0 || result.refused.length > 0) onFlushed(result);
      });
  };
  const online = () => {
    clearTimeout(retry);
    retry = undefined;
    wait = RETRY_FIRST_MS;
    run();
  };
  // A comment queued by a form (the service did not answer it) is retried on the same schedule.
  listeners.add(scheduleRetry);
  window.addEventListener('online', online);
  run();
  return () => {
    listeners.delete(scheduleRetry);
    clearTimeout(retry);
    window.removeEventListener('online', online);
  };
}
