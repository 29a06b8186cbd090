/**
 * Browser: the event's API calls (failures are ApiErrors, src/client/comments/api.ts) and the presenter's live stream. Every call sends the device
 * cookie (same origin), which the service issues on the first call and uses for room-sized rate
 * limits.
 */
import { useEffect, useState } from 'react';
import { ApiError, toApiError } from '@site/src/client/comments/api';
import type { EventState, FloorInputBody, GameAnswer } from '@site/src/shared/event';

async function send(url: string, body: unknown): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
      credentials: 'same-origin',
    });
  } catch {
    throw new ApiError('network', 'offline');
  }
  if (!response.ok) {
    // Classified as the comment service's errors are, code and all, so they are shown in the reader's language.
    const body: unknown = await response.json().catch(() => null);
    throw toApiError(response.status, body, response.headers.get('Retry-After'));
  }
  return response;
}

export async function sendFloorInput(body: FloorInputBody): Promise<{ id: string; status: string }> {
  return (await send('/api/event/input', body)).json();
}

export async function sendGameAnswer(card: string, answer: GameAnswer): Promise<void> {
  await send('/api/event/game/answers', { card, answer });
}

/** Asks for the state once: gives the phone its device token before it first writes. */
export async function fetchEventState(): Promise<EventState | undefined> {
  try {
    const response = await fetch('/api/event/state', { credentials: 'same-origin' });
    return response.ok ? ((await response.json()) as EventState) : undefined;
  } catch {
    return undefined;
  }
}

export type StreamStatus = 'connecting' | 'live' | 'reconnecting';

/** The presenter's live state over server-sent events (EventSource reconnects by itself). */
export function useEventStream(): { state: EventState | undefined; status: StreamStatus } {
  const [state, setState] = useState<EventState>();
  const [status, setStatus] = useState<StreamStatus>('connecting');
  useEffect(() => {
    const source = new EventSource('/api/event/stream');
    source.addEventListener('state', (event) => {
      setState(JSON.parse((event as MessageEvent<string>).data) as EventState);
      setStatus('live');
    });
    source.onerror = () => setStatus('reconnecting');
    return () => source.close();
  }, []);
  return { state, status };
}
