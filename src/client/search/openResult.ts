/**
 * Browser: opens a search result the same way from the dialog and the search page: client-side
 * navigation to `page#paragraph`, then the paragraph and its matched terms are highlighted. The
 * highlighter (and the tokenizer it marks terms with) loads then, not with the search page: it
 * waits for the target page to render anyway.
 */
import type { QueryPlan } from '../../shared/search/queryPlan';
import { fragmentId } from '../../shared/url';

interface History {
  push(path: string): void;
}

export function openResult(history: History, url: string, plan: QueryPlan): void {
  history.push(url);
  const id = fragmentId(url.split('#')[1] ?? '');
  if (id) void import('./highlightTarget').then(({ highlightPlan }) => highlightPlan(id, plan));
}
