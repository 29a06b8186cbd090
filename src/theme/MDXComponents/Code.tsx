/**
 * `code` in Markdown (swizzled from the classic theme, same decision): inline code as the theme
 * renders it; a code block through the theme's CodeBlock, loaded only when a page has one.
 *
 * Why: CodeBlock brings the syntax highlighter (prism-react-renderer, about 26 KB gzip), and the
 * theme's MDXComponents import it for every page that renders Markdown, with or without code.
 * This site's pages have none (first-load budget, issue 13), so CodeBlock is a lazy chunk: the
 * server-rendered page and the first paint show the code as plain preformatted text, and the
 * highlighted block replaces it once its chunk has loaded.
 */
import React, { lazy, Suspense, type ReactNode } from 'react';
import type { Props } from '@theme/MDXComponents/Code';
import CodeInline from '@theme/CodeInline';

const CodeBlock = lazy(() => import('@theme/CodeBlock'));

/** The theme's rule: code whose children are all strings without a line break is inline. */
export function isInlineCode(children: ReactNode): boolean {
  // Empty code blocks have no children (facebook/docusaurus#9704).
  return (
    typeof children !== 'undefined' &&
    React.Children.toArray(children).every((child) => typeof child === 'string' && !child.includes('\n'))
  );
}

export default function MDXCode(props: Props): ReactNode {
  if (isInlineCode(props.children)) return <CodeInline {...props} />;
  const { children = '', ...rest } = props;
  return (
    <Suspense
      fallback={
        <pre className={props.className}>
          <code>{children}</code>
        </pre>
      }>
      <CodeBlock {...rest}>{children}</CodeBlock>
    </Suspense>
  );
}
