/**
 * The search page's state lives in its URL, so a search can be shared and bookmarked:
 * `/search?q=participation&type=principle&provenance=summary` (filters repeat for several values).
 */
// Constants only: the content model's schemas (TypeBox) must not ship to /search for one list.
import type { ContentType } from '@site/src/shared/contentModel';
import { PROVENANCES, type Provenance } from '@site/src/shared/paragraphId';
import { TYPE_ORDER } from '@site/src/shared/search/labels';

export interface SearchPageState {
  query: string;
  types: ContentType[];
  provenances: Provenance[];
}

/**
 * History state of a search sent with Enter (from the dialog): the page moves focus to its result
 * count once the results are there, instead of leaving it on the page body.
 */
export interface SearchPageLocationState {
  focusResults?: boolean;
}

export function parseSearchParams(search: string): SearchPageState {
  const params = new URLSearchParams(search);
  return {
    query: (params.get('q') ?? '').slice(0, 200),
    types: params
      .getAll('type')
      .filter((type): type is ContentType => (TYPE_ORDER as readonly string[]).includes(type)),
    provenances: params
      .getAll('provenance')
      .filter((provenance): provenance is Provenance => (PROVENANCES as readonly string[]).includes(provenance)),
  };
}

export function toSearchParams(state: SearchPageState): string {
  const params = new URLSearchParams();
  if (state.query) params.set('q', state.query);
  for (const type of state.types) params.append('type', type);
  for (const provenance of state.provenances) params.append('provenance', provenance);
  const text = params.toString();
  return text ? `?${text}` : '';
}
