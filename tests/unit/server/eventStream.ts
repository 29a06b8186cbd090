/** Reads the presenter's server-sent events in tests (fetch streaming, no browser). */
import http from 'node:http';
import { Readable } from 'node:stream';
import { expect } from 'vitest';
import type { EventState } from '../../../src/shared/event';

/** Reads server-sent `state` events from a stream until `until` accepts one. */
export async function nextState(
  reader: ReadableStreamDefaultReader<Uint8Array>,
  until: (state: EventState) => boolean,
  buffer = { text: '' },
): Promise<EventState> {
  const decoder = new TextDecoder();
  for (;;) {
    let end: number;
    while ((end = buffer.text.indexOf('\n\n')) !== -1) {
      const frame = buffer.text.slice(0, end);
      buffer.text = buffer.text.slice(end + 2);
      const data = /^event: state\ndata: (.*)$/m.exec(frame)?.[1];
      if (data) {
        const state = JSON.parse(data) as EventState;
        if (until(state)) return state;
      }
    }
    const { value, done } = await reader.read();
    if (done) throw new Error('The event stream ended before the expected state arrived.');
    buffer.text += decoder.decode(value, { stream: true });
  }
}

/**
 * Opens the presenter stream of a listening app on its own socket (no keep-alive pool, so closing
 * it leaves nothing behind that could hold the server open).
 */
export async function openStream(baseUrl: string) {
  const request = http.get(`${baseUrl}/api/event/stream`, { agent: false });
  const response = await new Promise<http.IncomingMessage>((resolve, reject) => {
    request.once('response', resolve);
    request.once('error', reject);
  });
  expect(response.statusCode).toBe(200);
  expect(response.headers['content-type']).toMatch(/^text\/event-stream/);
  const body = Readable.toWeb(response) as ReadableStream<Uint8Array>;
  const reader = body.getReader();
  const buffer = { text: '' };
  return {
    next: (until: (state: EventState) => boolean) => nextState(reader, until, buffer),
    close: () => request.destroy(),
  };
}
