/**
 * Says what results cannot include yet: the index arrives in parts (the Framework's pages first), and
 * until the others have loaded, or if one could not be, the reader is told which kinds of page are
 * missing rather than shown a count that looks complete (and, for a failure, offered "Try again":
 * RetryIndex.tsx). Shared by the dialog and `/search`.
 *
 * The notice sets the kinds apart in italics; `partialSentence` says the same in plain text, for the
 * live region that tells screen-reader users (the dialog's status line, `/search`'s announcement).
 */
import React, { Fragment, type ReactNode } from 'react';
import Translate, { translate } from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import type { ContentType } from '@site/src/shared/contentTypes';
import { typeLabel } from '../labels';

interface Props {
  /** Content types the results leave out (their parts have not loaded). */
  types: readonly ContentType[];
  /** Why they could not be loaded; absent while they are still on their way. */
  failure?: string | undefined;
  className?: string;
  /** True where a live region already says it (`partialSentence`), so it is not read twice. */
  'aria-hidden'?: boolean;
}

/** The kinds' labels, joined as the reader's language joins a list. */
function listParts(types: readonly ContentType[], locale: string): { type: string; value: string }[] {
  return new Intl.ListFormat(locale, { type: 'conjunction' }).formatToParts(types.map(typeLabel));
}

/**
 * The notice as plain text, or '' when nothing is left out.
 * @param locale - the site's current locale (how its language joins a list)
 */
export function partialSentence(types: readonly ContentType[], failure: string | undefined, locale: string): string {
  if (types.length === 0) return '';
  const kinds = listParts(types, locale)
    .map((part) => part.value)
    .join('');
  return failure === undefined
    ? translate(
        {
          id: 'search.partial.loading',
          message: 'Still loading {kinds}: these results will update when they arrive.',
        },
        { kinds },
      )
    : translate(
        {
          id: 'search.partial.failed',
          message: '{kinds} could not be loaded, so these results leave them out: {message}',
        },
        { kinds, message: failure },
      );
}

export default function PartialNotice({ types, failure, className, 'aria-hidden': hidden }: Props): ReactNode {
  const { i18n } = useDocusaurusContext();
  if (types.length === 0) return null;
  // The labels set apart: one of them, "News and events", holds a conjunction of its own.
  const kinds = (
    <>
      {listParts(types, i18n.currentLocale).map((part, index) =>
        part.type === 'element' ? <em key={index}>{part.value}</em> : <Fragment key={index}>{part.value}</Fragment>,
      )}
    </>
  );
  return (
    <p className={className} data-testid="search-partial" aria-hidden={hidden}>
      {failure === undefined ? (
        <Translate id="search.partial.loading" values={{ kinds }}>
          {'Still loading {kinds}: these results will update when they arrive.'}
        </Translate>
      ) : (
        <Translate id="search.partial.failed" values={{ kinds, message: failure }}>
          {'{kinds} could not be loaded, so these results leave them out: {message}'}
        </Translate>
      )}
    </p>
  );
}
