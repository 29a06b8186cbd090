/**
 * The table of contents inside a navigation landmark. On blog posts the theme places the TOC
 * beside `<main>`, outside any landmark, which screen-reader users skip over (axe: region).
 * The landmark takes over the theme's sticky position (`fw-toc` in custom.css): the theme's own
 * sticky element, now inside a box exactly its height, could no longer stick, so the column
 * scrolled away on long pages.
 */
import React, { type ReactNode } from 'react';
import TOC from '@theme-original/TOC';
import type TOCType from '@theme/TOC';
import type { WrapperProps } from '@docusaurus/types';
import { translate } from '@docusaurus/Translate';

type Props = WrapperProps<typeof TOCType>;

export default function TOCWrapper(props: Props): ReactNode {
  return (
    <nav className="fw-toc" aria-label={translate({ id: 'fw.toc.label', message: 'On this page' })}>
      <TOC {...props} />
    </nav>
  );
}
