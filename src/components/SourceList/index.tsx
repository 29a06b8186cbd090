/** A list of cited sources, resolved from the source register by id. */
import React, { type ReactNode } from 'react';
import { SOURCES } from '@site/src/data/sources';
import type { Source } from '@site/src/shared/contentModel';

const byId = new Map(SOURCES.map((source) => [source.id, source]));

const KIND_LABELS: Record<Source['kind'], string> = {
  official: 'official UN source',
  secondary: 'secondary source',
  weak: 'weak source: unverified',
};

export function SourceCitation({ source }: { source: Source }): ReactNode {
  return (
    <>
      <a href={source.url} rel="noopener noreferrer">
        {source.title}
      </a>
      , {source.publisher}
      {source.date ? `, ${source.date}` : ''} <span className="fw-source-kind">({KIND_LABELS[source.kind]})</span>
    </>
  );
}

export default function SourceList({ ids, compact = false }: { ids: readonly string[]; compact?: boolean }): ReactNode {
  const sources = ids.map((id) => byId.get(id)).filter((s): s is Source => Boolean(s));
  if (sources.length === 0) return null;
  return (
    <div className={compact ? 'fw-sources fw-sources--compact' : 'fw-sources'}>
      {compact ? <span>Sources: </span> : null}
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
