/**
 * Search asked for before the page has hydrated is not lost. The build puts
 * {@link EARLY_KEYS_SCRIPT} into every page's `<head>`, so it runs before any bundle: it records
 * Ctrl/Cmd+K, `/`, a click or tap on the navbar's search button (which does nothing until then)
 * and the characters typed after them (keeping them from the browser, which would otherwise open
 * its own find bar or type into nothing). When the search button mounts it takes the record with
 * {@link takeEarlyKeys}, stops the buffer and opens the dialog with what was typed. The script is plain ES5 text, not a compiled function, so no bundler helper can
 * slip into it; the server's Content-Security-Policy hashes it like every inline script.
 *
 * Pure: no DOM, no Node APIs (the script is only text here).
 */

/** Global name shared by the inline script and the bundle. */
export const EARLY_KEYS_GLOBAL = '__fwSearchEarlyKeys';

export interface EarlyKeys {
  /** Whether a search shortcut was pressed, or the search button clicked. */
  opened: boolean;
  /** Characters typed after the shortcut. */
  typed: string;
  /** Removes the buffer's listeners. */
  stop(): void;
}

/** The navbar's search button (src/plugins/search/theme/SearchBar): the one with key shortcuts. */
export const SEARCH_BUTTON_SELECTOR = 'button[aria-keyshortcuts]';

/** The inline script: the same shortcut rule as `src/plugins/search/theme/SearchBar/shortcut.ts`. */
export const EARLY_KEYS_SCRIPT = `(function(){var s={opened:false,typed:''};function h(e){var t=e.target;if(e.defaultPrevented||e.altKey||(t&&(t.isContentEditable||/^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName))))return;var m=e.ctrlKey||e.metaKey,k=e.key||'';if((m&&k.toLowerCase()==='k')||(!m&&k==='/'&&!s.opened)){e.preventDefault();s.opened=true;s.typed='';}else if(s.opened&&!m&&k.length===1){e.preventDefault();s.typed+=k;}else if(s.opened&&k==='Backspace'){e.preventDefault();s.typed=s.typed.slice(0,-1);}}function c(e){var t=e.target;if(t&&t.closest&&t.closest('${SEARCH_BUTTON_SELECTOR}')){s.opened=true;s.typed='';}}s.stop=function(){document.removeEventListener('keydown',h,true);document.removeEventListener('click',c,true);};document.addEventListener('keydown',h,true);document.addEventListener('click',c,true);window['${EARLY_KEYS_GLOBAL}']=s;})();`;
