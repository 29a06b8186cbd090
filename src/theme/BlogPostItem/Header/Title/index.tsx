/**
 * A blog post's title (wrapped, not ejected): on a translated site, a post the locale has not
 * translated keeps its English title, marked `lang="en"` (WCAG 2.2 SC 3.1.2), as its body is
 * (src/theme/BlogPostItem/Content). The block around the heading adds no box of its own.
 */
import React, { type ReactNode } from 'react';
import Title from '@theme-original/BlogPostItem/Header/Title';
import type TitleType from '@theme/BlogPostItem/Header/Title';
import type { WrapperProps } from '@docusaurus/types';
import { useBlogPost } from '@docusaurus/plugin-content-blog/client';
import { usePostFallbackLanguage } from '@site/src/components/TextLanguage';

type Props = WrapperProps<typeof TitleType>;

export default function BlogPostItemHeaderTitleWrapper(props: Props): ReactNode {
  const lang = usePostFallbackLanguage(useBlogPost().metadata.source);
  return lang ? (
    <div lang={lang}>
      <Title {...props} />
    </div>
  ) : (
    <Title {...props} />
  );
}
