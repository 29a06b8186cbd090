/**
 * The full search page (`/search`): the query and filters live in the URL, the result count is
 * announced to screen readers, and a search with no result offers glossary terms instead. Every
 * result can be reached: the page shows them fifty at a time and says which ones it shows. Each
 * filter shows how many results it gives, and one that gives none is disabled. The results region
 * reserves a screen's height from the first paint, so nothing shifts when results arrive. A search
 * sent with Enter (in the field, or from the dialog) moves focus to the result count, so keyboard
 * and screen-reader users hear the outcome and Tab on to the results or the glossary terms.
 */
import React, { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import Translate, { translate } from '@docusaurus/Translate';
import { usePluralForm } from '@docusaurus/theme-common';
import Layout from '@theme/Layout';
import { useHistory, useLocation } from '@docusaurus/router';
import { usePluginData } from '@docusaurus/useGlobalData';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import useIsBrowser from '@docusaurus/useIsBrowser';
import { SEARCH_PLUGIN_NAME, type SearchGlobalData } from '@site/src/shared/search/record';
import { announce } from '@site/src/client/announce';
import { PROVENANCE_ORDER, TYPE_ORDER } from '@site/src/shared/search/labels';
import { provenanceLabel, typeLabel } from '../labels';
import { useSearchEngine, useSearchResults } from '@site/src/plugins/search/theme/SearchBar/useSearch';
import RetryIndex from '@site/src/plugins/search/theme/SearchBar/RetryIndex';
import PartialNotice, { partialSentence } from '@site/src/plugins/search/theme/SearchBar/PartialNotice';
import UnmatchedNotice from '@site/src/plugins/search/theme/SearchBar/UnmatchedNotice';
import TranslatedNotice from '@site/src/plugins/search/theme/SearchBar/TranslatedNotice';
import Filters from './Filters';
import { NoResults, ResultList, resultLinkId } from './Results';
import { parseSearchParams, toSearchParams, type SearchPageLocationState, type SearchPageState } from './searchParams';
import styles from './styles.module.css';

/** Results shown at first and added by each "Show more". */
export const PAGE_SIZE = 50;

export default function SearchPage(): ReactNode {
  const { manifestUrl, language } = usePluginData(SEARCH_PLUGIN_NAME) as SearchGlobalData;
  const location = useLocation();
  const history = useHistory();
  // The static HTML has no query; reading `?q=` only after hydration keeps the first client render
  // identical to it (React error #418 otherwise).
  const isBrowser = useIsBrowser();
  const search = isBrowser ? location.search : '';
  const state = useMemo(() => parseSearchParams(search), [search]);
  // The whole index: counts and filters here describe every result (the dialog searches the first part at once).
  const engine = useSearchEngine(manifestUrl, language, true);
  // How many results "Show more" has revealed, for the query and filters it was pressed on: a new
  // query starts again at one page, without an extra request made with the old count.
  const [more, setMore] = useState<{ state: SearchPageState; shown: number } | null>(null);
  const shown = more?.state === state ? more.shown : PAGE_SIZE;
  // Only the results shown cross from the worker (with their snippets); the total and the facet
  // counts cover every match.
  const options = useMemo(
    () => ({ types: state.types, provenances: state.provenances, limit: shown, facets: true, suggestions: 5 }),
    [state, shown],
  );
  const { result: response, error } = useSearchResults(engine, state.query, options);
  // After "Show more", focus moves to the first newly shown result (keyboard users stay in place).
  const [focusIndex, setFocusIndex] = useState<number | null>(null);
  useEffect(() => {
    if (focusIndex !== null) document.getElementById(resultLinkId(focusIndex))?.focus();
  }, [focusIndex, response]);
  // Each Enter asks once for focus on the count; it moves when the count is there (the index may
  // still be loading) and never again while the reader types.
  const countRef = useRef<HTMLParagraphElement>(null);
  const [focusRequests, setFocusRequests] = useState(0);
  const focusServed = useRef(0);
  useEffect(() => {
    if (!(location.state as SearchPageLocationState | undefined)?.focusResults) return;
    setFocusRequests((requests) => requests + 1);
    // Served once: a reload or Back to this entry does not move focus again.
    history.replace({ pathname: location.pathname, search: location.search });
  }, [location, history]);
  useEffect(() => {
    // Served by the count of the query sent, not by one still shown from before.
    if (focusRequests === focusServed.current || response?.query !== state.query || !countRef.current) return;
    focusServed.current = focusRequests;
    countRef.current.focus();
  }, [focusRequests, response, state.query]);
  const { selectMessage } = usePluralForm();

  const update = (next: Partial<SearchPageState>): void => {
    history.replace({ pathname: location.pathname, search: toSearchParams({ ...state, ...next }) });
  };

  // What a reader typed or ticked before the page hydrated (a slow phone) is kept: the form is
  // controlled by the address, and React would otherwise put the address's state back in it. Read
  // in the hydration's own effects, before the re-render that would reset the form, as the address
  // the form would submit (its fields are named as the address's parameters: Enter pressed before
  // hydration does submit it natively). The page's HTML has an empty field and no box ticked, so a
  // ticked box was ticked by the reader, and adds to the address's filters.
  const form = useRef<HTMLFormElement>(null);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (!form.current) return;
    const fields = [...new FormData(form.current)].filter(
      (field): field is [string, string] => typeof field[1] === 'string',
    );
    const held = parseSearchParams(`?${new URLSearchParams(fields).toString()}`);
    const addressed = parseSearchParams(window.location.search);
    const kept: SearchPageState = {
      query: held.query || addressed.query,
      types: [...new Set([...addressed.types, ...held.types])],
      provenances: [...new Set([...addressed.provenances, ...held.provenances])],
    };
    if (toSearchParams(kept) !== toSearchParams(addressed))
      history.replace({ pathname: location.pathname, search: toSearchParams(kept) });
    // Once, at hydration: later, the form and the address change together.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const total = response?.total ?? 0;
  const visible = Math.min(shown, response?.hits.length ?? 0);
  const count = !response
    ? ''
    : visible < total
      ? translate(
          { id: 'search.page.showing', message: 'Showing results 1–{visible} of {total} for “{query}”' },
          { visible: String(visible), total: String(total), query: response.query },
        )
      : selectMessage(
          total,
          translate(
            { id: 'search.page.count', message: 'One result for “{query}”|{total} results for “{query}”' },
            { total: String(total), query: response.query },
          ),
        );
  const {
    i18n: { currentLocale },
  } = useDocusaurusContext();
  // What the results leave out, if anything, is said with the count.
  const partial = response
    ? partialSentence(response.pending, engine.status === 'ready' ? engine.partError : undefined, currentLocale)
    : '';
  useEffect(() => {
    if (count) announce(partial ? `${count} ${partial}` : count);
  }, [count, partial]);

  return (
    <Layout
      title={
        state.query
          ? translate({ id: 'search.page.titleWithQuery', message: 'Search: {query}' }, { query: state.query })
          : translate({ id: 'search.page.title', message: 'Search' })
      }
      description={translate({
        id: 'search.page.description',
        message: 'Search the Copenhagen Framework knowledge base.',
      })}>
      <main className={`container margin-vert--lg ${styles.page}`}>
        <h1>
          <Translate id="search.page.title">Search</Translate>
        </h1>
        <form
          ref={form}
          role="search"
          className={styles.form}
          onSubmit={(event) => {
            event.preventDefault();
            if (state.query.trim()) setFocusRequests((requests) => requests + 1);
          }}>
          <label htmlFor="fw-search-page-input" className={styles.label}>
            <Translate id="search.page.inputLabel">Search the knowledge base</Translate>
          </label>
          <input
            ref={input}
            id="fw-search-page-input"
            name="q"
            className={styles.input}
            type="search"
            maxLength={200}
            autoComplete="off"
            value={state.query}
            onChange={(event) => update({ query: event.target.value })}
          />
          <div className={styles.filters}>
            <Filters
              legend={translate({ id: 'search.filter.type', message: 'Content type' })}
              name="type"
              options={TYPE_ORDER.map((value) => ({ value, label: typeLabel(value) }))}
              counts={response?.facets?.types}
              selected={state.types}
              onChange={(types) => update({ types })}
            />
            <Filters
              legend={translate({ id: 'search.filter.provenance', message: 'Provenance' })}
              name="provenance"
              options={PROVENANCE_ORDER.map((value) => ({ value, label: provenanceLabel(value) }))}
              counts={response?.facets?.provenances}
              selected={state.provenances}
              onChange={(provenances) => update({ provenances })}
            />
          </div>
        </form>
        <div className={styles.resultsRegion}>
          {engine.status === 'loading' && state.query && (
            <p>
              <Translate id="search.status.loading">Loading the search index…</Translate>
            </p>
          )}
          {(engine.status === 'error' || error !== null) && (
            <p role="alert">
              <Translate
                id="search.status.error"
                values={{ message: engine.status === 'error' ? engine.message : error }}>
                {'Search is unavailable: {message}'}
              </Translate>
            </p>
          )}
          <RetryIndex engine={engine} field={input} />
          {response && (
            <>
              <p
                ref={countRef}
                tabIndex={-1}
                className={styles.count}
                data-testid="search-count"
                data-total={total}
                data-shown={visible}>
                {count}
              </p>
              <TranslatedNotice translations={response.plan.translated} />
              <UnmatchedNotice words={response.plan.unknown} hasResults={total > 0} />
              <PartialNotice
                types={response.pending}
                failure={engine.status === 'ready' ? engine.partError : undefined}
              />
              {total > 0 ? (
                <>
                  <ResultList response={response} shown={visible} />
                  {visible < total && (
                    <button
                      type="button"
                      className={`button button--secondary ${styles.more}`}
                      onClick={() => {
                        setFocusIndex(visible);
                        setMore({ state, shown: visible + PAGE_SIZE });
                      }}>
                      <Translate id="search.page.more" values={{ count: String(Math.min(PAGE_SIZE, total - visible)) }}>
                        {'Show {count} more results'}
                      </Translate>
                    </button>
                  )}
                </>
              ) : (
                engine.status === 'ready' && <NoResults query={response.query} suggestions={response.suggestions} />
              )}
            </>
          )}
        </div>
      </main>
    </Layout>
  );
}
