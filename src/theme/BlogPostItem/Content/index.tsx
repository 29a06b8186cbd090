/**
 * Blog post body (wrapped, not ejected): the post's provenance banner, then the classic theme's
 * content. News posts are our summaries like every other page, so a reader of a post sees the
 * same statement, from the same component, as a reader of a Framework page. The build validates
 * each post's `provenance` front matter (src/plugins/contentGraph), so it is always present here.
 * A post the locale has not translated is the English file: its body carries `lang="en"`
 * (WCAG 2.2 SC 3.1.2) and `dir="ltr"`, as an untranslated doc's does (src/theme/DocItem/Content).
 */
import React, { type ReactNode } from 'react';
import Content from '@theme-original/BlogPostItem/Content';
import type ContentType from '@theme/BlogPostItem/Content';
import type { WrapperProps } from '@docusaurus/types';
import { useBlogPost } from '@docusaurus/plugin-content-blog/client';
import PageProvenance from '@site/src/components/PageProvenance';
import { usePostFallbackLanguage } from '@site/src/components/TextLanguage';
import { PROVENANCES, type Provenance } from '@site/src/shared/paragraphId';

type Props = WrapperProps<typeof ContentType>;

function isProvenance(value: unknown): value is Provenance {
  return (PROVENANCES as readonly unknown[]).includes(value);
}

export default function BlogPostItemContent(props: Props): ReactNode {
  const { frontMatter, isBlogPostPage, metadata } = useBlogPost();
  const lang = usePostFallbackLanguage(metadata.source);
  const provenance = (frontMatter as Record<string, unknown>).provenance;
  return (
    <>
      {/* One banner per page: list pages show many excerpts, each post's own page states it. */}
      {isBlogPostPage && isProvenance(provenance) && <PageProvenance provenance={provenance} />}
      {lang ? (
        <div lang={lang} dir="ltr">
          <Content {...props} />
        </div>
      ) : (
        <Content {...props} />
      )}
    </>
  );
}
