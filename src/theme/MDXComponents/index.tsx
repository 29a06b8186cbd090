/**
 * Adds anchor collection to the Markdown elements that carry paragraph ids (paragraphs, quotes and
 * table wrappers), so links to a paragraph are checked by `onBrokenAnchors` like links to a
 * heading. List items are collected by the original theme already.
 */
import React, { type ComponentProps, type ReactNode } from 'react';
import MDXComponents from '@theme-original/MDXComponents';
import useBrokenLinks from '@docusaurus/useBrokenLinks';

function withAnchor<Tag extends 'p' | 'blockquote' | 'div'>(Tag: Tag) {
  return function Anchored(props: ComponentProps<Tag>): ReactNode {
    useBrokenLinks().collectAnchor(props.id);
    return React.createElement(Tag, props);
  };
}

export default {
  ...MDXComponents,
  p: withAnchor('p'),
  blockquote: withAnchor('blockquote'),
  div: withAnchor('div'),
};
