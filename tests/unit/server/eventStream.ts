/** Reads the presenter's server-sent events in tests (fetch streaming, no browser). */
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

/** Opens the presenter stream of a listening app. */
export async function openStream(baseUrl: string) {
  const controller = new AbortController();
  const response = await fetch(`${baseUrl}/api/event/stream`, { signal: controller.signal });
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
  const reader = response.body!.getReader();
  const buffer = { text: '' };
  return {
    next: (until: (state: EventState) => boolean) => nextState(reader, until, buffer),
    close: () => controller.abort(),
  };
}

