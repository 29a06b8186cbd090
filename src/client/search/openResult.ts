/**
 * Browser: opens a search result the same way from the dialog and the search page: client-side
 * navigation to `page#paragraph`, then the paragraph and its matched terms are highlighted.
 */
import type { QueryPlan } from '../../shared/search/queryPlan';
import { termMatcher } from '../../shared/search/snippet';
import { fragmentId } from '../../shared/url';
import { highlightTarget } from './highlightTarget';

interface History {
  push(path: string): void;
}

/** The matcher for a plan's terms, with the word being typed matched as a prefix. */
export function planMatcher(plan: QueryPlan): ReturnType<typeof termMatcher> {
  const prefixes = plan.concepts.at(-1)?.alternatives.some((alternative) => alternative.kind === 'prefix')
    ? (plan.concepts.at(-1)?.alternatives[0]?.terms ?? [])
    : [];
  return termMatcher(plan.terms, prefixes);
}

export function openResult(history: History, url: string, plan: QueryPlan): void {
  history.push(url);
  const id = fragmentId(url.split('#')[1] ?? '');
  if (id) highlightTarget(id, planMatcher(plan));
}
