/**
 * Says which words of the query match nothing on the site, as search engines readers know do:
 * "No match for Brazil; showing results for the other words." Shared by the dialog and `/search`.
 */
import React, { Fragment, type ReactNode } from 'react';
import Translate from '@docusaurus/Translate';

interface Props {
  /** The unmatched words, as typed. */
  words: readonly string[];
  /** Whether the other words found something. */
  hasResults: boolean;
  className?: string;
}

export default function UnmatchedNotice({ words, hasResults, className }: Props): ReactNode {
  if (words.length === 0) return null;
  const list = (
    <>
      {words.map((word, index) => (
        <Fragment key={`${word}-${index}`}>
          {index > 0 && ', '}
          <em>{word}</em>
        </Fragment>
      ))}
    </>
  );
  return (
    <p className={className} data-testid="search-unmatched">
      {hasResults ? (
        <Translate id="search.unmatched.others" values={{ words: list }}>
          {'No match for {words}; showing results for the other words.'}
        </Translate>
      ) : (
        <Translate id="search.unmatched.all" values={{ words: list }}>
          {'No match for {words}.'}
        </Translate>
      )}
    </p>
  );
}
