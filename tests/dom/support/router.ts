/**
 * `@docusaurus/router` for DOM tests: one in-memory location that components read with
 * `useLocation` and change with `useHistory().replace`/`push`, and tests set with `goTo`.
 * (The real module re-exports react-router, which needs the site's router around the component.)
 */
import { useSyncExternalStore } from 'react';

interface MemoryLocation {
  pathname: string;
  search: string;
  hash: string;
  state: unknown;
}

const listeners = new Set<() => void>();
let location: MemoryLocation = { pathname: '/', search: '', hash: '', state: undefined };

/** Moves to `to` (a path with an optional query and fragment, or its parts) and re-renders readers. */
export function goTo(to: string | Partial<MemoryLocation>): void {
  const parts = typeof to === 'string' ? new URL(to, 'http://localhost') : to;
  location = {
    pathname: parts.pathname ?? location.pathname,
    search: parts.search ?? '',
    hash: parts.hash ?? '',
    state: undefined,
  };
  listeners.forEach((listener) => listener());
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

export function useLocation(): MemoryLocation {
  return useSyncExternalStore(subscribe, () => location);
}

export function useHistory(): { replace: typeof goTo; push: typeof goTo } {
  return { replace: goTo, push: goTo };
}
