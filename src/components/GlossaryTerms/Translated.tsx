/**
 * The glossary page body on another locale's site: every term from src/data/glossary.ts, each an
 * addressable block with the same anchor as in English (`#term-<id>`), showing its name in the
 * page's language with the English name beside it, and its translated definition, or the English
 * one, marked as English, until it is translated. Terms sort in the locale's order. The page passes
 * its locale's table (`<GlossaryTerms translations={FR} />`, from src/data/glossaryLocales/), so
 * each page bundles its own language only.
 */
import React, { type ReactNode } from 'react';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import Heading from '@theme/Heading';
import { GLOSSARY } from '@site/src/data/glossary';
import type { GlossaryTable } from '@site/src/data/glossaryLocales/shared';
import { glossaryAnchor, localizedGlossaryTerm } from '@site/src/shared/glossary';
import Block from '@site/src/components/Block';
import TermMeta from './TermMeta';

const inParentheses = (names: readonly string[]) => (names.length > 0 ? ` (${names.join(', ')})` : '');

export default function TranslatedGlossaryTerms({ translations }: { translations: GlossaryTable }): ReactNode {
  const { currentLocale } = useDocusaurusContext().i18n;
  const terms = GLOSSARY.map((term) => ({
    term,
    shown: localizedGlossaryTerm(term, currentLocale, translations[term.id]),
  })).sort((a, b) => a.shown.term.localeCompare(b.shown.term, currentLocale));
  return (
    <div>
      {terms.map(({ term, shown }) => (
        <section key={term.id} aria-labelledby={`${glossaryAnchor(term.id)}-heading`}>
          <Heading as="h2" id={`${glossaryAnchor(term.id)}-heading`}>
            {shown.term}
            {/* A name the same in both languages (IISD SDG Knowledge Hub) keeps its English acronyms here. */}
            {inParentheses(shown.englishTerm === shown.term ? (term.acronyms ?? []) : shown.acronyms)}
            {shown.englishTerm !== null && shown.englishTerm !== shown.term && (
              <>
                {' '}
                {/* A line of its own, aligned with the page's text; the name inside it is English. */}
                <span className="fw-glossary-english">
                  <span lang="en" dir="ltr">
                    {shown.englishTerm}
                    {inParentheses(term.acronyms ?? [])}
                  </span>
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
          <TermMeta term={term} aliases={shown.aliases} />
        </section>
      ))}
    </div>
  );
}
