/**
 * The labels mean one thing each (see docs/background/how-to-read-our-labels.md):
 * - every page, blog posts included, carries a provenance statement;
 * - "Official text pending" marks only placeholders for the Framework's own text, never a claim
 *   we are unsure of (that is a confidence, written "Confidence: …" in a summary);
 * - every pending notice uses one admonition style, `:::info[Official text pending…]`.
 */
import matter from 'gray-matter';
import { describe, expect, it } from 'vitest';
import { PROVENANCES } from '../../../src/shared/paragraphId';
import { readPages } from './sharedBrief';

const pages = readPages().map((file) => ({ ...file, parsed: matter(file.text) }));

/** `{#id .pending}` markers at the end of a block, with the block's text before it. */
const PENDING_BLOCK = /^(.*)\{[^{}]*\.pending[^{}]*\}\s*$/gm;
const ADMONITION = /^:::(\w+)(?:\[([^\]]*)\])?\s*$/gm;

/** Words that belong to a confidence judgement about a claim, not to a placeholder. */
const CONFIDENCE_WORDS = /\bConfidence:|\bpartly verified\b|\bunverified\b|third-party/i;

describe('provenance statements', () => {
  it('reads docs pages and blog posts', () => {
    expect(pages.filter((p) => p.name.startsWith('blog/')).length).toBeGreaterThanOrEqual(2);
    expect(pages.filter((p) => p.name.startsWith('docs/')).length).toBeGreaterThan(30);
  });

  it.each(pages.map((p) => [p.name, p] as const))('%s declares its provenance and sources', (_name, page) => {
    expect(PROVENANCES).toContain(page.parsed.data.provenance);
    expect(page.parsed.data.provenance, 'no official text is held yet').not.toBe('official');
    expect(Array.isArray(page.parsed.data.sources) && page.parsed.data.sources.length > 0).toBe(true);
  });
});

describe('"Official text pending" marks placeholders only', () => {
  const pendingBlocks = pages.flatMap((page) =>
    [...page.parsed.content.matchAll(PENDING_BLOCK)].map((match) => ({ page: page.name, text: match[1] ?? '' })),
  );

  it('finds the pending blocks it checks', () => {
    expect(pendingBlocks.length).toBeGreaterThan(10);
  });

  it.each(pendingBlocks.map((b) => [`${b.page}: ${b.text.slice(0, 60)}`, b] as const))(
    '%s is a placeholder, not a claim with a confidence',
    (_label, block) => {
      expect(block.text).not.toMatch(CONFIDENCE_WORDS);
    },
  );

  it('writes every confidence judgement as "Confidence: …" with a known level', () => {
    for (const page of pages) {
      for (const match of page.parsed.content.matchAll(/Confidence: ([a-z ]+)/g)) {
        expect(match[1], page.name).toMatch(/^(verified|partly verified|unverified|not found|the word itself is verified|the role test is verified)/);
      }
    }
  });
});

describe('one admonition style for pending notices', () => {
  const admonitions = pages.flatMap((page) =>
    [...page.parsed.content.matchAll(ADMONITION)]
      .filter((match) => match[1] !== undefined && match[1] !== '')
      .map((match) => ({ page: page.name, kind: match[1]!, title: match[2] ?? '' })),
  );

  it('finds the notices', () => {
    expect(admonitions.filter((a) => /pending/i.test(a.title)).length).toBeGreaterThan(8);
  });

  it('uses :::info titled "Official text pending…" for every pending notice, and no other style for them', () => {
    const offenders = admonitions
      .filter((a) => /pending/i.test(a.title) || a.kind !== 'info')
      .filter((a) => a.kind !== 'info' || !a.title.startsWith('Official text pending'))
      .map((a) => `${a.page}: :::${a.kind}[${a.title}]`);
    expect(offenders).toEqual([]);
  });

  it('puts every pending block of an admonition-bearing page inside such a notice or a list of gaps', () => {
    for (const page of pages) {
      const lines = page.parsed.content.split('\n');
      let inNotice = false;
      lines.forEach((line, index) => {
        if (/^:::info\[Official text pending/.test(line)) inNotice = true;
        else if (/^:::\s*$/.test(line)) inNotice = false;
        if (/\.pending[^{}]*\}\s*$/.test(line) && !line.startsWith('- ')) {
          expect(inNotice, `${page.name}:${index + 1} is a pending paragraph outside an "Official text pending" notice`).toBe(
            true,
          );
        }
      });
    }
  });
});
