/**
 * The navbar search button: the only search code in a page's first load. The dialog, the search
 * worker (FlexSearch, the query code) and the index are loaded on demand: on first hover or focus of the button, or
 * on first open (button, Ctrl/Cmd+K or `/`), never on page load.
 */
import React, { Suspense, useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { usePluginData } from '@docusaurus/useGlobalData';
import Translate from '@docusaurus/Translate';
import ChunkBoundary from '@site/src/components/ChunkBoundary';
import { retryableLazy } from '@site/src/client/retryableLazy';
import type { SearchLanguage } from '@site/src/shared/search/language';
import { SEARCH_PLUGIN_NAME, type SearchGlobalData } from '@site/src/shared/search/record';
import { takeEarlyKeys } from '@site/src/client/search/earlyKeys';
import { isEditable, isSearchShortcut } from './shortcut';
import styles from './styles.module.css';

const loadDialog = () => import('./SearchDialog');
// Starts the search worker and its index load; the dialog then finds both under way.
const loadIndex = (manifestUrl: string, language: SearchLanguage) =>
  import('@site/src/client/search/workerClient').then(({ searchClient, absoluteManifestUrl }) =>
    searchClient().load(absoluteManifestUrl(manifestUrl), language),
  );
const SearchDialog = retryableLazy(loadDialog);

/**
 * Said in place of the dialog when its code could not be loaded (offline, or the site was updated
 * since the page was opened), instead of the page crashing; the reader can try again or close it.
 */
function DialogUnavailable({
  tryAgain,
  close,
  shown,
}: {
  tryAgain: () => void;
  close: () => void;
  /** Called once shown: keys are no longer kept for a dialog that is not coming. */
  shown: () => void;
}): ReactNode {
  const retryButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    shown();
    // Where the dialog would have taken focus; Escape closes this as it closes the dialog.
    retryButton.current?.focus();
    const onKeyDown = (event: KeyboardEvent) => event.key === 'Escape' && !event.defaultPrevented && close();
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [shown, close]);
  return (
    <div className={styles.unavailable} role="alert">
      <p>
        <Translate id="search.unavailable">
          {
            'Search could not be loaded. Check your connection and try again; if the site was updated since you opened this page, reload it.'
          }
        </Translate>
      </p>
      <button ref={retryButton} type="button" className="button button--primary button--sm" onClick={tryAgain}>
        <Translate id="search.unavailable.retry">Try again</Translate>
      </button>{' '}
      <button type="button" className="button button--secondary button--sm" onClick={close}>
        <Translate id="search.unavailable.close">Close</Translate>
      </button>
    </div>
  );
}

export default function SearchBar(): ReactNode {
  const { manifestUrl, language } = usePluginData(SEARCH_PLUGIN_NAME) as SearchGlobalData;
  const [open, setOpen] = useState(false);
  const [initialQuery, setInitialQuery] = useState('');
  const [isMac, setIsMac] = useState(false);
  // While the dialog's code is still downloading, what the reader types is kept for its input.
  const waiting = useRef(false);
  // Asking again while the dialog (or the notice in its place) is open changes nothing: above
  // all, it must not start keeping keys for a dialog that is already there, or is not coming.
  const isOpen = useRef(false);
  const button = useRef<HTMLButtonElement>(null);
  const openSearch = useCallback((typed: string) => {
    if (isOpen.current) return;
    isOpen.current = true;
    setInitialQuery(typed);
    waiting.current = true;
    setOpen(true);
  }, []);

  const ready = useCallback(() => {
    waiting.current = false;
  }, []);
  const close = useCallback(() => {
    ready();
    isOpen.current = false;
    setOpen(false);
  }, [ready]);

  useEffect(() => {
    setIsMac(/Mac|iPhone|iPad/.test(navigator.platform));
    const onKeyDown = (event: KeyboardEvent): void => {
      if (waiting.current && event.key === 'Escape') {
        // Changed their mind while the dialog's code is still on its way (a slow connection).
        close();
        return;
      }
      // Letters typed into a field on the page (a comment form) are the field's, not search's.
      if (
        waiting.current &&
        event.key.length === 1 &&
        !event.ctrlKey &&
        !event.metaKey &&
        !event.altKey &&
        !isEditable(event.target)
      ) {
        event.preventDefault();
        setInitialQuery((typed) => typed + event.key);
        return;
      }
      if (!isSearchShortcut(event)) return;
      event.preventDefault();
      openSearch('');
    };
    document.addEventListener('keydown', onKeyDown);
    // A shortcut pressed before hydration, recorded by the head script, opens the dialog now.
    const early = takeEarlyKeys();
    if (early?.opened) openSearch(early.typed);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [openSearch, close]);

  // The notice's buttons go with it: focus goes back to the button that opened search.
  const closeNotice = useCallback(() => {
    close();
    button.current?.focus();
  }, [close]);
  const preload = useCallback(() => {
    // A failed preload is tried again, and explained, when the dialog opens.
    loadDialog().catch(() => undefined);
    loadIndex(manifestUrl, language).catch(() => undefined);
  }, [manifestUrl, language]);

  return (
    <>
      <button
        ref={button}
        type="button"
        className={styles.button}
        aria-haspopup="dialog"
        // Also how the head script finds this button, to keep a click made before hydration
        // (SEARCH_BUTTON_SELECTOR in src/shared/search/earlyKeys.ts).
        aria-keyshortcuts="Control+K Meta+K /"
        onClick={() => openSearch('')}
        onPointerEnter={preload}
        onFocus={preload}>
        <svg className={styles.icon} viewBox="0 0 20 20" aria-hidden="true" focusable="false">
          <path
            d="M14.4 12.9l4.3 4.3-1.5 1.5-4.3-4.3a7.5 7.5 0 1 1 1.5-1.5zM8.5 14a5.5 5.5 0 1 0 0-11 5.5 5.5 0 0 0 0 11z"
            fill="currentColor"
          />
        </svg>
        {/* Visually hidden on narrow screens, never removed: it stays the button's name. */}
        <span className={styles.label}>
          <Translate id="search.button.label">Search</Translate>
        </span>
        <kbd className={styles.keys} aria-hidden="true">
          {isMac ? '⌘' : 'Ctrl'} K
        </kbd>
      </button>
      {open && (
        <ChunkBoundary
          retry={SearchDialog.retry}
          fallback={(tryAgain) => (
            <DialogUnavailable
              tryAgain={() => {
                waiting.current = true;
                tryAgain();
              }}
              close={closeNotice}
              shown={ready}
            />
          )}>
          <Suspense fallback={null}>
            <SearchDialog.Component
              manifestUrl={manifestUrl}
              language={language}
              initialQuery={initialQuery}
              onReady={ready}
              onClose={close}
            />
          </Suspense>
        </ChunkBoundary>
      )}
    </>
  );
}
