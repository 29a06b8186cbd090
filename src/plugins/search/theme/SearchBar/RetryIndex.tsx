/**
 * "Try again" for a search index, or the parts of it after the first, that could not be loaded
 * (the dialog and `/search` say why). Shared by both. The button goes while the index loads again,
 * so the focus goes back to the search field, where the reader goes on.
 */
import React, { type ReactNode, type RefObject } from 'react';
import Translate from '@docusaurus/Translate';
import type { EngineState } from './useSearch';

export default function RetryIndex({
  engine,
  field,
}: {
  engine: EngineState;
  /** The search field the focus returns to. */
  field: RefObject<HTMLInputElement | null>;
}): ReactNode {
  const retry = engine.status === 'error' || engine.status === 'ready' ? engine.retry : undefined;
  if (!retry) return null;
  return (
    <button
      type="button"
      className="button button--primary button--sm"
      onClick={() => {
        retry();
        field.current?.focus();
      }}>
      <Translate id="search.unavailable.retry">Try again</Translate>
    </button>
  );
}
