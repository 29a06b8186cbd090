/**
 * The glossary page body: every term from src/data/glossary.ts, each an addressable block. The
 * English page's; a translated glossary page uses ./Translated, so that this page carries no
 * translation code or data.
 */
import React, { type ReactNode } from 'react';
import Heading from '@theme/Heading';
import { GLOSSARY } from '@site/src/data/glossary';
import { glossaryAnchor } from '@site/src/shared/glossary';
import Block from '@site/src/components/Block';
import TermMeta from './TermMeta';

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
          <TermMeta term={term} aliases={term.aliases} />
        </section>
      ))}
    </div>
  );
}
