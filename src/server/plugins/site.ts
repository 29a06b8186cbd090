/**
 * Serves the built Docusaurus site from SITE_DIR with pretty URLs (`/docs/definition` →
 * `docs/definition.html`) and a 404 page with status 404. Each locale is a folder of its own
 * (`build/fr/…`, served at `/fr/…`, src/shared/locales.ts) with its own 404 page. Files,
 * compression and cache headers: staticFiles.ts.
 *
 * Every page has one address. Equivalent forms (`/docs/definition/`, `/docs/definition.html`,
 * `/index.html`, doubled slashes) get a permanent redirect to it, so the page hydrates on the
 * route it was built for and the browser carries the `#paragraph` fragment over. A path that
 * tries to leave the site folder (`..`, encoded slashes or dots, NUL), cannot be decoded, or is
 * over-long gets the site's 404 page, like any other page that does not exist.
 *
 * With `trailingSlash: false` Docusaurus writes both `blog.html` and a `blog/` folder; a static
 * server would look into the folder for an index and answer 404. So the pretty URLs are resolved
 * before routing, from the list of HTML files found at start (no file system access per request,
 * no way to name a file outside the site).
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { PREFIXED_LOCALES, splitLocalePath } from '../../shared/locales';
import { decodeUriPart } from '../../shared/url';
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

/** Where the rewrite sends a hostile path: no route, so the not-found handler answers with the 404 page. */
const HOSTILE_PATH_ROUTE = '/__hostile-path__';

/**
 * Fastify `rewriteUrl`: `/blog?x` → `/blog.html?x` when blog.html exists; a hostile path (see
 * `isHostilePath`) to a route that does not exist, because the router would answer an
 * undecodable one with a bare 400; anything else unchanged.
 */
export function prettyUrlRewriter(pages: Set<string>): (url: string) => string {
  return (url) => {
    const queryAt = url.indexOf('?');
    const pathname = queryAt === -1 ? url : url.slice(0, queryAt);
    if (pathname.startsWith('/api/')) return url;
    if (isHostilePath(pathname)) return HOSTILE_PATH_ROUTE;
    if (!pages.has(pathname)) return url;
    return `${pathname}.html${queryAt === -1 ? '' : url.slice(queryAt)}`;
  };
}

/** Longest page path served; anything longer cannot be a page of this site. */
export const MAX_PATH_LENGTH = 1024;

/**
 * The one address of the page an equivalent path form names (`/docs/x/`, `/docs/x.html`,
 * `/index.html`, `/docs/%64efinition`); under a locale prefix alike (`/fr/docs/x/` → `/fr/docs/x`),
 * and a locale's home page keeps its slash (`/fr`, `/fr/index.html` → `/fr/`).
 *
 * Percent-encoded unreserved characters are decoded and other escapes written in upper case, as
 * RFC 3986 §6.2.2 normalises them: mail clients and slide tools re-encode links they pass on.
 * Callers refuse hostile paths first (`isHostilePath`), so a decoded `.` never forms a `..` here.
 */
export function canonicalPath(pathname: string): string {
  let path = pathname
    .replace(/%([0-9A-Fa-f]{2})/g, (escape: string, hex: string) => {
      const character = String.fromCharCode(parseInt(hex, 16));
      return /[A-Za-z0-9._~-]/.test(character) ? character : escape.toUpperCase();
    })
    .replace(/\/{2,}/g, '/');
  if (path.length > 1) path = path.replace(/\/+$/, '');
  path = path.replace(/\.html$/, '');
  if (path === '/index' || path.endsWith('/index')) path = path.slice(0, -'index'.length);
  if (path.length > 1) path = path.replace(/\/+$/, '');
  // A locale's home page is its folder (`/fr/`), the address Docusaurus links to.
  if (PREFIXED_LOCALES.includes(path.slice(1))) return `${path}/`;
  return path || '/';
}

/**
 * True when a request path tries to leave the site folder or cannot name a file in it: a `.` or
 * `..` segment (plain or percent-encoded), an encoded slash or backslash, a NUL, a backslash, a
 * malformed percent sequence, or more than `MAX_PATH_LENGTH` characters.
 */
