/** The glossary page body: every term from src/data/glossary.ts, each an addressable block. */
import React, { type ReactNode } from 'react';
import Translate from '@docusaurus/Translate';
import Heading from '@theme/Heading';
import { GLOSSARY } from '@site/src/data/glossary';
import { glossaryAnchor } from '@site/src/shared/glossary';
import Block from '@site/src/components/Block';
import SourceList from '@site/src/components/SourceList';
import PageLink from '@site/src/components/PageLink';
import { BLOCK } from '@site/src/shared/blocks';

const byTerm = [...GLOSSARY].sort((a, b) => a.term.localeCompare(b.term, 'en'));

export default function GlossaryTerms(): ReactNode {
  return (
    <div>
      {byTerm.map((term) => (
        <section key={term.id} aria-labelledby={`${glossaryAnchor(term.id)}-heading`}>
          <Heading as="h2" id={`${glossaryAnchor(term.id)}-heading`}>
            {term.term}
            {term.acronyms && term.acronyms.length > 0 && <> ({term.acronyms.join(', ')})</>}
          </Heading>
          <Block id={glossaryAnchor(term.id)} provenance={term.provenance}>
            {term.definition}
          </Block>
          <div className={BLOCK.metaClassName}>
            {term.aliases && term.aliases.length > 0 && (
              <p>
                <Translate id="glossary.alsoCalled" values={{ aliases: term.aliases.join('; ') }}>
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
        </section>
      ))}
    </div>
  );
}
