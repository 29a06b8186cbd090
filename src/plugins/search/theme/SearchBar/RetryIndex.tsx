/**
 * "Try again" for a search index that could not be loaded, shared by the dialog and `/search`.
 * The button goes while the index loads again, so the focus goes back to the search field, where
 * the reader goes on.
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
  if (engine.status !== 'error') return null;
  return (
    <button
      type="button"
      className="button button--primary button--sm"
      onClick={() => {
        engine.retry();
        field.current?.focus();
      }}>
      <Translate id="search.unavailable.retry">Try again</Translate>
    </button>
  );
}
