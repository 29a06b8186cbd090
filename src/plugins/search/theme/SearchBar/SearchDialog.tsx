/**
 * The search dialog (loaded on demand): a native modal `<dialog>` (focus stays inside, the page
 * behind is inert) holding an ARIA combobox whose listbox groups results by content type. Arrow
 * keys move through the results, Enter opens one at its paragraph, Esc closes at the first press
 * (a search field would otherwise clear itself first). Words that match nothing are named, and
 * the help line says how quotes and a minus sign work. Results come as soon as the index's first
 * part (the Framework's pages) has loaded, saying what is still to come, and update when it has.
 */
import React, { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import Link from '@docusaurus/Link';
import Translate, { translate } from '@docusaurus/Translate';
import { useHistory } from '@docusaurus/router';
import useBaseUrl from '@docusaurus/useBaseUrl';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { usePluralForm } from '@docusaurus/theme-common';
import { groupByType } from '@site/src/shared/search/group';
import { breadcrumbOf } from '@site/src/shared/search/labels';
import { typeLabel } from '../labels';
import { openResult } from '@site/src/client/search/openResult';
import { addRecentSearch, clearRecentSearches, readRecentSearches } from '@site/src/client/search/recentSearches';
import type { SearchPageLocationState } from '@site/src/plugins/search/theme/SearchPage/searchParams';
import NoResults from './NoResults';
import RecentSearches from './RecentSearches';
import Snippet from './Snippet';
import PartialNotice, { partialSentence } from './PartialNotice';
import UnmatchedNotice from './UnmatchedNotice';
import type { SearchLanguage } from '@site/src/shared/search/language';
import TranslatedNotice from './TranslatedNotice';
import RetryIndex from './RetryIndex';
import { useSearchEngine, useSearchResults } from './useSearch';
import styles from './SearchDialog.module.css';

interface Props {
  manifestUrl: string;
  /** The locale's search language (an index in another language is an error). */
  language: SearchLanguage;
  /** Typed before the dialog's code had loaded. */
  initialQuery: string;
  /** Called once the dialog has mounted and its input has focus. */
  onReady(): void;
  onClose(): void;
}

const DIALOG_LIMIT = 20;
const OPTIONS = { limit: DIALOG_LIMIT, snippetLength: 140, suggestions: 3 };

export default function SearchDialog({ manifestUrl, language, initialQuery, onReady, onClose }: Props): ReactNode {
  const dialog = useRef<HTMLDialogElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const history = useHistory();
  const searchPage = useBaseUrl('/search');
  const id = useId();
  const { selectMessage } = usePluralForm();
  const {
    i18n: { currentLocale },
  } = useDocusaurusContext();
  const [query, setQuery] = useState(initialQuery);
  // Nothing is selected until the reader arrows into the list; Enter alone opens the best result.
  const [active, setActive] = useState(-1);
  const [recent, setRecent] = useState<string[]>(() => readRecentSearches());
  const engine = useSearchEngine(manifestUrl, language);
  const { result: response, pending, error } = useSearchResults(engine, query, OPTIONS);
  const hits = useMemo(() => response?.hits ?? [], [response]);
  const groups = useMemo(() => groupByType(hits, (hit) => hit.record.k), [hits]);
  const ordered = useMemo(() => groups.flatMap((group) => group.items), [groups]);
  // Enter pressed while the query's reply is on its way acts on that reply, as it would have if
  // the results had been there already.
  const [enterWaiting, setEnterWaiting] = useState(false);

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    onReady();
    return () => element?.close();
  }, [onReady]);
  // Characters typed while the dialog mounts (before onReady) still go to the opener's buffer,
  // after this component has read initialQuery: take them as long as the reader has not typed here.
  useEffect(() => setQuery((current) => (initialQuery.startsWith(current) ? initialQuery : current)), [initialQuery]);
  // A new query: nothing stays selected. The same query answered on more of the index (a part
  // arriving while the reader arrows through the list) keeps the reader on the result they chose,
  // wherever it now stands, rather than throwing them back to the top.
  const shown = useRef(ordered);
  useEffect(() => {
    const before = shown.current;
    shown.current = ordered;
    if (before === ordered) return;
    setActive((current) => {
      const url = current >= 0 ? before[current]?.record.u : undefined;
      return url === undefined ? -1 : ordered.findIndex((hit) => hit.record.u === url);
    });
  }, [ordered]);
  // After the list's effect: a new query and its list in one render leave nothing selected.
  useEffect(() => setActive(-1), [query]);
  useEffect(() => {
    document.getElementById(`${id}-option-${active}`)?.scrollIntoView({ block: 'nearest' });
  }, [active, id]);

  const open = (index: number): void => {
    const hit = ordered[index];
    if (!hit || !response) return;
    setRecent(addRecentSearch(query));
    // Close now: the native dialog hands focus back to its opener on close, which must happen
    // before the result's paragraph takes focus on the next page.
    dialog.current?.close();
    onClose();
    openResult(history, hit.record.u, response.plan);
  };

  const submit = (): void => {
    if (ordered.length > 0) open(Math.max(0, active));
    else if (query.trim()) {
      onClose();
      const state: SearchPageLocationState = { focusResults: true };
      history.push(`${searchPage}?q=${encodeURIComponent(query.trim())}`, state);
    }
  };
  const submitRef = useRef(submit);
  submitRef.current = submit;
  useEffect(() => {
    if (!enterWaiting || pending) return;
    setEnterWaiting(false);
    submitRef.current();
  }, [enterWaiting, pending]);

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    if (event.key === 'Escape') {
      // One press closes, as the footer says; the browser would clear the search field first.
      event.preventDefault();
      dialog.current?.close();
      onClose();
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      // Choosing a result by hand cancels an Enter still waiting for results.
      setEnterWaiting(false);
      if (ordered.length === 0) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((current) =>
        current === -1 && step === -1 ? ordered.length - 1 : (current + step + ordered.length) % ordered.length,
      );
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (pending) setEnterWaiting(true);
      else submit();
    }
  };

  const listId = `${id}-listbox`;
  const expanded = ordered.length > 0;
  const failure = engine.status === 'error' ? engine.message : error;
  const status =
    engine.status === 'loading'
      ? translate({ id: 'search.status.loading', message: 'Loading the search index…' })
      : failure !== null
        ? translate({ id: 'search.status.error', message: 'Search is unavailable: {message}' }, { message: failure })
        : response
          ? selectMessage(
              response.total,
              translate(
                { id: 'search.status.count', message: 'One result|{count} results' },
                { count: String(response.total) },
              ),
            )
          : '';
  // Said with the count, so that screen-reader users hear what the results leave out.
  const partial = response
    ? partialSentence(response.pending, engine.status === 'ready' ? engine.partError : undefined, currentLocale)
    : '';

  let optionIndex = -1;
  return (
    <dialog
      ref={dialog}
      className={styles.dialog}
      aria-label={translate({ id: 'search.dialog.label', message: 'Search the knowledge base' })}
      onClose={onClose}
      onClick={(event) => event.target === dialog.current && onClose()}>
      <div className={styles.panel}>
        <div className={styles.searchRow}>
          <input
            ref={input}
            className={styles.input}
            type="search"
            role="combobox"
            aria-label={translate({ id: 'search.input.label', message: 'Search' })}
            aria-autocomplete="list"
            aria-expanded={expanded}
            aria-controls={listId}
            aria-activedescendant={expanded && active >= 0 ? `${id}-option-${active}` : undefined}
            autoComplete="off"
            dir="auto"
            spellCheck={false}
            maxLength={200}
            placeholder={translate({ id: 'search.input.placeholder', message: 'Search terms, principles, events…' })}
            value={query}
            onChange={(event) => {
              // An Enter pressed for the earlier query must not open the first hit of this one.
              setEnterWaiting(false);
              setQuery(event.target.value);
            }}
            onKeyDown={onKeyDown}
            autoFocus
          />
          <button type="button" className={styles.textButton} onClick={onClose}>
            <Translate id="search.dialog.close">Close</Translate>
          </button>
        </div>
        <p role="status" className={styles.status}>
          {status}
          {partial && <span className="sr-only"> {partial}</span>}
        </p>
        <RetryIndex engine={engine} field={input} />
        {response && (
          <>
            <TranslatedNotice className={styles.unmatched} translations={response.plan.translated} />
            <UnmatchedNotice
              className={styles.unmatched}
              words={response.plan.unknown}
              hasResults={response.total > 0}
            />
            <PartialNotice
              className={styles.unmatched}
              types={response.pending}
              failure={engine.status === 'ready' ? engine.partError : undefined}
              aria-hidden
            />
          </>
        )}
        <div
          role="listbox"
          id={listId}
          aria-busy={pending}
          aria-label={translate({ id: 'search.results.label', message: 'Search results' })}
          className={styles.listbox}
          hidden={!expanded}>
          {groups.map((group) => (
            <div role="group" key={group.type} aria-labelledby={`${id}-group-${group.type}`} className={styles.group}>
              <div role="presentation" id={`${id}-group-${group.type}`} className={styles.groupLabel}>
                {typeLabel(group.type)}
              </div>
              {group.items.map((hit) => {
                optionIndex += 1;
                const index = optionIndex;
                return (
                  <div
                    key={hit.record.id}
                    role="option"
                    id={`${id}-option-${index}`}
                    aria-selected={index === active}
                    className={styles.option}
                    dir="auto"
                    onMouseMove={() => setActive(index)}
                    onClick={() => open(index)}>
                    <span className={styles.breadcrumb}>{breadcrumbOf(hit.record.t, hit.record.h)}</span>
                    <Snippet className={styles.snippet} segments={hit.snippet} />
                  </div>
                );
              })}
            </div>
          ))}
        </div>
        {engine.status === 'ready' && response?.total === 0 && (
          <NoResults query={response.query.trim()} suggestions={response.suggestions} onPick={onClose} />
        )}
        {!query.trim() && (
          <RecentSearches
            items={recent}
            onPick={setQuery}
            onClear={() => {
              clearRecentSearches();
              setRecent([]);
            }}
          />
        )}
        <footer className={styles.footer}>
          {query.trim() ? (
            <Link to={`${searchPage}?q=${encodeURIComponent(query.trim())}`} onClick={onClose}>
              <Translate id="search.dialog.allResults">See all results and filters</Translate>
            </Link>
          ) : (
            <span />
          )}
          <span className={styles.keysHelp}>
            <span aria-hidden="true">
              <kbd>↑</kbd> <kbd>↓</kbd> <Translate id="search.help.move">to move</Translate> · <kbd>Enter</kbd>{' '}
              <Translate id="search.help.open">to open</Translate> · <kbd>Esc</kbd>{' '}
              <Translate id="search.help.close">to close</Translate>
            </span>
            <span className={styles.syntaxHelp} data-testid="search-syntax-help">
              <Translate id="search.help.syntax" values={{ phrase: <kbd>"…"</kbd>, minus: <kbd>-word</kbd> }}>
                {'{phrase} for an exact phrase · {minus} to leave a word out'}
              </Translate>
            </span>
          </span>
        </footer>
      </div>
    </dialog>
  );
}
