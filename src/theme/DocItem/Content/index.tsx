/**
 * The doc body (ejected from the classic theme): the title, then the page's provenance banner,
 * then the text, then its sources, related pages and back-links, all from the page's slice of the
 * content graph (in its metadata: src/plugins/docs). Framework pages take their title
 * from front matter (the content model requires it), so the title is always the synthetic one.
 */
import React, { type ReactNode } from 'react';
import clsx from 'clsx';
import Head from '@docusaurus/Head';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { ThemeClassNames } from '@docusaurus/theme-common';
import { useDoc } from '@docusaurus/plugin-content-docs/client';
import Heading from '@theme/Heading';
import MDXContent from '@theme/MDXContent';
import PageIntro from '@site/src/components/Comments/PageIntro';
import PageProvenance from '@site/src/components/PageProvenance';
import PageReferences from '@site/src/components/PageReferences';
import CiteThis from '@site/src/components/CiteThis';
import ResponseTableLink from '@site/src/components/Feedback/ResponseTableLink';
import { PageGraphProvider, pageGraphOf } from '@site/src/components/PageGraph';
import TranslationNotice, { useDocLanguage } from '@site/src/components/TranslationNotice';
import { useDefaultLocalePath } from '@site/src/components/useDefaultLocalePath';

function useSyntheticTitle(): string | null {
  const { metadata, frontMatter, contentTitle } = useDoc();
  return !frontMatter.hide_title && contentTitle === undefined ? metadata.title : null;
}

export default function DocItemContent({ children }: { children: ReactNode }): ReactNode {
  const { metadata } = useDoc();
  const pageGraph = pageGraphOf(metadata);
  const page = pageGraph?.page;
  const syntheticTitle = useSyntheticTitle();
  // Short links and response tables name the page by its English path, shared by every language.
  const englishPath = useDefaultLocalePath(metadata.permalink);
  // English text shown on another locale's site (not yet translated) keeps its own language and direction.
  const fallback = useDocLanguage() === 'fallback';
  const { siteConfig, i18n } = useDocusaurusContext();
  return (
    <PageGraphProvider value={pageGraph}>
      {fallback && (
        // The text is the English page's: search engines should index that one, not a copy per language.
        <Head>
          <link rel="canonical" href={`${siteConfig.url.replace(/\/+$/, '')}${englishPath}`} />
        </Head>
      )}
      <div className={clsx(ThemeClassNames.docs.docMarkdown, 'markdown')}>
        {syntheticTitle && (
          <header {...(fallback ? { lang: 'en', dir: 'ltr' } : {})}>
            <Heading as="h1">{syntheticTitle}</Heading>
          </header>
        )}
        <TranslationNotice />
        {page && <PageProvenance provenance={page.provenance} />}
        {page && <PageIntro />}
        {page && (
          <CiteThis
            pageTitle={metadata.title}
            pagePath={englishPath}
            locale={fallback ? i18n.defaultLocale : i18n.currentLocale}
          />
        )}
        {fallback ? (
          <div lang="en" dir="ltr">
            <MDXContent>{children}</MDXContent>
          </div>
        ) : (
          <MDXContent>{children}</MDXContent>
        )}
        {page && <PageReferences page={page} />}
        {page && <ResponseTableLink permalink={englishPath} />}
      </div>
    </PageGraphProvider>
  );
}
