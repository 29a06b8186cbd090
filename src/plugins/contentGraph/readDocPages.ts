/** Reads the docs plugin's loaded content into content-graph inputs. */
import type { AllContent } from '@docusaurus/types';
import type { LoadedContent } from '@docusaurus/plugin-content-docs';
import { contentTypeOf } from '../../shared/contentModel';
import type { PageInput } from '../../shared/contentGraph';
import type { PageSource } from '../../shared/contentProblems';
import type { BlogContent } from '@docusaurus/plugin-content-blog';
import type { Provenance } from '../../shared/paragraphId';
import { fallbackLanguageOf } from '../../shared/textLanguage';
import { DEFAULT_LOCALE } from '../../shared/locales';

export interface LoadedDoc {
  /** Path of the source file relative to the site, for error messages. */
  source: string;
  /** The docs plugin's name for the source file (`@site/docs/…`), as its routes' `content` module. */
  aliasedSource: string;
  frontMatter: Record<string, unknown>;
  page: PageInput;
}

/** Blog posts with their front matter, for the content model's provenance check. */
export function readBlogPosts(allContent: AllContent): PageSource[] {
  const blog = allContent['docusaurus-plugin-content-blog']?.default as BlogContent | undefined;
  return (blog?.blogPosts ?? []).map((post) => ({
    source: post.metadata.source.replace(/^@site\//, ''),
    frontMatter: post.metadata.frontMatter as Record<string, unknown>,
  }));
}

export function readDocPages(
  allContent: AllContent,
  currentLocale: string = DEFAULT_LOCALE,
  defaultLocale: string = DEFAULT_LOCALE,
): LoadedDoc[] {
  const docsContent = allContent['docusaurus-plugin-content-docs']?.default as LoadedContent | undefined;
  if (!docsContent) throw new Error('content-graph: the docs plugin has not loaded any content.');
  return readDocs(docsContent, currentLocale, defaultLocale);
}

/**
 * The docs plugin's own loaded content read the same way (src/plugins/docs, before allContentLoaded).
 * A page the locale has not translated gets `lang` (its title is English: src/shared/textLanguage.ts).
 */
export function readDocs(
  docsContent: LoadedContent,
  currentLocale: string = DEFAULT_LOCALE,
  defaultLocale: string = DEFAULT_LOCALE,
): LoadedDoc[] {
  const docs = docsContent.loadedVersions.flatMap((version) => version.docs);
  return docs.map((doc) => {
    const fm = doc.frontMatter as Record<string, unknown>;
    const lang = fallbackLanguageOf(doc.source, currentLocale, defaultLocale);
    return {
      source: doc.source.replace(/^@site\//, ''),
      aliasedSource: doc.source,
      frontMatter: fm,
      page: {
        id: doc.id,
        title: doc.title,
        permalink: doc.permalink,
        type: contentTypeOf(doc.id),
        provenance: fm.provenance as Provenance,
        sources: (fm.sources as string[] | undefined) ?? [],
        related: (fm.related as string[] | undefined) ?? [],
        ...(lang ? { lang } : {}),
      },
    };
  });
}
