/**
 * Browser: the reader's recent searches, kept in this browser only (localStorage), newest first.
 * Storage can be unavailable (private mode, quota, policy): every function then degrades to an
 * empty list instead of throwing.
 */
const KEY = 'fw-search-recent';
/** How many recent searches are kept. */
export const MAX_RECENT = 8;

export function readRecentSearches(): string[] {
  try {
    const value: unknown = JSON.parse(window.localStorage.getItem(KEY) ?? '[]');
    return Array.isArray(value)
      ? value.filter((item): item is string => typeof item === 'string').slice(0, MAX_RECENT)
      : [];
  } catch {
    return [];
  }
}

/** Records a search (trimmed; a repeat moves to the front). @returns the new list */
export function addRecentSearch(query: string): string[] {
  const trimmed = query.trim().slice(0, 200);
  if (!trimmed) return readRecentSearches();
  const next = [trimmed, ...readRecentSearches().filter((item) => item !== trimmed)].slice(0, MAX_RECENT);
  try {
    window.localStorage.setItem(KEY, JSON.stringify(next));
  } catch {
    // Not persisted; the list still reflects this session's intent.
  }
  return next;
}

export function clearRecentSearches(): void {
  try {
    window.localStorage.removeItem(KEY);
  } catch {
    // Nothing stored, nothing to clear.
  }
}
