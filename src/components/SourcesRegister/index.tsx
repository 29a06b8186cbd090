/**
 * The source register on the Sources page: every source from src/data/sources.ts, grouped by
 * kind, with the pages that cite it (read from the content graph, so it is never out of date).
 * The register is supporting material, not Framework text, so its entries are not blocks.
 */
import React, { type ReactNode } from 'react';
import Translate from '@docusaurus/Translate';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import { SOURCES } from '@site/src/data/sources';
import { BLOCK } from '@site/src/shared/blocks';
import type { Source } from '@site/src/shared/contentModel';
import type { GraphPage } from '@site/src/shared/contentGraph';
import { useContentGraph } from '@site/src/components/useContentGraph';
import { groupByKind, pagesBySource, sourceAnchor } from './citations';
import { SourcePublisher, SourceTitle } from '@site/src/components/SourceList';
import { useForeignLanguage } from '@site/src/components/TextLanguage';
import { FALLBACK_LANGUAGE } from '@site/src/shared/textLanguage';
import styles from './styles.module.css';

const GROUP_HEADINGS: Record<Source['kind'], string> = {
  official: 'Official UN sources',
  secondary: 'Secondary sources',
  weak: 'Weak sources (unverified)',
};

function SourceEntry({ source, citedBy }: { source: Source; citedBy: readonly GraphPage[] }): ReactNode {
  const anchor = sourceAnchor(source.id);
  useBrokenLinks().collectAnchor(anchor);
  // The register's notes are written in English only (src/data/sources.ts), like its titles.
  const noteLang = useForeignLanguage(FALLBACK_LANGUAGE);
  return (
    <li id={anchor} className={styles.entry}>
      <p className={styles.citation}>
        <SourceTitle source={source} />. <SourcePublisher source={source} />
        {source.date ? `, ${source.date}` : ''}.
      </p>
      {source.note && (
        <p className={styles.note} lang={noteLang}>
          {source.note}
        </p>
      )}
      {citedBy.length > 0 ? (
        <div className={styles.citedBy}>
          <span>
            <Translate id="sources.citedOn">Cited on:</Translate>
          </span>
          <ul>
            {citedBy.map((page) => (
              <li key={page.id}>
                <Link to={page.permalink} lang={page.lang}>
                  {page.title}
                </Link>
              </li>
            ))}
          </ul>
        </div>
      ) : (
        <p className={styles.citedBy}>
          <Translate id="sources.notCited">
            Not cited on a page (used in the glossary, timeline or news only).
          </Translate>
        </p>
      )}
    </li>
  );
}

/** Renders the whole register. */
export default function SourcesRegister(): ReactNode {
  const citing = pagesBySource(useContentGraph());
  return (
    <div className={BLOCK.metaClassName}>
      {groupByKind(SOURCES).map((group) => (
        <section key={group.kind} aria-labelledby={`register-${group.kind}`}>
          <Heading as="h3" id={`register-${group.kind}`}>
            {GROUP_HEADINGS[group.kind]} ({group.sources.length})
          </Heading>
          <ul className={styles.register}>
            {group.sources.map((source) => (
              <SourceEntry key={source.id} source={source} citedBy={citing.get(source.id) ?? []} />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
