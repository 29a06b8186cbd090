/**
 * Serves the built Docusaurus site from SITE_DIR with pretty URLs (`/docs/definition` →
 * `docs/definition.html`) and a 404 page with status 404. Files, compression and cache headers:
 * staticFiles.ts.
 *
 * With `trailingSlash: false` Docusaurus writes both `blog.html` and a `blog/` folder; a static
 * server would look into the folder for an index and answer 404. So the pretty URLs are resolved
 * before routing, from the list of HTML files found at start (no file system access per request,
 * no way to name a file outside the site).
 */
import type { FastifyInstance } from 'fastify';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { errorBody } from '../errors';
import { registerStaticFiles } from './staticFiles';

/** URL paths (without `.html`) of every HTML page under `siteDir`, e.g. `/docs/definition`. */
export function sitePages(siteDir: string): Set<string> {
  const pages = new Set<string>();
  if (!existsSync(siteDir)) return pages;
  const walk = (dir: string, prefix: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(path.join(dir, entry.name), `${prefix}/${entry.name}`);
      else if (entry.name.endsWith('.html')) pages.add(`${prefix}/${entry.name.slice(0, -'.html'.length)}`);
    }
  };
  walk(siteDir, '');
  return pages;
}

/** Fastify `rewriteUrl`: `/blog?x` → `/blog.html?x` when blog.html exists; anything else unchanged. */
export function prettyUrlRewriter(pages: Set<string>): (url: string) => string {
  return (url) => {
    const queryAt = url.indexOf('?');
    const pathname = queryAt === -1 ? url : url.slice(0, queryAt);
    if (pathname.startsWith('/api/') || !pages.has(pathname)) return url;
    return `${pathname}.html${queryAt === -1 ? '' : url.slice(queryAt)}`;
  };
}

/** Registers static serving and the not-found handler (JSON under /api/, the site's 404 page elsewhere). */
export async function registerSite(app: FastifyInstance, siteDir: string): Promise<void> {
  const root = path.resolve(siteDir);
  const hasSite = existsSync(root);
  if (!hasSite) app.log.warn({ siteDir: root }, 'No built site: only the API is served. Run `npm run build` first.');
  else await registerStaticFiles(app, root);
  const notFoundPage = path.join(root, '404.html');
  app.setNotFoundHandler((request, reply) => {
    if (request.url.startsWith('/api/') || !hasSite || !existsSync(notFoundPage)) {
      return reply.code(404).send(errorBody(404, `Not found: ${request.method} ${request.url.split('?')[0]}`));
    }
    return reply.code(404).header('Cache-Control', 'no-cache').sendFile('404.html');
  });
}
