/**
 * "Share or cite": a page-level disclosure offering, for the page or any of its paragraphs, the
 * short link, a citation as plain text, BibTeX and CSL-JSON (each copied with one click), and a
 * QR code as SVG or PNG. The paragraph in the address's fragment is chosen on opening, so the
 * permalink flow (click a paragraph's link, then "Share or cite") leads straight to it.
 *
 * Only the disclosure and its first control ship with the page (Body.tsx): the citation formats
 * and the QR code (Panel.tsx) load when a reader shows the intent to open it, so a reader who
 * never cites pays nothing for them (first-load budget, issue 13). Citations are built then, in
 * the browser, because the date accessed is the reader's, not the build's.
 */
import React, { useEffect, useRef, useState, type ReactNode } from 'react';
import Translate from '@docusaurus/Translate';
import CiteThisBody from './Body';
import { preloadPanel } from './lazyPanel';
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

export default function CiteThis(props: CiteThisProps): ReactNode {
  const [open, setOpen] = useState(false);
  const details = useRef<HTMLDetailsElement>(null);
  // On a slow phone the server-rendered disclosure can be opened before React hydrates: the
  // browser opens it, its `toggle` fires before any handler is attached, and hydration keeps the
  // open element while the state says closed, so it would stay open and empty until a second click.
  useEffect(() => {
    if (details.current?.open) setOpen(true);
  }, []);
  // The summary's click (also Enter or Space on it) opens the body itself, in that very task, as
  // the Docusaurus theme's Details does: the browser's own toggle would fire `toggle` in a later
  // task, and a Tab handled before it would find no body yet. In the capture phase, so that the
  // click is ours before anything on the way acts on it (happy-dom toggles a <details> as the click
  // bubbles through it). `toggle` still follows the element when something else opens it (find in
  // page).
  return (
    <details ref={details} open={open} className={styles.cite} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary
        className={styles.summary}
        onClickCapture={(event) => {
          event.preventDefault();
          setOpen((wasOpen) => !wasOpen);
        }}
        onFocus={preloadPanel}
        onPointerEnter={preloadPanel}>
        <Translate id="cite.summary">Share or cite</Translate>
      </summary>
      {open && <CiteThisBody {...props} />}
    </details>
  );
}
