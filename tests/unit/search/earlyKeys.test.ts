/**
 * The head script that keeps search asked for before hydration (shortcuts, a click on the search
 * button): run as the browser runs it (its source text), against a minimal document that
 * dispatches key and click events.
 */
import { describe, expect, it } from 'vitest';
import {
  EARLY_KEYS_GLOBAL,
  EARLY_KEYS_SCRIPT,
  SEARCH_BUTTON_SELECTOR,
  type EarlyKeys,
} from '../../../src/shared/search/earlyKeys';

type Listener = (event: FakeKey | FakeClick) => void;
interface FakeClick {
  /** An element whose `closest` knows one selector: the one it matches. */
  target: { closest(selector: string): unknown };
}
interface FakeKey {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  defaultPrevented: boolean;
  target: { tagName: string; isContentEditable: boolean } | null;
  preventDefault(): void;
}

function page(): {
  press(key: string, options?: Partial<FakeKey>): FakeKey;
  click(matches: string | null): void;
  state(): EarlyKeys;
  listeners: number;
} {
  const listeners = new Map<string, Set<Listener>>();
  const of = (type: string): Set<Listener> => listeners.get(type) ?? listeners.set(type, new Set()).get(type)!;
  const document = {
    addEventListener: (type: string, listener: Listener) => of(type).add(listener),
    removeEventListener: (type: string, listener: Listener) => of(type).delete(listener),
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
      for (const listener of of('keydown')) listener(event);
      return event;
    },
    click(matches) {
      const event: FakeClick = { target: { closest: (selector) => (selector === matches ? {} : null) } };
      for (const listener of of('click')) listener(event);
    },
    state: () => window[EARLY_KEYS_GLOBAL] as EarlyKeys,
    get listeners() {
      return [...listeners.values()].reduce((count, set) => count + set.size, 0);
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

  it('records a click on the search button, and what is typed after it', () => {
    const p = page();
    p.click('a.navbar__link');
    expect(p.state().opened).toBe(false);
    p.click(SEARCH_BUTTON_SELECTOR);
    for (const key of 'data') p.press(key);
    expect(p.state()).toMatchObject({ opened: true, typed: 'data' });
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
