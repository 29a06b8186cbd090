/**
 * Says what results cannot include yet: the index arrives in parts (the Framework's pages first), and
 * until the others have loaded, or if one could not be, the reader is told which kinds of page are
 * missing rather than shown a count that looks complete. Shared by the dialog and `/search`.
 */
import React, { Fragment, type ReactNode } from 'react';
import Translate from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import type { ContentType } from '@site/src/shared/contentTypes';
import { typeLabel } from '../labels';

interface Props {
  /** Content types the results leave out (their parts have not loaded). */
  types: readonly ContentType[];
  /** Why they could not be loaded; absent while they are still on their way. */
  failure?: string | undefined;
  className?: string;
}

export default function PartialNotice({ types, failure, className }: Props): ReactNode {
  const { i18n } = useDocusaurusContext();
  if (types.length === 0) return null;
  // The labels set apart (one of them, "News and events", holds a conjunction of its own), joined
  // as the reader's language joins a list.
  const parts = new Intl.ListFormat(i18n.currentLocale, { type: 'conjunction' }).formatToParts(types.map(typeLabel));
  const kinds = (
    <>
      {parts.map((part, index) =>
        part.type === 'element' ? <em key={index}>{part.value}</em> : <Fragment key={index}>{part.value}</Fragment>,
      )}
    </>
  );
  return (
    <p className={className} data-testid="search-partial">
      {failure === undefined ? (
        <Translate id="search.partial.loading" values={{ kinds }}>
          {'Still loading {kinds}: these results will update when they arrive.'}
        </Translate>
      ) : (
        <Translate id="search.partial.failed" values={{ kinds, message: failure }}>
          {'{kinds} could not be loaded, so these results leave them out: {message} Reload the page to search them.'}
        </Translate>
      )}
    </p>
  );
}
