/**
 * Says which words of the query were read in another of the site's languages, and which concept
 * they named: "Showing results for Citizen data (French: données citoyennes)." Cross-language help
 * (src/shared/search/crossLanguage.ts) must never be silent, or a reader would not know why a
 * French query returns English pages. Shared by the dialog and `/search`.
 */
import React, { type ReactNode } from 'react';
import Translate, { translate } from '@docusaurus/Translate';
import type { Translation } from '@site/src/shared/search/crossLanguage';
import type { SearchLanguage } from '@site/src/shared/search/language';

interface Props {
  /** The plan's translated spans. */
  translations: readonly Translation[];
  className?: string;
}

function languageName(language: SearchLanguage): string {
  switch (language) {
    case 'en':
      return translate({ id: 'search.language.en', message: 'English' });
    case 'fr':
      return translate({ id: 'search.language.fr', message: 'French' });
    case 'es':
      return translate({ id: 'search.language.es', message: 'Spanish' });
    case 'ar':
      return translate({ id: 'search.language.ar', message: 'Arabic' });
  }
}

export default function TranslatedNotice({ translations, className }: Props): ReactNode {
  if (translations.length === 0) return null;
  return (
    <>
      {translations.map(({ source, language, term }, index) => (
        <p key={`${source}-${index}`} className={className} data-testid="search-translated" data-language={language}>
          <Translate
            id="search.translated"
            values={{
              term: <em>{term}</em>,
              language: languageName(language),
              words: (
                <em lang={language} dir="auto">
                  {source}
                </em>
              ),
            }}>
            {'Showing results for {term} ({language}: {words}).'}
          </Translate>
        </p>
      ))}
    </>
  );
}
