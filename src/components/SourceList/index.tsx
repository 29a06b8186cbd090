/**
 * A list of cited sources, resolved by id from the page's slice of the content graph (which holds
 * the register's entries this page cites), so a page does not ship the whole source register.
 *
 * A source's title and publisher are shown as the register writes them, in the source's language
 * (English for every entry so far), on every locale's site: on a site in another language they
 * carry `lang` (WCAG 2.2 SC 3.1.2), the kind label around them is the site's. No `dir`: the bidi
 * algorithm lays out a Latin title inside Arabic text, and the list keeps the page's alignment.
 */
import React, { type ReactNode } from 'react';
import Translate, { translate } from '@docusaurus/Translate';
import type { Source } from '@site/src/shared/contentModel';
import type { CitedSource } from '@site/src/shared/contentGraph';
import { usePageGraph } from '@site/src/components/PageGraph';
import { useForeignLanguage } from '@site/src/components/TextLanguage';
import { sourceLanguage } from '@site/src/shared/textLanguage';

function kindLabel(kind: Source['kind']): string {
  switch (kind) {
    case 'official':
      return translate({ id: 'fw.source.kind.official', message: 'official UN source' });
    case 'secondary':
      return translate({ id: 'fw.source.kind.secondary', message: 'secondary source' });
    case 'weak':
      return translate({ id: 'fw.source.kind.weak', message: 'weak source: unverified' });
  }
}

/** A source's title, linked when the source has an address, marked with its language. */
export function SourceTitle({ source }: { source: CitedSource }): ReactNode {
  const lang = useForeignLanguage(sourceLanguage(source));
  if (!source.url) return <cite lang={lang}>{source.title}</cite>;
  return (
    <a href={source.url} rel="noopener noreferrer" lang={lang}>
      {source.title}
    </a>
  );
}

/** A source's publisher as the register names it, marked with the source's language. */
export function SourcePublisher({ source }: { source: CitedSource }): ReactNode {
  const lang = useForeignLanguage(sourceLanguage(source));
  return lang ? <span lang={lang}>{source.publisher}</span> : source.publisher;
}

export function SourceCitation({ source }: { source: CitedSource }): ReactNode {
  return (
    <>
      <SourceTitle source={source} />, <SourcePublisher source={source} />
      {source.date ? `, ${source.date}` : ''} <span className="fw-source-kind">({kindLabel(source.kind)})</span>
    </>
  );
}

export default function SourceList({ ids, compact = false }: { ids: readonly string[]; compact?: boolean }): ReactNode {
  const cited = usePageGraph()?.sources;
  const sources = ids.map((id) => cited?.[id]).filter((s): s is CitedSource => Boolean(s));
  if (sources.length === 0) return null;
  return (
    <div className={compact ? 'fw-sources fw-sources--compact' : 'fw-sources'}>
      {compact ? (
        <span>
          <Translate id="fw.source.compactLabel">Sources:</Translate>{' '}
        </span>
      ) : null}
      <ul>
        {sources.map((source) => (
          <li key={source.id}>
            <SourceCitation source={source} />
          </li>
        ))}
      </ul>
    </div>
  );
}
