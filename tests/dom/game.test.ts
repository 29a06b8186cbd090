/**
 * "Is it citizen data?" (src/components/Event/Game.tsx) on slow venue Wi-Fi: an answer's failure
 * to be counted is said under the card it was given on, not under the next card the player has
 * moved to meanwhile (where it would say that answer was not counted).
 */
import { act, createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import Game from '../../src/components/Event/Game';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

afterEach(() => vi.unstubAllGlobals());

describe('the game, when an answer cannot be counted', () => {
  it('says so under the card it was given on only', async () => {
    const sent: { fail: () => Promise<void> }[] = [];
    vi.stubGlobal('fetch', (input: string, init?: RequestInit) => {
      if (init?.method !== 'POST') return Promise.resolve(Response.json({}));
      expect(input).toBe('/api/event/game/answers');
      return new Promise<Response>((_resolve, reject) =>
        sent.push({ fail: () => act(async () => reject(new TypeError('Failed to fetch'))) }),
      );
    });
    const host = document.createElement('div');
    document.body.append(host);
    const root = createRoot(host);
    await act(() => root.render(createElement(Game)));
    const press = (name: RegExp) =>
      act(async () => [...host.querySelectorAll('button')].find((b) => name.test(b.textContent ?? ''))!.click());
    const notCounted = () => host.textContent?.includes('could not be counted in the room’s tally');

    await press(/^Yes/);
    await press(/^Next card$/);
    expect(host.querySelector('h2')?.textContent).toMatch(/^Card 2 of \d+/);
    await press(/^Yes/);
    // The first card's answer fails while the second card's is still on its way.
    await sent[0]!.fail();
    expect(notCounted()).toBe(false);
    await sent[1]!.fail();
    expect(notCounted()).toBe(true);
    await act(() => root.unmount());
  });
});
