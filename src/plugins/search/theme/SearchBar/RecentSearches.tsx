/** Recent searches shown in the empty dialog: each one re-runs the search; one button clears them. */
import React, { type ReactNode } from 'react';
import Translate from '@docusaurus/Translate';
import styles from './SearchDialog.module.css';

interface Props {
  items: readonly string[];
  onPick(query: string): void;
  onClear(): void;
}

export default function RecentSearches({ items, onPick, onClear }: Props): ReactNode {
  if (items.length === 0)
    return (
      <p className={styles.hint}>
        <Translate id="search.recent.hint">
          Type to search definitions, principles, the roadmap, the glossary and news.
        </Translate>
      </p>
    );
  return (
    <section aria-labelledby="fw-search-recent-heading" className={styles.recent}>
      <div className={styles.recentHeader}>
        <h2 id="fw-search-recent-heading" className={styles.groupLabel}>
          <Translate id="search.recent.title">Recent searches</Translate>
        </h2>
        <button type="button" className={styles.textButton} onClick={onClear}>
          <Translate id="search.recent.clear">Clear recent searches</Translate>
        </button>
      </div>
      <ul className={styles.recentList}>
        {items.map((item) => (
          <li key={item}>
            <button type="button" className={styles.recentItem} onClick={() => onPick(item)}>
              {item}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
