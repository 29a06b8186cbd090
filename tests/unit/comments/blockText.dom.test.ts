// @vitest-environment happy-dom
/**
 * The DOM side of anchoring without a browser: a block's text as comments see it, offsets ↔ DOM
 * ranges, and where a stored passage is highlighted on a saved page after an edit
 * (tests/fixtures/comments/savedPages.json, in the way Hypothesis keeps its html baselines).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readBlockText } from '../../../src/client/comments/anchoring/blockText';
import { describePassage } from '../../../src/client/comments/anchoring/describe';
import { placeTarget } from '../../../src/client/comments/anchoring/placement';
import { BLOCK_SELECTOR } from '../../../src/shared/blocks';
import { textHash } from '../../../src/shared/paragraphId';

/** Puts `html` in the document and returns its block with id `id`. */
function mount(html: string, id = 'p-x'): Element {
  document.body.innerHTML = html;
  const block = document.querySelector(`${BLOCK_SELECTOR}[data-pid="${id}"]`);
  if (!block) throw new Error(`no block ${id} in ${html}`);
  return block;
}

afterEach(() => {
  document.body.innerHTML = '';
});

const PARAGRAPH =
  '<p id="p-x" class="fw-block" data-pid="p-x"><span class="fw-provenance">Our summary</span> Citizen   data\n can help ' +
  '<a class="fw-term" href="/docs/background/glossary#term-nso">NSOs</a> <em>fill</em>&nbsp;gaps.' +
  '<span class="fw-block__controls"><a class="fw-permalink" href="#p-x">¶</a>' +
  '<button class="fw-comment-button" data-pid="p-x"><span class="fw-comment-count">3</span></button></span></p>';

describe('readBlockText', () => {
  it('reads the text without controls or badges, white space collapsed and trimmed', () => {
    expect(readBlockText(mount(PARAGRAPH)).text).toBe('Citizen data can help NSOs fill gaps.');
  });

  it('leaves out nested blocks: a list item is its own text, not its sub-items', () => {
    const block = mount(
      '<ul><li id="p-x" class="fw-block" data-pid="p-x">Parent item<ul><li id="p-y" class="fw-block" data-pid="p-y">child</li></ul> tail</li></ul>',
    );
    expect(readBlockText(block).text).toBe('Parent item tail');
    expect(readBlockText(mount(document.body.innerHTML, 'p-y')).text).toBe('child');
  });

  it('maps offsets to a DOM range across element boundaries and back', () => {
    const block = mount(PARAGRAPH);
    const text = readBlockText(block);
    const start = text.text.indexOf('NSOs fill');
    const range = text.toRange(start, start + 'NSOs fill gaps'.length)!;
    expect(range.toString()).toBe('NSOs fill\u00a0gaps');
    expect(range.startContainer.parentElement?.tagName).toBe('A');
    expect(text.spanOf(range)).toEqual({ start, end: start + 'NSOs fill gaps'.length });
  });

  it('maps a collapsed space to the first white-space character of its run', () => {
    const text = readBlockText(mount(PARAGRAPH));
    const range = text.toRange(0, 'Citizen data'.length)!;
    expect(range.toString()).toBe('Citizen   data');
  });

  it('answers null for empty or out-of-range spans', () => {
    const text = readBlockText(mount(PARAGRAPH));
    expect(text.toRange(3, 3)).toBeNull();
    expect(text.toRange(5, 2)).toBeNull();
    expect(text.toRange(0, text.text.length + 1)).toBeNull();
  });

  it('clips a selection that runs into the controls to the block text', () => {
    const block = mount(PARAGRAPH);
    const text = readBlockText(block);
    const range = document.createRange();
    const em = block.querySelector('em')!;
    range.setStart(em.firstChild!, 0);
    range.setEnd(block.querySelector('.fw-comment-count')!.firstChild!, 1);
    const span = text.spanOf(range)!;
    expect(text.text.slice(span.start, span.end)).toBe('fill gaps.');
  });
});

interface SavedPageCase {
  name: string;
  before: string;
  after: string;
  quote: string;
  expected: string | null;
}

const { cases } = JSON.parse(
  // import.meta.url is the page's URL under happy-dom, not the file's: resolve from this folder.
  readFileSync(path.join(__dirname, '../../fixtures/comments/savedPages.json'), 'utf8'),
) as { cases: SavedPageCase[] };

describe('saved-page anchoring baseline: highlight placement after an edit', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    // As the reader selected it on the old page, and as the service stores it (NFC).
    const old = readBlockText(mount(c.before));
    const at = old.text.indexOf(c.quote);
    expect(at, 'the quote must be in the old block text').toBeGreaterThanOrEqual(0);
    const { quote, position } = describePassage(old.text, at, at + c.quote.length)!;
    const stored = {
      exact: quote.exact.normalize('NFC'),
      prefix: quote.prefix.normalize('NFC'),
      suffix: quote.suffix.normalize('NFC'),
    };
    const target = { page: '/docs/x', paragraphId: 'p-x', paragraphHash: textHash(old.text), quote: stored, position };

    const now = readBlockText(mount(c.after));
    const placement = placeTarget(target, new Map([['p-x', now.text]]));
    if (c.expected === null) {
      expect(placement).toEqual({ kind: 'orphan', reason: 'quote-not-found' });
      return;
    }
    expect(placement.kind).toBe('passage');
    if (placement.kind !== 'passage') return;
    const range = now.toRange(placement.start, placement.end)!;
    // The highlight covers exactly the expected words (white space as the page has it).
    expect(range.toString().replace(/\s+/g, ' ')).toBe(c.expected);
    const block = document.querySelector('[data-pid="p-x"]')!;
    expect(block.contains(range.commonAncestorContainer)).toBe(true);
    expect(range.cloneContents().querySelector('.fw-block__controls, .fw-provenance')).toBeNull();
  });
});
