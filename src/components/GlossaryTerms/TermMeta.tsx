/** Under a glossary term's definition: its other names, its sources and the pages that explain it. */
import React, { type ReactNode } from 'react';
import Translate from '@docusaurus/Translate';
import SourceList from '@site/src/components/SourceList';
import PageLink from '@site/src/components/PageLink';
import { BLOCK } from '@site/src/shared/blocks';
import type { GlossaryTerm } from '@site/src/shared/contentModel';

export default function TermMeta({ term, aliases }: { term: GlossaryTerm; aliases?: readonly string[] }): ReactNode {
  return (
    <div className={BLOCK.metaClassName}>
      {aliases && aliases.length > 0 && (
        <p>
          <Translate id="glossary.alsoCalled" values={{ aliases: aliases.join('; ') }}>
            {'Also called: {aliases}.'}
          </Translate>
        </p>
      )}
      <SourceList ids={term.sources} compact />
      {term.related && term.related.length > 0 && (
        <p>
          <Translate id="glossary.see">See:</Translate>{' '}
          {term.related.map((docId, index) => (
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
