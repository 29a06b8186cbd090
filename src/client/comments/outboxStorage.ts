/**
 * Where the outbox (outbox.ts) keeps comments written without a connection, apart from the outbox
 * code itself, so the always-loaded entry (clientModule.ts) can tell whether anything waits without
 * downloading it.
 */
export const OUTBOX_STORAGE_KEY = 'fw-comments-outbox';

/** Whether comments wait in this browser's outbox. False when storage is unavailable. */
export function hasQueuedComments(): boolean {
  try {
    return window.localStorage.getItem(OUTBOX_STORAGE_KEY) !== null;
  } catch {
    return false;
  }
}
