/**
 * The full search page (`/search`): the query and filters live in the URL, the result count is
 * announced to screen readers, and a search with no result offers glossary terms instead.
 */
import React, { useEffect, useMemo, type ReactNode } from 'react';
import Layout from '@theme/Layout';
import { useHistory, useLocation } from '@docusaurus/router';
import { usePluginData } from '@docusaurus/useGlobalData';
import useIsBrowser from '@docusaurus/useIsBrowser';
import { SEARCH_PLUGIN_NAME, type SearchGlobalData } from '@site/src/shared/search/record';
import { announce } from '@site/src/client/announce';
import { PROVENANCE_ORDER, provenanceLabel, TYPE_LABELS, TYPE_ORDER } from '@site/src/shared/search/labels';
import { suggestGlossaryTerms } from '@site/src/shared/search/suggest';
import { useSearchEngine, useSearchResults } from '@site/src/theme/SearchBar/useSearch';
import Filters from './Filters';
import { NoResults, ResultList } from './Results';
import { parseSearchParams, toSearchParams, type SearchPageState } from './searchParams';
import styles from './styles.module.css';

const PAGE_LIMIT = 100;

export default function SearchPage(): ReactNode {
  const { manifestUrl } = usePluginData(SEARCH_PLUGIN_NAME) as SearchGlobalData;
  const location = useLocation();
  const history = useHistory();
  // The static HTML has no query; reading `?q=` only after hydration keeps the first client render
  // identical to it (React error #418 otherwise).
  const isBrowser = useIsBrowser();
  const search = isBrowser ? location.search : '';
  const state = useMemo(() => parseSearchParams(search), [search]);
  const engine = useSearchEngine(manifestUrl);
  const options = useMemo(() => ({ types: state.types, provenances: state.provenances, limit: PAGE_LIMIT }), [state]);
  const response = useSearchResults(engine, state.query, options);

  const update = (next: Partial<SearchPageState>): void => {
    history.replace({ pathname: location.pathname, search: toSearchParams({ ...state, ...next }) });
  };

  const count = response ? `${response.total} ${response.total === 1 ? 'result' : 'results'} for “${state.query}”` : '';
  useEffect(() => {
    if (count) announce(count);
  }, [count]);

  return (
    <Layout
      title={state.query ? `Search: ${state.query}` : 'Search'}
      description="Search the Copenhagen Framework knowledge base.">
      <main className={`container margin-vert--lg ${styles.page}`}>
        <h1>Search</h1>
        <form role="search" className={styles.form} onSubmit={(event) => event.preventDefault()}>
          <label htmlFor="fw-search-page-input" className={styles.label}>
            Search the knowledge base
          </label>
          <input
            id="fw-search-page-input"
            className={styles.input}
            type="search"
            maxLength={200}
            autoComplete="off"
            value={state.query}
            onChange={(event) => update({ query: event.target.value })}
          />
          <div className={styles.filters}>
            <Filters
              legend="Content type"
              name="type"
              options={TYPE_ORDER.map((value) => ({ value, label: TYPE_LABELS[value] }))}
              selected={state.types}
              onChange={(types) => update({ types })}
            />
            <Filters
              legend="Provenance"
              name="provenance"
              options={PROVENANCE_ORDER.map((value) => ({ value, label: provenanceLabel(value) }))}
              selected={state.provenances}
              onChange={(provenances) => update({ provenances })}
            />
          </div>
        </form>
        {engine.status === 'loading' && state.query && <p>Loading the search index…</p>}
        {engine.status === 'error' && <p role="alert">Search is unavailable: {engine.message}</p>}
        {response && (
          <>
            <p className={styles.count} data-testid="search-count">
              {count}
            </p>
            {response.total > 0 ? (
              <ResultList response={response} />
            ) : (
              engine.status === 'ready' && (
                <NoResults
                  query={state.query}
                  suggestions={suggestGlossaryTerms(state.query, engine.engine.glossary)}
                />
              )
            )}
          </>
        )}
      </main>
    </Layout>
  );
}
