/**
 * Browser: prepares Framework pages for print (see src/css/print.css). After every route change it
 * writes each link's printed address into `data-print-href` (the short form for this site's own
 * paragraphs and pages: `example.org/p/<id>`, `example.org/s/<page>`, with the language's prefix
 * on a translated site, `example.org/fr/p/<id>`; the full address for other sites) and puts a
 * print-only header above the text with the page's short URL and the print date (refreshed when
 * printing starts).
 *
 * After a route change that is done in idle time, a few links per idle period, and the header is
 * written last: labelling every link of a Framework page at once took about 18 ms of main thread
 * on a desktop (70 ms on Lighthouse's mobile CPU), one long task while the page was loading, for
 * something only a printout shows. Printing (`beforeprint`) labels whatever is left at once.
 */
import type { ClientModule } from '@docusaurus/types';
import { translate } from '@docusaurus/Translate';
import siteConfig from '@generated/docusaurus.config';
import i18n from '@generated/i18n';
import { BLOCK_SELECTOR } from '../../shared/blocks';
import { defaultLocalePath, siteRootOf } from '../../shared/locales';
import { shortBlockPath, shortFormOfHref, shortPagePath } from '../../shared/shortLinks';
import { whenIdle, type IdleScheduler } from '../prefetch/idlePrefetch';

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

/** The page's text, where the links to label are; none outside Framework and blog pages. */
function pageText(): HTMLElement | null {
  return document.querySelector<HTMLElement>('article .markdown, main .markdown');
}

function label(anchor: HTMLAnchorElement, blockIds: Set<string>): void {
  const printed = printedAddress(anchor, blockIds);
  if (printed && anchor.textContent?.trim() !== printed) anchor.setAttribute('data-print-href', printed);
  else anchor.removeAttribute('data-print-href');
}

function writeHeader(): void {
  // Outside React's tree (the body is not React's), so re-renders never meet a node they did not make.
  let header = document.querySelector<HTMLElement>(`body > .${HEADER_CLASS}`);
  if (!header) {
    header = document.createElement('p');
    header.className = HEADER_CLASS;
    document.body.prepend(header);
  }
  header.textContent = headerText();
}

/** Counts preparations, so the idle slices of one a route change or printing replaced stop. */
let preparations = 0;

/** Labels every link and writes the header at once (printing starts). */
function prepare(): void {
  preparations += 1;
  const article = pageText();
  if (!article) {
    document.querySelector(`body > .${HEADER_CLASS}`)?.remove();
    return;
  }
  const blockIds = pageBlockIds();
  for (const anchor of article.querySelectorAll<HTMLAnchorElement>('a[href]')) label(anchor, blockIds);
  writeHeader();
}

/** Longest run of labelling in one idle period (ms): a short task even on a phone's slower CPU. */
const SLICE_MS = 4;

/**
 * Labels the links a few at a time, one slice per idle period, then writes the header (so the
 * header says the page is ready to print).
 *
 * @param schedule when to run the next slice (`requestIdleCallback` in the browser)
 * @param now the clock slices are measured with
 */
export function prepareWhenIdle(schedule: IdleScheduler = whenIdle, now: () => number = () => performance.now()): void {
  const preparation = (preparations += 1);
  const article = pageText();
  if (!article) {
    document.querySelector(`body > .${HEADER_CLASS}`)?.remove();
    return;
  }
  const anchors = Array.from(article.querySelectorAll<HTMLAnchorElement>('a[href]'));
  let blockIds: Set<string> | null = null;
  let next = 0;
  const slice = (): void => {
    if (preparation !== preparations) return;
    const start = now();
    blockIds ??= pageBlockIds();
    do {
      const anchor = anchors[next++];
      if (anchor?.isConnected) label(anchor, blockIds);
    } while (next < anchors.length && now() - start < SLICE_MS);
    if (next < anchors.length) schedule(slice);
    else writeHeader();
  };
  schedule(slice);
}

if (typeof window !== 'undefined') {
  window.addEventListener('beforeprint', prepare);
}

const module: ClientModule = {
  onRouteDidUpdate() {
    // After React has committed the new page.
    prepareWhenIdle();
  },
};

export default module;
