/**
 * Security headers (helmet) with the site's CSP (pages add their own script hashes, see csp.ts),
 * and the Origin check on writes.
 *
 * The Origin check: browsers send Origin on every cross-site POST/PATCH/DELETE, so a write whose
 * Origin is neither PUBLIC_ORIGIN nor the origin the service listens on comes from another site's
 * page and is refused (the CSRF lesson of Isso, comments-anchors §4.1). Requests without Origin
 * (curl, server-to-server) carry no ambient credentials and pass.
 */
import helmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';
import { HttpError } from '../errors';
import { cspDirectives } from './csp';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The origins allowed to write: the public one, and the listening one(s). */
export function allowedOrigins(publicOrigin: string, host: string, port: number): Set<string> {
  const origins = new Set([publicOrigin.replace(/\/$/, '')]);
  const loopback = ['0.0.0.0', '::', '127.0.0.1', 'localhost', '::1'].includes(host);
  const hosts = loopback ? ['localhost', '127.0.0.1', '[::1]'] : [host.includes(':') ? `[${host}]` : host];
  for (const name of hosts) origins.add(`http://${name}:${port}`);
  return origins;
}

export interface SecurityOptions {
  siteDir: string;
  origins: Set<string>;
}

/** Registers helmet and the Origin hook on `app`. */
export async function registerSecurity(app: FastifyInstance, options: SecurityOptions): Promise<void> {
  await app.register(helmet, {
    // No inline script runs outside the site's pages; each page gets its own hashes (staticFiles.ts).
    contentSecurityPolicy: { useDefaults: false, directives: cspDirectives([]) },
    // The site loads nothing cross-origin; keep the isolation headers at their strict defaults.
    crossOriginEmbedderPolicy: false,
  });
  app.addHook('onRequest', async (request) => {
    if (SAFE_METHODS.has(request.method)) return;
    const origin = request.headers.origin;
    if (origin === undefined) return;
    if (!options.origins.has(origin)) {
      throw HttpError.forbidden(
        `Cross-site request refused: Origin ${origin} is not this site (${[...options.origins][0]}).`,
      );
    }
  });
}
