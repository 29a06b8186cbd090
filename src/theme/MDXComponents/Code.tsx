/**
 * `code` in Markdown (swizzled from the classic theme, same decision): inline code as the theme
 * renders it; a code block through the theme's CodeBlock, loaded only when a page has one.
 *
 * Why: CodeBlock brings the syntax highlighter (prism-react-renderer, about 26 KB gzip), and the
 * theme's MDXComponents import it for every page that renders Markdown, with or without code.
 * This site's pages have none (first-load budget, issue 13), so CodeBlock is a lazy chunk that
 * only a page with a code block loads. The static HTML still has the highlighted block: the build
 * renders pages with `renderToPipeableStream` and waits for every lazy component (`onAllReady`),
 * and on hydration React keeps that HTML until the chunk has arrived. The plain `<pre>` fallback
 * shows only where a code block first appears after a client-side navigation.
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
