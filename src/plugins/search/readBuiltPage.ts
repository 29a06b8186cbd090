/**
 * Reads one built page and returns its rendered Markdown content, the input of the extraction
 * contract. Build output uses `trailingSlash: false` (`/docs/x` → `docs/x.html`) or folders
 * (`/docs/x/` → `docs/x/index.html`); both are tried.
 */
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select } from 'hast-util-select';

/** @returns the HTML file written for a route path, or null when there is none */
export function builtFileOf(outDir: string, routePath: string, baseUrl: string): string | null {
  const relative = decodeURIComponent(routePath.slice(baseUrl.length - 1)).replace(/^\/+/, '');
  const candidates = [`${relative.replace(/\/$/, '')}.html`, path.join(relative, 'index.html')];
  for (const candidate of candidates) {
    const file = path.join(outDir, candidate);
    if (existsSync(file)) return file;
  }
  return null;
}

/**
 * @param contentSelector - the plugin's `contentSelector` option
 * @returns the content element, or null when the page has none (e.g. a generated index page)
 */
export async function readBuiltContent(file: string, contentSelector: string): Promise<Element | null> {
  const html = await readFile(file, 'utf8');
  // Parsing is most of the indexing time, and the content is inside the page's <article>: parse
  // that part alone when there is one (the head, navbar, sidebar and footer are larger).
  const start = html.indexOf('<article');
  const end = html.lastIndexOf('</article>');
  const tree =
    start !== -1 && end > start
      ? fromHtml(html.slice(start, end + '</article>'.length), { fragment: true })
      : fromHtml(html);
  return select(contentSelector, tree) ?? null;
}
