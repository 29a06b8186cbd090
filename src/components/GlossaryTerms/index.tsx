/**
 * The glossary page body: every term from src/data/glossary.ts, each an addressable block. A
 * translated glossary page passes its locale's table (`<GlossaryTerms translations={FR} />`, from
 * src/data/glossaryLocales/<locale>.ts): each term then shows its name in that language with the
 * English name beside it, and its translated definition, or the English one, marked as English,
 * until it is translated; terms sort in the locale's order. The table comes from the page, not
 * from here, so that each page bundles its own language only (the English page none). Anchors
 * (`#term-<id>`) are the same in every language.
 */
import React, { type ReactNode } from 'react';
import Translate from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import Heading from '@theme/Heading';
import { GLOSSARY } from '@site/src/data/glossary';
import type { GlossaryTable } from '@site/src/data/glossaryLocales/shared';
import { glossaryAnchor, localizedGlossaryTerm } from '@site/src/shared/glossary';
import Block from '@site/src/components/Block';
import SourceList from '@site/src/components/SourceList';
import PageLink from '@site/src/components/PageLink';
import { BLOCK } from '@site/src/shared/blocks';

const inParentheses = (names: readonly string[]) => (names.length > 0 ? ` (${names.join(', ')})` : '');

export default function GlossaryTerms({ translations }: { translations?: GlossaryTable }): ReactNode {
  const { currentLocale } = useDocusaurusContext().i18n;
  const terms = GLOSSARY.map((term) => ({
    term,
    shown: localizedGlossaryTerm(term, currentLocale, translations?.[term.id]),
  })).sort((a, b) => a.shown.term.localeCompare(b.shown.term, currentLocale));
  return (
    <div>
      {terms.map(({ term, shown }) => (
        <section key={term.id} aria-labelledby={`${glossaryAnchor(term.id)}-heading`}>
          <Heading as="h2" id={`${glossaryAnchor(term.id)}-heading`}>
            {shown.term}
            {inParentheses(shown.acronyms)}
            {shown.englishTerm !== null && shown.englishTerm !== shown.term && (
              <>
                {' '}
                <span className="fw-glossary-english" lang="en" dir="ltr">
                  {shown.englishTerm}
                  {inParentheses(term.acronyms ?? [])}
                </span>
              </>
            )}
          </Heading>
          <Block id={glossaryAnchor(term.id)} provenance={term.provenance}>
            {shown.definitionLocale === currentLocale ? (
              shown.definition
            ) : (
              <span lang={shown.definitionLocale} dir="ltr">
                {shown.definition}
              </span>
            )}
          </Block>
          <div className={BLOCK.metaClassName}>
            {shown.aliases.length > 0 && (
              <p>
                <Translate id="glossary.alsoCalled" values={{ aliases: shown.aliases.join('; ') }}>
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
