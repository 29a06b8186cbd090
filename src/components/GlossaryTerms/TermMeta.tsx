/** Under a glossary term's definition: its other names, its sources and the pages that explain it. */
import React, { type ReactNode } from 'react';
import Translate from '@docusaurus/Translate';
import SourceList from '@site/src/components/SourceList';
import PageLink from '@site/src/components/PageLink';
import { BLOCK } from '@site/src/shared/blocks';

/**
 * @param sources - source ids, resolved from the page's slice of the content graph
 * @param related - doc ids of the pages that explain the term
 * @param aliases - other names, in the page's language
 * @param englishAliases - the English entry's other names, on another locale's page (none on the English one)
 */
export default function TermMeta({
  sources,
  related,
  aliases,
  englishAliases = [],
}: {
  sources: readonly string[];
  related: readonly string[];
  aliases: readonly string[];
  englishAliases?: readonly string[];
}): ReactNode {
  return (
    <div className={BLOCK.metaClassName}>
      {aliases.length > 0 && (
        <p>
          <Translate id="glossary.alsoCalled" values={{ aliases: aliases.join('; ') }}>
            {'Also called: {aliases}.'}
          </Translate>
        </p>
      )}
      {englishAliases.length > 0 && (
        <p>
          <Translate
            id="glossary.alsoCalledInEnglish"
            values={{
              aliases: (
                <span lang="en" dir="ltr">
                  {englishAliases.join('; ')}
                </span>
              ),
            }}>
            {'In English, also: {aliases}.'}
          </Translate>
        </p>
      )}
      <SourceList ids={sources} compact />
      {related.length > 0 && (
        <p>
          <Translate id="glossary.see">See:</Translate>{' '}
          {related.map((docId, index) => (
            <React.Fragment key={docId}>
              {index > 0 && ', '}
              <PageLink docId={docId} />
            </React.Fragment>
          ))}
        </p>
      )}
    </div>
  );
}
