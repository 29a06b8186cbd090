/**
 * The glossary page body, in every language: each term an addressable block with the same anchor
 * in every locale (`#term-<id>`). On another locale's site a term shows its name in that language
 * with the English name beside it, and its translated definition, or the English one, marked as
 * English, until it is translated.
 *
 * The terms come from the page's slice of the content graph, built per locale by src/plugins/docs
 * (`glossaryPageEntries`): the page ships the text it shows and no glossary module, so a translated
 * page carries neither the English definitions nor the translation records.
 */
import React, { type ReactNode } from 'react';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import Heading from '@theme/Heading';
import { usePageGraph } from '@site/src/components/PageGraph';
import { GLOSSARY_DOC_ID, glossaryAnchor, type GlossaryPageEntry } from '@site/src/shared/glossary';
import Block from '@site/src/components/Block';
import TermMeta from './TermMeta';
import { useForeignLanguage } from '@site/src/components/TextLanguage';
import { FALLBACK_LANGUAGE } from '@site/src/shared/textLanguage';

const inParentheses = (names: readonly string[]) => (names.length > 0 ? ` (${names.join(', ')})` : '');

function TermHeading({ entry }: { entry: GlossaryPageEntry }): ReactNode {
  const showsEnglishName = entry.englishTerm !== null && entry.englishTerm !== entry.term;
  // No translation (englishTerm null), or one that keeps the English name (IISD SDG Knowledge Hub):
  // the name shown is the English one, on a translated site too.
  const englishName = entry.englishTerm === null || entry.englishTerm === entry.term;
  const termLang = useForeignLanguage(englishName ? FALLBACK_LANGUAGE : undefined);
  const name = (
    <>
      {entry.term}
      {/* A name the same in both languages (IISD SDG Knowledge Hub) keeps its English acronyms here. */}
      {inParentheses(entry.englishTerm === entry.term ? entry.englishAcronyms : entry.acronyms)}
    </>
  );
  return (
    <Heading as="h2" id={`${glossaryAnchor(entry.id)}-heading`}>
      {termLang ? <span lang={termLang}>{name}</span> : name}
      {showsEnglishName && (
        <>
          {' '}
          {/* A line of its own, aligned with the page's text; the name inside it is English. */}
          <span className="fw-glossary-english">
            <span lang="en" dir="ltr">
              {entry.englishTerm}
              {inParentheses(entry.englishAcronyms)}
            </span>
          </span>
        </>
      )}
    </Heading>
  );
}

export default function GlossaryTerms(): ReactNode {
  const { currentLocale } = useDocusaurusContext().i18n;
  const entries = usePageGraph()?.glossary;
  // Fails the build rather than publish an empty glossary.
  if (!entries)
    throw new Error(
      `The glossary page has no terms in its metadata: src/plugins/docs adds them to the doc "${GLOSSARY_DOC_ID}" only. Is this page's id still that?`,
    );
  return (
    <div>
      {entries.map((entry) => (
        <section key={entry.id} aria-labelledby={`${glossaryAnchor(entry.id)}-heading`}>
          <TermHeading entry={entry} />
          <Block id={glossaryAnchor(entry.id)} provenance={entry.provenance}>
            {entry.definitionLocale === currentLocale ? (
              entry.definition
            ) : (
              <span lang={entry.definitionLocale} dir="ltr">
                {entry.definition}
              </span>
            )}
          </Block>
          <TermMeta
            sources={entry.sources}
            related={entry.related}
            aliases={entry.aliases}
            englishAliases={entry.englishAliases}
          />
        </section>
      ))}
    </div>
  );
}
