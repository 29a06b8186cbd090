/**
 * Right-to-left pages: the project's CSS names sides logically (`border-inline-start`,
 * `margin-inline`, `padding-inline`, `inset-inline`), never physically. Docusaurus passes an RTL
 * locale's CSS through RTLCSS, which swaps physical sides for the whole page, so a physical side is
 * wrong wherever the text's direction differs from the page's (English text on the Arabic site);
 * a logical side follows each element's own direction. The e2e check (tests/e2e/i18n.test.ts)
 * measures the result in Chromium.
 *
 * Covers every stylesheet of the project: src/css, src/components, src/theme and the plugins'
 * own theme components (src/plugins).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOTS = ['src/css', 'src/components', 'src/theme', 'src/plugins'];

function* cssFiles(dir: string): Generator<string> {
  if (!existsSync(dir)) return;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* cssFiles(full);
    else if (entry.name.endsWith('.css')) yield full;
  }
}

/** Declarations that name a physical side, with their line numbers. */
export function physicalSides(css: string): string[] {
  const found: string[] = [];
  const text = css.replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, ' '));
  text.split('\n').forEach((line, index) => {
    const declaration = line.trim();
    const physical =
      /^(?:margin|padding|border|inset|scroll-margin|scroll-padding)-(?:left|right)\b/.test(declaration) ||
      /^(?:left|right)\s*:/.test(declaration) ||
      /^(?:text-align|float|clear)\s*:\s*(?:left|right)\b/.test(declaration) ||
      /^border-(?:top|bottom)-(?:left|right)-radius\b/.test(declaration);
    // Four values whose right and left differ: `padding: 0 0 0 1rem` is a physical left.
    const four = /^(?:margin|padding)\s*:\s*(\S+)\s+(\S+)\s+(\S+)\s+([^;\s]+)/.exec(declaration);
    if (physical || (four && four[2] !== four[4])) found.push(`${index + 1}: ${declaration}`);
  });
  return found;
}

describe('logical sides', () => {
  it('finds physical sides, and lets logical ones and vertical four-value shorthands pass', () => {
    expect(
      physicalSides(
        '.a {\n  border-left: 3px solid;\n  padding: 0 0 0 1rem;\n  left: 0;\n  text-align: right;\n}\n/* margin-left: 0 */',
      ),
    ).toEqual(['2: border-left: 3px solid;', '3: padding: 0 0 0 1rem;', '4: left: 0;', '5: text-align: right;']);
    expect(
      physicalSides(
        '.a {\n  border-inline-start: 3px solid;\n  padding: 1rem 2rem 0 2rem;\n  inset-inline-start: 0;\n}',
      ),
    ).toEqual([]);
  });

  const files = ROOTS.flatMap((root) => [...cssFiles(path.resolve(root))]);

  it('checks the stylesheets', () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it.each(files.map((file) => [path.relative(path.resolve('.'), file), file]))(
    '%s names no physical side',
    (_name, file) => {
      expect(physicalSides(readFileSync(file, 'utf8'))).toEqual([]);
    },
  );

  it('puts Infima’s and the theme’s physical sides back on logical ones', () => {
    const custom = readFileSync(path.resolve('src/css/custom.css'), 'utf8');
    for (const rule of [
      /\.alert \{[^}]*border-inline-start-width: var\(--ifm-alert-border-left-width\)/,
      /blockquote \{[^}]*border-inline-start: var\(--ifm-blockquote-border-left-width\)/,
      /ul \{[^}]*padding-inline: var\(--ifm-list-left-padding\) 0/,
    ])
      expect(custom).toMatch(rule);
  });
});
