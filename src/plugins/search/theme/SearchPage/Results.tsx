/** The search page's result list, and its no-result state with glossary suggestions. */
import React, { type MouseEvent, type ReactNode } from 'react';
import Translate, { translate } from '@docusaurus/Translate';
import Link from '@docusaurus/Link';
import { useHistory } from '@docusaurus/router';
import type { QueryResult } from '@site/src/shared/search/protocol';
import type { SearchGlossaryTerm } from '@site/src/shared/search/record';
import { breadcrumbOf } from '@site/src/shared/search/labels';
import { provenanceLabel, typeLabel } from '../labels';
import { openResult } from '@site/src/client/search/openResult';
import Snippet from '@site/src/plugins/search/theme/SearchBar/Snippet';
import styles from './styles.module.css';

function isPlainClick(event: MouseEvent): boolean {
  return event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
}

/** Id of the link of the result at `index` (0-based), so "Show more" can move focus to it. */
export const resultLinkId = (index: number): string => `fw-search-result-${index}`;

/** The first `shown` results. */
export function ResultList({ response, shown }: { response: QueryResult; shown: number }): ReactNode {
  const history = useHistory();
  return (
    <ol className={styles.results}>
      {response.hits.slice(0, shown).map(({ record, snippet }, index) => (
        <li key={record.id} className={styles.result}>
          {/* A result in another language reads in its own direction; the list's number stays on the
              list's side (on the <li>, an English result on the Arabic site put it outside the page). */}
          <div dir="auto">
            <Link
              id={resultLinkId(index)}
              to={record.u}
              className={styles.resultLink}
              onClick={(event) => {
                if (!isPlainClick(event)) return;
                event.preventDefault();
                openResult(history, record.u, response.plan);
              }}>
              {breadcrumbOf(record.t, record.h)}
            </Link>
            <Snippet className={styles.snippet} segments={snippet} />
            <span className={styles.meta}>
              {typeLabel(record.k)} · {provenanceLabel(record.p)}
            </span>
          </div>
        </li>
      ))}
    </ol>
  );
}

export function NoResults({
  query,
  suggestions,
}: {
  query: string;
  suggestions: readonly SearchGlossaryTerm[];
}): ReactNode {
  return (
    <div className={styles.noResults}>
      <p>
        <Translate id="search.page.nothing" values={{ query: <q>{query}</q> }}>
          {'Nothing matches {query}. Check the spelling, remove a filter, or try a glossary term:'}
        </Translate>
      </p>
      <ul aria-label={translate({ id: 'search.page.suggestions', message: 'Glossary suggestions' })}>
        {suggestions.map((entry) => (
          <li key={entry.url}>
            <Link to={entry.url}>
              {entry.term}
              {entry.forms.length > 0 && ` (${entry.forms.join(', ')})`}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
