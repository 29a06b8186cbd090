/**
 * Groups ranked hits by content type for display. Groups appear in the order of their best hit
 * and keep the ranking inside, so the best result is always first on screen.
 *
 * Pure: no DOM, no Node APIs.
 */
import type { ContentType } from '../contentModel';

export interface Group<T> {
  type: ContentType;
  items: T[];
}

export function groupByType<T>(items: readonly T[], typeOf: (item: T) => ContentType): Array<Group<T>> {
  const groups = new Map<ContentType, T[]>();
  for (const item of items) {
    const type = typeOf(item);
    const group = groups.get(type) ?? [];
    group.push(item);
    groups.set(type, group);
  }
  return [...groups].map(([type, grouped]) => ({ type, items: grouped }));
}
