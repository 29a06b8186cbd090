/**
 * `@docusaurus/Link` for DOM tests: a plain link. The real one needs the site's router around it
 * (it prefetches routes and resolves the base URL), which no DOM test mounts.
 */
import { createElement, type AnchorHTMLAttributes, type ReactNode } from 'react';

export default function Link({
  to,
  href,
  ...rest
}: AnchorHTMLAttributes<HTMLAnchorElement> & { to?: string }): ReactNode {
  return createElement('a', { href: to ?? href, ...rest });
}
