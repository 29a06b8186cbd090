/**
 * The head script that keeps search shortcuts pressed before hydration: run as the browser runs
 * it (its source text), against a minimal document that dispatches key events.
 */
import { describe, expect, it } from 'vitest';
import { EARLY_KEYS_GLOBAL, EARLY_KEYS_SCRIPT, type EarlyKeys } from '../../../src/shared/search/earlyKeys';

type Listener = (event: FakeKey) => void;
interface FakeKey {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  defaultPrevented: boolean;
  target: { tagName: string; isContentEditable: boolean } | null;
  preventDefault(): void;
}

function page(): { press(key: string, options?: Partial<FakeKey>): FakeKey; state(): EarlyKeys; listeners: number } {
  const listeners = new Set<Listener>();
  const document = {
    addEventListener: (_type: string, listener: Listener) => listeners.add(listener),
    removeEventListener: (_type: string, listener: Listener) => listeners.delete(listener),
  };
  const window: Record<string, unknown> = {};
  new Function('window', 'document', EARLY_KEYS_SCRIPT)(window, document);
  return {
    press(key, options = {}) {
      const event: FakeKey = {
        key,
        ctrlKey: false,
        metaKey: false,
        altKey: false,
        defaultPrevented: false,
        target: { tagName: 'BODY', isContentEditable: false },
        preventDefault() {
          this.defaultPrevented = true;
        },
        ...options,
      };
      for (const listener of listeners) listener(event);
      return event;
    },
    state: () => window[EARLY_KEYS_GLOBAL] as EarlyKeys,
    get listeners() {
      return listeners.size;
    },
  };
}

describe('keys pressed before hydration', () => {
  it('records Ctrl+K and what is typed after it, and keeps them from the browser', () => {
    const p = page();
    expect(p.press('k', { ctrlKey: true }).defaultPrevented).toBe(true);
    for (const key of 'datx') p.press(key);
    p.press('Backspace');
    p.press('a');
    expect(p.state()).toMatchObject({ opened: true, typed: 'data' });
  });

  it('records Cmd+K and `/`, but not `/` typed into a field', () => {
    const mac = page();
    mac.press('K', { metaKey: true });
    expect(mac.state().opened).toBe(true);
    const slash = page();
    expect(slash.press('/', { target: { tagName: 'INPUT', isContentEditable: false } }).defaultPrevented).toBe(false);
    expect(slash.state().opened).toBe(false);
    slash.press('/');
    expect(slash.state().opened).toBe(true);
  });

  it('leaves other keys alone until a shortcut is pressed, and stops when asked', () => {
    const p = page();
    expect(p.press('a').defaultPrevented).toBe(false);
    expect(p.press('k', { ctrlKey: true, altKey: true }).defaultPrevented).toBe(false);
    expect(p.state().opened).toBe(false);
    p.state().stop();
    expect(p.listeners).toBe(0);
  });
});
