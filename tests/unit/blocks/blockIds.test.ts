import { describe, expect, it } from 'vitest';
import { blockIds, renderDocMarkdown } from '../../helpers/markdown';

const page = [
  'First paragraph about citizen data.',
  '',
  'Second paragraph about the value chain.',
  '',
  '- An item',
  '- Another item',
  '',
].join('\n');

describe('remark block ids', () => {
  it('gives every paragraph, list item, quote and table an id and a permalink', () => {
    const html = renderDocMarkdown(
      ['A paragraph.', '', '- One item', '', '> A quote.', '', '| a | b |', '|---|---|', '| 1 | 2 |', ''].join('\n'),
    );
    expect(html).toMatch(/<p id="p-a-paragraph-[0-9a-z]{7}" class="fw-block"/);
    expect(html).toMatch(/<li id="p-one-item-[0-9a-z]{7}" class="fw-block"/);
    expect(html).toMatch(/<blockquote id="p-a-quote-[0-9a-z]{7}" class="fw-block"/);
    expect(html).toMatch(/<div id="p-a-b-1-2-[0-9a-z]{7}" class="fw-block fw-block--table"[^>]*>.*<table>/s);
    expect(html.match(/class="fw-permalink"/g)).toHaveLength(4);
    // The quote's inner paragraph belongs to the quote: it is not a block of its own.
    expect(html).not.toMatch(/<blockquote[^>]*>\s*<p id=/);
  });

  it('keeps every other id when a paragraph is inserted', () => {
    const before = blockIds(page);
    const after = blockIds(`A new opening paragraph.\n\n${page}`);
    expect(after.slice(1)).toEqual(before);
  });

  it('keeps every other id when another paragraph is edited', () => {
    const before = blockIds(page);
    const after = blockIds(page.replace('value chain', 'data value chain, edited'));
    expect(after[0]).toBe(before[0]);
    expect(after[1]).not.toBe(before[1]);
    expect(after.slice(2)).toEqual(before.slice(2));
  });

  it('honours an explicit id, which survives edits to the block itself', () => {
    const pinned = blockIds('Who counts as a citizen. {#definition-who}');
    const edited = blockIds('Who is meant by a citizen here. {#definition-who}');
    expect(pinned).toEqual(['definition-who']);
    expect(edited).toEqual(['definition-who']);
    expect(renderDocMarkdown('Who counts. {#definition-who}')).not.toContain('{#');
  });

  it('pins ids on list items too', () => {
    expect(blockIds('- First {#first-item}\n- Second\n')[0]).toBe('first-item');
  });

  it('labels a block whose provenance differs from its page', () => {
    const html = renderDocMarkdown('Not yet available. {.pending}');
    expect(html).toContain('data-provenance="pending"');
    expect(html).toMatch(
      /<span class="fw-provenance fw-provenance--pending"[^>]*>Official text pending<\/span>Not yet available\./,
    );
  });

  it('fails the build on duplicate explicit ids, naming the file, the lines and the fix', () => {
    expect(() => renderDocMarkdown('One. {#same}\n\nTwo. {#same}\n', 'docs/x.md')).toThrow(
      /Duplicate paragraph id "same" in docs\/x\.md \(lines 1 and 3\)\. Pin a different id/,
    );
  });

  it('fails the build when two blocks have the same text', () => {
    expect(() => renderDocMarkdown('Same words.\n\nSame words.\n')).toThrow(/same text: reword one, or pin an id/);
  });
});

describe('glossary links', () => {
  it('writes the definition into links to glossary terms', () => {
    const html = renderDocMarkdown('Work with [NSOs](/docs/background/glossary#term-nso).');
    expect(html).toMatch(
      /<a href="\/docs\/background\/glossary#term-nso" class="fw-term" data-term="nso" data-definition="[^"]+">NSOs<\/a>/,
    );
  });

  it('fails the build for a link to a term the glossary does not define', () => {
    expect(() => renderDocMarkdown('See [x](../background/glossary.mdx#term-unknown-term).', 'docs/a/b.md')).toThrow(
      /docs\/a\/b\.md links to glossary term "unknown-term", which src\/data\/glossary\.ts does not define/,
    );
  });
});

describe('which blocks get controls', () => {
  it('SVG icons, no emoji; one Tab stop (the comment button); navigation items none; gap notes only the link', () => {
    const html = renderDocMarkdown(
      [
        'A paragraph of Framework text.',
        '',
        '- [Another page](./other.md): where it leads.',
        '- An item with its own text.',
        '',
        '## What we do not know yet',
        '',
        '- Whether the Framework has a scale.',
        '',
        '## Next section',
        '',
        '- A discussable item again.',
        '',
      ].join('\n'),
    );
    expect(html).not.toMatch(/💬|¶/);
    expect(html.match(/<svg[^>]*class="fw-icon"/g)?.length).toBeGreaterThanOrEqual(2);
    const li = (text: string) => html.slice(html.indexOf(text), html.indexOf('</li>', html.indexOf(text)));
    expect(li('where it leads')).not.toContain('fw-block__controls');
    expect(li('An item with its own text')).toContain('fw-comment-button');
    expect(li('An item with its own text')).toMatch(
      /class="fw-permalink"[^>]*tabindex="-1"|tabindex="-1"[^>]*class="fw-permalink"/,
    );
    expect(li('Whether the Framework has a scale')).toContain('fw-permalink');
    expect(li('Whether the Framework has a scale')).not.toContain('fw-comment-button');
    expect(li('Whether the Framework has a scale')).not.toContain('tabindex');
    expect(li('A discussable item again')).toContain('fw-comment-button');
  });
});
