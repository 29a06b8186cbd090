/** What the dialog offers when nothing matches: the glossary terms closest to the query. */
import React, { type ReactNode } from 'react';
import Translate from '@docusaurus/Translate';
import Link from '@docusaurus/Link';
import type { SearchGlossaryTerm } from '@site/src/shared/search/record';
import styles from './SearchDialog.module.css';

interface Props {
  query: string;
  /** The glossary terms closest to the query (the search worker picks them). */
  suggestions: readonly SearchGlossaryTerm[];
  onPick(): void;
}

export default function NoResults({ query, suggestions, onPick }: Props): ReactNode {
  return (
    <section className={styles.recent} aria-labelledby="fw-search-none-heading">
      <h2 id="fw-search-none-heading" className={styles.groupLabel}>
        <Translate id="search.none.glossary" values={{ query }}>
          {'No results. Glossary terms close to “{query}”'}
        </Translate>
      </h2>
      <ul className={styles.recentList}>
        {suggestions.map((entry) => (
          <li key={entry.url}>
            <Link to={entry.url} onClick={onPick}>
              {entry.term}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
