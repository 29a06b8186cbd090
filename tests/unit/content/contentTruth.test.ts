/**
 * Guards against the worst bug this site can have, a wrong text published as the UN's: no page
 * or paragraph may claim official provenance (we hold no official text), pinned ids never look
 * like official paragraph numbers, and theme pages always say whose summary they are.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SOURCES } from '../../../src/data/sources';

const ROOT = join(__dirname, '../../..');

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return files(path);
    return /\.mdx?$/.test(entry.name) ? [path] : [];
  });
}

const pages = [...files(join(ROOT, 'docs')), ...files(join(ROOT, 'blog'))].map((path) => ({
  name: relative(ROOT, path),
  text: readFileSync(path, 'utf8'),
}));
const MARKER = /\{((?:\s*[#.][^\s{}]+)+)\s*\}\s*$/gm;

describe('content truth', () => {
  it('finds the pinned block markers it checks', () => {
    const markers = pages.flatMap((page) => [...page.text.matchAll(MARKER)]);
    expect(markers.length).toBeGreaterThan(100);
  });

  it.each(pages.map((p) => [p.name, p] as const))('%s claims no official text', (_name, page) => {
    expect(page.text).not.toMatch(/^provenance:\s*official/m);
    for (const match of page.text.matchAll(MARKER)) expect(match[1]).not.toContain('.official');
  });

  it.each(pages.map((p) => [p.name, p] as const))('%s pins no id shaped like a paragraph number', (_name, page) => {
    for (const match of page.text.matchAll(MARKER)) {
      const id = /#([^\s]+)/.exec(match[1] ?? '')?.[1];
      if (id) expect(id).not.toMatch(/^(?:para|paragraph|p|d|art|section|s)-?\d/);
    }
  });

  it('attributes every principles theme page to the Global Partnership and marks its wording pending', () => {
    const themes = pages.filter((p) => /docs\/principles\/theme-/.test(p.name));
    expect(themes.length).toBe(5);
    for (const theme of themes) {
      expect(theme.text).toMatch(/^title: 'Theme: /m);
      expect(theme.text).toContain('Global Partnership for Sustainable Development Data');
      expect(theme.text).toContain('not the name of an official principle');
      expect(theme.text).toMatch(/\.pending\}/);
    }
  });

  it('labels no source as official unless it is a UN-system page', () => {
    const official = SOURCES.filter((s) => s.kind === 'official');
    for (const source of official)
      expect(source.url).toMatch(/\bun\.org\b|unstats\.un\.org|\.un\.org\/|unece\.org|fao\.org/);
  });
});
