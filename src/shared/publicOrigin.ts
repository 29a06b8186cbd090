/**
 * PUBLIC_ORIGIN: the one setting for the address readers use to reach the site, e.g.
 * `https://framework.example.org`. The build reads it (docusaurus.config.ts `url`: canonical
 * links, the sitemap, feeds) and the service reads it (allowed Origin of writes, the ids of the
 * W3C export, the Secure flag of the moderator cookie): the build through this function, the
 * service's config.ts with the same default, pattern, trimming and trailing-slash rule, so both
 * agree on the default and on what a valid value is (tests/unit/server/startup.test.ts holds them
 * equal). The service warns at start when the built site was
 * made for another origin (src/server/siteOrigin.ts).
 *
 * Pure: no DOM, no Node APIs.
 */

export const DEFAULT_PUBLIC_ORIGIN = 'http://localhost:3000';

/** Scheme and host (and port) only: no path, query or fragment. A trailing slash is tolerated. */
export const PUBLIC_ORIGIN_PATTERN = '^https?://[^/?#\\s]+/?$';

/**
 * The public origin from an environment: PUBLIC_ORIGIN trimmed and without its trailing slash, or
 * the default when it is unset or empty.
 *
 * @throws Error naming the variable when the value is not an http(s) origin
 */
export function publicOriginFrom(env: Record<string, string | undefined>): string {
  const value = env.PUBLIC_ORIGIN?.trim() || DEFAULT_PUBLIC_ORIGIN;
  if (!new RegExp(PUBLIC_ORIGIN_PATTERN).test(value)) {
    throw new Error(
      `PUBLIC_ORIGIN=${JSON.stringify(value)}: expected the public origin of the site, scheme and host only, e.g. https://framework.example.org`,
    );
  }
  return value.replace(/\/$/, '');
}