export function isHostilePath(pathname: string): boolean {
  if (pathname.length > MAX_PATH_LENGTH || /%(2f|5c|00)/i.test(pathname)) return true;
  const decoded = decodeUriPart(pathname);
  if (decoded === null) return true;
  return /[\\\0]/.test(decoded) || decoded.split('/').some((segment) => segment === '.' || segment === '..');
}

const API_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;

/**
 * What a client that missed an API route most likely meant: the methods that do answer the path
 * (`allow`, for a 405 with an `Allow` header), and the same path without its trailing slash when
 * that one answers this method (the router treats `/api/x/` and `/api/x` as different routes).
 */
export function apiRouteHints(
  app: FastifyInstance,
  method: string,
  pathname: string,
): { allow: string[]; withoutSlash?: string } {
  // The static site's catch-all (`/*`, GET and HEAD) matches every path: it is not an API route.
  const answers = (m: string, url: string) => {
    const route = app.findRoute({ method: m as (typeof API_METHODS)[number], url });
    return route !== null && !('*' in (route.params as object));
  };
  const allow = API_METHODS.filter((m) => m !== method && answers(m, pathname));
  const trimmed = pathname.replace(/\/+$/, '');
  return trimmed !== pathname && trimmed && answers(method, trimmed) ? { allow, withoutSlash: trimmed } : { allow };
}

/** The JSON answer for an API request no route takes: 405 with `Allow`, or 404 with a hint. */
function apiNotFound(app: FastifyInstance, request: FastifyRequest, reply: FastifyReply) {
  const pathname = request.url.split('?')[0]!;
  const asked = `${request.method} ${pathname}`;
  const { allow, withoutSlash } = apiRouteHints(app, request.method, pathname);
  if (withoutSlash) {
    return reply
      .code(404)
      .send(errorBody(404, `Not found: ${asked}. Did you mean ${withoutSlash} (no trailing slash)?`));
  }
  if (allow.length > 0) {
    return reply
      .code(405)
      .header('Allow', allow.join(', '))
      .send(errorBody(405, `${request.method} is not allowed on ${pathname}: use ${allow.join(' or ')}.`));
  }
  return reply.code(404).send(errorBody(404, `Not found: ${asked}`));
}

/** Registers static serving and the not-found handler (JSON under /api/, the site's 404 page elsewhere). */
export async function registerSite(app: FastifyInstance, siteDir: string): Promise<void> {
  const root = path.resolve(siteDir);
  const hasSite = existsSync(root);
  if (!hasSite) app.log.warn({ siteDir: root }, 'No built site: only the API is served. Run `npm run build` first.');
  else await registerStaticFiles(app, root);
  const notFound = (request: FastifyRequest, reply: FastifyReply) => {
    if (request.url.startsWith('/api/')) return apiNotFound(app, request, reply);
    // The 404 page in the reader's language: `/fr/…` gets build/fr/404.html.
    const { locale } = splitLocalePath(request.originalUrl.split('?')[0]!);
    const localised = PREFIXED_LOCALES.includes(locale) ? `${locale}/404.html` : '404.html';
    const page = existsSync(path.join(root, localised)) ? localised : '404.html';
    if (!hasSite || !existsSync(path.join(root, page))) {
      return reply.code(404).send(errorBody(404, `Not found: ${request.method} ${request.url.split('?')[0]}`));
    }
    return reply.code(404).header('Cache-Control', 'no-cache').sendFile(page);
  };
  app.setNotFoundHandler(notFound);

  const pages = new Set([...sitePages(root)].map(canonicalPath));
  app.addHook('onRequest', async (request, reply) => {
    // The URL as sent: the pretty-URL rewrite has already run on request.url.
    const url = request.originalUrl;
    if (url.startsWith('/api/') || (request.method !== 'GET' && request.method !== 'HEAD')) return;
    const queryAt = url.indexOf('?');
    const pathname = queryAt === -1 ? url : url.slice(0, queryAt);
    if (isHostilePath(pathname)) return notFound(request, reply);
    const canonical = canonicalPath(pathname);
    if (canonical !== pathname && pages.has(canonical)) {
      return reply.redirect(canonical + (queryAt === -1 ? '' : url.slice(queryAt)), 301);
    }
    // An empty segment that names no page (`//etc/passwd`): the file server would answer a bare
    // 403, where a person needs the site's 404 page.
    if (pathname.includes('//')) return notFound(request, reply);
  });
}
