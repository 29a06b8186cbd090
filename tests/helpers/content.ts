/** Reads the site's real docs pages as the content model sees them. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import type { PageSource } from '../../src/shared/contentProblems';

const ROOT = path.resolve(__dirname, '../..');

function markdownFiles(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return markdownFiles(relative);
    return /\.mdx?$/.test(entry.name) ? [relative] : [];
  });
}

export function readDocsPages(): PageSource[] {
  return markdownFiles('docs').map((source) => ({
    source,
    frontMatter: matter(readFileSync(path.join(ROOT, source), 'utf8')).data as Record<string, unknown>,
  }));
}
