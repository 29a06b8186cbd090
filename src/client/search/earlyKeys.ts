/**
 * Browser: takes the keys the head script recorded before hydration (see
 * `src/shared/search/earlyKeys.ts`).
 */
import { EARLY_KEYS_GLOBAL, type EarlyKeys } from '../../shared/search/earlyKeys';

/** Takes what the head script recorded (once), and stops it. Null when the script is absent. */
export function takeEarlyKeys(): EarlyKeys | null {
  const holder = window as unknown as Record<string, EarlyKeys | undefined>;
  const state = holder[EARLY_KEYS_GLOBAL];
  if (!state) return null;
  state.stop();
  holder[EARLY_KEYS_GLOBAL] = undefined;
  return state;
}
