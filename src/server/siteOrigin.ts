/**
 * The origin a built site was made for, read back from its home page's canonical link, so the
 * service can warn when PUBLIC_ORIGIN at serve time differs from PUBLIC_ORIGIN at build time
 * (canonical links, the sitemap and feeds would then point elsewhere).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** The origin of `<link rel="canonical" href="…">` in `siteDir/index.html`, or undefined. */
export function builtSiteOrigin(siteDir: string): string | undefined {
  const file = path.join(siteDir, 'index.html');
  if (!existsSync(file)) return undefined;
  const html = readFileSync(file, 'utf8');
  for (const tag of html.match(/<link\b[^>]*>/gi) ?? []) {
    if (!/\brel=["']?canonical\b/i.test(tag)) continue;
    // Minified HTML leaves attribute values unquoted.
    const match = /\bhref=(?:"([^"]+)"|'([^']+)'|([^\s"'>]+))/i.exec(tag);
    const href = match?.[1] ?? match?.[2] ?? match?.[3]?.replace(/\/$/, '');
    try {
      return href ? new URL(href).origin : undefined;
    } catch {
      return undefined;
    }
  }
  return undefined;
}

/** A warning when the site was built for another origin than `publicOrigin`, else undefined. */
export function originMismatch(siteDir: string, publicOrigin: string): string | undefined {
  const built = builtSiteOrigin(siteDir);
  if (!built || built === publicOrigin) return undefined;
  return (
    `The site in ${siteDir} was built for ${built}, but PUBLIC_ORIGIN is ${publicOrigin}: its canonical links, ` +
    `sitemap and feeds point to ${built}. Rebuild with the same PUBLIC_ORIGIN (PUBLIC_ORIGIN=${publicOrigin} npm run build).`
  );
}

/**
 * A warning when PUBLIC_ORIGIN was left at its default but the service is opened at another
 * address (PORT=3100 on this machine): the built site's links and the exports' ids would name the
 * default, not the address readers use. Undefined when PUBLIC_ORIGIN is set (a proxy in front may
 * rightly differ from the listening address) or when the two agree.
 */
export function defaultOriginWarning(
  publicOriginSet: boolean,
  publicOrigin: string,
  localUrl: string,
): string | undefined {
  if (publicOriginSet || publicOrigin === localUrl) return undefined;
  return (
    `PUBLIC_ORIGIN is not set, so the site's links and the exports name ${publicOrigin}, not ${localUrl}. ` +
    `To use ${localUrl}, set PUBLIC_ORIGIN=${localUrl} for both npm run build and npm run serve.`
  );
}
