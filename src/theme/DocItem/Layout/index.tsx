/**
 * The doc page layout (wrapped, not ejected): tells the components inside it which language the
 * page's text is in when the locale has not translated it (src/components/TextLanguage), so the
 * table of contents, drawn beside the body by theme components that do not read the doc, marks its
 * English headings `lang="en"` as the body does (src/theme/DocItem/Content; WCAG 2.2 SC 3.1.2).
 */
import React, { type ReactNode } from 'react';
import Layout from '@theme-original/DocItem/Layout';
import type LayoutType from '@theme/DocItem/Layout';
import type { WrapperProps } from '@docusaurus/types';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { useDocLanguage } from '@site/src/components/TranslationNotice';
import { TextLanguageProvider } from '@site/src/components/TextLanguage';

type Props = WrapperProps<typeof LayoutType>;

export default function DocItemLayoutWrapper(props: Props): ReactNode {
  const { i18n } = useDocusaurusContext();
  const fallback = useDocLanguage() === 'fallback';
  return (
    <TextLanguageProvider value={fallback ? i18n.localeConfigs[i18n.defaultLocale]?.htmlLang : undefined}>
      <Layout {...props} />
    </TextLanguageProvider>
  );
}
