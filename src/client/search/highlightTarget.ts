/**
 * Browser: after a search result is opened, finds the paragraph it points at, marks the matched
 * terms inside it (text nodes wrapped in `<mark>`, never innerHTML), gives it the block target
 * highlight, scrolls it into view and moves focus to it so screen-reader users land there too.
 */
import { BLOCK, NON_TEXT_SELECTOR } from '../../shared/blocks';
import type { QueryPlan } from '../../shared/search/queryPlan';
import { matchRanges, planMatcher, type TermMatcher } from '../../shared/search/snippet';
import { ENGLISH, tokenizerFor, type Tokenizer } from '../../shared/search/tokenize';

export const TERM_MARK_CLASS = 'fw-search-term';
/** How long to wait for the target page to render the paragraph. */
const WAIT_MS = 5000;

function clearMarks(): void {
  for (const mark of document.querySelectorAll(`mark.${TERM_MARK_CLASS}`)) {
    mark.replaceWith(document.createTextNode(mark.textContent ?? ''));
  }
}

function markTerms(root: Element, matches: TermMatcher, tokenizer: Tokenizer): void {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.parentElement?.closest(NON_TEXT_SELECTOR) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
  });
  const nodes: Text[] = [];
  while (walker.nextNode()) nodes.push(walker.currentNode as Text);
  for (const node of nodes) {
    const ranges = matchRanges(node.data, matches, tokenizer.tokenize(node.data));
    for (const [start, end] of ranges.reverse()) {
      const tail = node.splitText(start);
      tail.splitText(end - start);
      const mark = document.createElement('mark');
      mark.className = TERM_MARK_CLASS;
      tail.replaceWith(mark);
      mark.append(tail);
    }
  }
}

function apply(target: HTMLElement, matches: TermMatcher, tokenizer: Tokenizer): void {
  clearMarks();
  markTerms(target, matches, tokenizer);
  for (const previous of document.querySelectorAll(`.${BLOCK.targetClassName}`))
    previous.classList.remove(BLOCK.targetClassName);
  target.classList.add(BLOCK.targetClassName);
  if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
  target.focus({ preventScroll: true });
  target.scrollIntoView({ block: 'center' });
}

/**
 * @param id - the paragraph's block id (or a heading id for blog sections)
 * @param matches - which terms to mark
 * @param tokenizer - the index language's tokenizer, which the terms come from
 */
export function highlightTarget(id: string, matches: TermMatcher, tokenizer: Tokenizer = ENGLISH): void {
  const deadline = performance.now() + WAIT_MS;
  const attempt = (): void => {
    const target = document.getElementById(id);
    // The previous page may still be on screen for a frame: wait until the new one holds the id.
    if (target) apply(target, matches, tokenizer);
    else if (performance.now() < deadline) window.requestAnimationFrame(attempt);
  };
  attempt();
}

/** {@link highlightTarget} with the terms of a query plan (the word being typed as a prefix). */
export function highlightPlan(id: string, plan: QueryPlan): void {
  highlightTarget(id, planMatcher(plan), tokenizerFor(plan.language));
}
