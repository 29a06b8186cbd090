/**
 * Browser: prepares Framework pages for print (see src/css/print.css). After every route change it
 * writes each link's printed address into `data-print-href` (the short form for this site's own
 * paragraphs and pages: `example.org/p/<id>`, `example.org/s/<page>`, with the language's prefix
 * on a translated site, `example.org/fr/p/<id>`; the full address for other sites) and puts a
 * print-only header above the text with the page's short URL and the print date (refreshed when
 * printing starts).
 */
import type { ClientModule } from '@docusaurus/types';
import { translate } from '@docusaurus/Translate';
import siteConfig from '@generated/docusaurus.config';
import i18n from '@generated/i18n';
import { BLOCK_SELECTOR } from '../../shared/blocks';
import { defaultLocalePath, siteRootOf } from '../../shared/locales';
import { shortBlockPath, shortFormOfHref, shortPagePath } from '../../shared/shortLinks';

const LOCALE = i18n.currentLocale;
const SITE_ROOT = siteRootOf(siteConfig.baseUrl, LOCALE, i18n.defaultLocale);

/**
 * A path on this site as the default locale names it, and the language of the site it is on (short
 * links take both): on the French site `/fr/docs/x` is French, while `/docs/x` (the notice's link
 * to the English page) stays English.
 */
function siteOf(pathname: string): { path: string; locale: string } {
  if (LOCALE === i18n.defaultLocale || !pathname.startsWith(siteConfig.baseUrl))
    return { path: pathname, locale: i18n.defaultLocale };
  return { path: defaultLocalePath(pathname, siteConfig.baseUrl, SITE_ROOT), locale: LOCALE };
}

const HEADER_CLASS = 'fw-print-header';

function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/** The origin without scheme, as printed: the one the reader is on, e.g. `framework.example.org`. */
const printedOrigin = () => window.location.host;

/** Block ids of the current page (links to them print as `/p/<id>`). */
function pageBlockIds(): Set<string> {
  return new Set(Array.from(document.querySelectorAll(BLOCK_SELECTOR), (element) => element.id));
}

/** The printed address of a link, or null for links that need none (in-page controls, mail). */
export function printedAddress(anchor: HTMLAnchorElement, blockIds: Set<string>): string | null {
  const raw = anchor.getAttribute('href') ?? '';
  if (raw === '' || raw.startsWith('javascript:') || anchor.closest('.fw-block__controls')) return null;
  let url: URL;
  try {
    url = new URL(raw, window.location.href);
  } catch {
    return null;
  }
  if (url.protocol === 'mailto:') return url.pathname;
  if (url.origin !== window.location.origin) return url.href.replace(/^https?:\/\//, '');
  // A link to a place on this page: the fragment's paragraph, or nothing (it is on the paper).
  const samePage = url.pathname === window.location.pathname;
  let fragment = '';
  try {
    fragment = decodeURIComponent(url.hash.slice(1));
  } catch {
    // Undecodable: treat as no fragment.
  }
  if (samePage && !blockIds.has(fragment)) return null;
  const { path, locale } = siteOf(url.pathname);
  const short = shortFormOfHref(`${path}${fragment ? `#${fragment}` : ''}`, (id) => blockIds.has(id), locale);
  return `${printedOrigin()}${short ?? url.pathname + url.hash}`;
}

function headerText(): string {
  const { path, locale } = siteOf(window.location.pathname);
  const shortUrl = `${printedOrigin()}${shortPagePath(path, locale)}`;
  return translate(
    {
      id: 'print.header',
      message: 'Short link: {url} · Printed {date} · Paragraph ids in brackets: cite as {example}',
    },
    { url: shortUrl, date: today(), example: `${printedOrigin()}${shortBlockPath('<id>', LOCALE)}` },
  );
}

function prepare(): void {
  const article = document.querySelector<HTMLElement>('article .markdown, main .markdown');
  if (!article) {
    document.querySelector(`body > .${HEADER_CLASS}`)?.remove();
    return;
  }
  const blockIds = pageBlockIds();
  for (const anchor of article.querySelectorAll<HTMLAnchorElement>('a[href]')) {
    const printed = printedAddress(anchor, blockIds);
    if (printed && anchor.textContent?.trim() !== printed) anchor.setAttribute('data-print-href', printed);
    else anchor.removeAttribute('data-print-href');
  }
  // Outside React's tree (the body is not React's), so re-renders never meet a node they did not make.
  let header = document.querySelector<HTMLElement>(`body > .${HEADER_CLASS}`);
  if (!header) {
    header = document.createElement('p');
    header.className = HEADER_CLASS;
    document.body.prepend(header);
  }
  header.textContent = headerText();
}

if (typeof window !== 'undefined') {
  window.addEventListener('beforeprint', prepare);
}

const module: ClientModule = {
  onRouteDidUpdate() {
    // After React has committed the new page.
    window.requestAnimationFrame(prepare);
  },
};

export default module;
