/**
 * The notice at the top of a docs page on a non-English site, in the reader's language:
 * - a translated page (front matter `translation`, src/shared/contentModel.ts) says it is an
 *   unofficial translation of this site's own English summary, never the Framework's text, who or
 *   what translated it and when, and links the English page;
 * - a page not yet translated (Docusaurus shows the English file) says so and links nothing more:
 *   the reader is already reading the English text.
 * The English page is linked with a plain anchor: it belongs to another locale's build, which the
 * client router of this one does not know.
 */
import React, { type ReactNode } from 'react';
import Translate from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { useDoc } from '@docusaurus/plugin-content-docs/client';
import type { TranslationRecord } from '@site/src/shared/contentModel';
import { useDefaultLocalePath } from '@site/src/components/useDefaultLocalePath';

/** Where a docs page's text comes from on this locale's site. */
export function useDocLanguage(): 'default' | 'translated' | 'fallback' {
  const { i18n } = useDocusaurusContext();
  const { metadata } = useDoc();
  if (i18n.currentLocale === i18n.defaultLocale) return 'default';
  return metadata.source.startsWith('@site/i18n/') ? 'translated' : 'fallback';
}

export default function TranslationNotice(): ReactNode {
  const { metadata, frontMatter } = useDoc();
  const language = useDocLanguage();
  const englishPath = useDefaultLocalePath(metadata.permalink);
  if (language === 'default') return null;
  // hrefLang names the target's language; the link text is in the reader's, so no `lang` here.
  const englishLink = (
    <a href={englishPath} hrefLang="en">
      <Translate id="fw.i18n.englishPage">Read the English page</Translate>
    </a>
  );
  if (language === 'fallback') {
    return (
      <aside className="fw-translation-notice fw-translation-notice--fallback">
        <Translate id="fw.i18n.fallback.notice">
          This page has not been translated into this language yet: the text below is the English original.
        </Translate>
      </aside>
    );
  }
  const record = (frontMatter as { translation?: TranslationRecord }).translation;
  return (
    <aside className="fw-translation-notice fw-translation-notice--translated">
      <strong>
        <Translate id="fw.i18n.translated.title">Unofficial translation</Translate>
      </strong>{' '}
      <Translate id="fw.i18n.translated.notice">
        of this site’s own English summary. It is not the text of the Copenhagen Framework on Citizen Data, and the
        English page prevails.
      </Translate>{' '}
      {record && (
        <>
          <Translate
            id="fw.i18n.translated.by"
            values={{
              by: record.by.startsWith('machine-assisted') ? (
                <Translate id="fw.i18n.translated.machine">machine-assisted translation, not yet reviewed</Translate>
              ) : (
                record.by
              ),
              date: (
                <time dateTime={record.date} dir="ltr">
                  {record.date}
                </time>
              ),
            }}>
            {'Translated by: {by}, {date}.'}
          </Translate>{' '}
        </>
      )}
      {englishLink}
    </aside>
  );
}
