/**
 * "Share or cite": a page-level disclosure offering, for the page or any of its paragraphs, the
 * short link, a citation as plain text, BibTeX and CSL-JSON (each copied with one click), and a
 * QR code as SVG or PNG. The paragraph in the address's fragment is chosen on opening, so the
 * permalink flow (click a paragraph's link, then "Share or cite") leads straight to it.
 *
 * Only the disclosure itself ships with the page: its body (Panel.tsx, with the citation formats
 * and the QR code) loads when a reader first opens it, so a reader who never cites pays nothing
 * for it (first-load budget, issue 13). Citations are built then, in the browser, because the
 * date accessed is the reader's, not the build's.
 */
import React, { lazy, Suspense, useState, type ReactNode } from 'react';
import Translate from '@docusaurus/Translate';
import styles from './styles.module.css';

export interface CiteThisProps {
  pageTitle: string;
  /** The page's route path in the default locale, e.g. `/docs/definition` (also on `/fr/docs/definition`). */
  pagePath: string;
  /**
   * The language of the short link: the site's, or the default locale's on a page not yet
   * translated, whose canonical page is the English one.
   */
  locale: string;
}

const loadPanel = () => import('./Panel');
const CiteThisPanel = lazy(loadPanel);

/**
 * Starts loading the body when a reader shows the intent to open it (focus or pointer on the
 * summary), not on opening: a keyboard reader who opens it and presses Tab at once then finds the
 * panel there, rather than a loading line that Tab skips. The bundler loads a chunk once. A failed
 * load (offline, or a page older than the deployed site) is shown by `lazy` when the reader opens it.
 */
const preloadPanel = () => {
  loadPanel().catch(() => undefined);
};

export default function CiteThis(props: CiteThisProps): ReactNode {
  const [open, setOpen] = useState(false);
  return (
    <details className={styles.cite} onToggle={(event) => setOpen((event.target as HTMLDetailsElement).open)}>
      <summary className={styles.summary} onFocus={preloadPanel} onPointerEnter={preloadPanel}>
        <Translate id="cite.summary">Share or cite</Translate>
      </summary>
      {open && (
        <Suspense
          fallback={
            <p className={styles.body} role="status">
              <Translate id="cite.loading">Loading…</Translate>
            </p>
          }>
          <CiteThisPanel {...props} />
        </Suspense>
      )}
    </details>
  );
}
