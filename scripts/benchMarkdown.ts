/**
 * Worst-case comment rendering: how long the Markdown renderer takes on hostile bodies that fit
 * every limit (5,000 characters), and what the service does with each (refused by the nesting
 * pre-check, rendered within the worker's budget, or refused when over it). Prints one line per
 * body; run with `npm run bench:markdown`.
 */
import { LIMITS } from '../src/shared/annotations';
import { MAX_NESTING, markdownNesting, renderMarkdownSync } from '../src/server/markdown';
import { RENDER_BUDGET_MS } from '../src/server/markdownRenderer';

const fill = (unit: string) => unit.repeat(Math.ceil(LIMITS.body / unit.length)).slice(0, LIMITS.body);
const half = LIMITS.body / 4;

const BODIES: Record<string, string> = {
  'block quotes, 5,000 ">"': fill('>'),
  'ordered list markers "1. "': fill('1. '),
  'quote + list "> - "': fill('> - '),
  'nested emphasis "*_…a…_*"': '*_'.repeat(half) + 'a' + '_*'.repeat(half),
  'mixed emphasis "*a_"': fill('*a_'),
  'open brackets "["': fill('['),
  'closed brackets "[[…a…]]"': '['.repeat(LIMITS.body / 2 - 1) + 'a' + ']'.repeat(LIMITS.body / 2),
  'table 35 × 70': (('|a'.repeat(35) + '|\n') + ('|-'.repeat(35) + '|\n') + ('|a'.repeat(35) + '|\n').repeat(70)).slice(
    0,
    LIMITS.body,
  ),
  'setext headings "a\\n=\\n"': fill('a\n=\n'),
  'link definitions': fill('[a]: b\n'),
  'e-mail autolinks "a@b."': fill('a@b.'),
  'intraword underscores "a_"': fill('a_'),
  'a long ordinary comment': fill('Citizen data can **complement** official statistics; see [the definition](/docs/definition). '),
};

function time(markdown: string): string {
  const start = performance.now();
  try {
    renderMarkdownSync(markdown);
    return `${(performance.now() - start).toFixed(0)} ms`;
  } catch (error) {
    return `${(performance.now() - start).toFixed(0)} ms, then ${(error as Error).name}`;
  }
}

console.log(`body limit ${LIMITS.body} characters; nesting limit ${MAX_NESTING}; render budget ${RENDER_BUDGET_MS} ms`);
let worstAccepted = 0;
for (const [name, body] of Object.entries(BODIES)) {
  const nesting = markdownNesting(body);
  if (nesting > MAX_NESTING) {
    const start = performance.now();
    markdownNesting(body);
    console.log(`${name}: refused by the nesting check in ${(performance.now() - start).toFixed(2)} ms (unchecked: ${time(body)})`);
    continue;
  }
  const result = time(body);
  worstAccepted = Math.max(worstAccepted, Number.parseFloat(result));
  const verdict = Number.parseFloat(result) > RENDER_BUDGET_MS ? 'over budget: refused, worker replaced' : 'rendered in the worker';
  console.log(`${name}: ${result} (${verdict})`);
}
console.log(`worst render of a body that passes the nesting check: ${worstAccepted.toFixed(0)} ms (off the event loop)`);
