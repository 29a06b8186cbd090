/**
 * A sidebar link (wrapped, not ejected) whose label is an English page's title on a translated
 * site carries `lang="en"`, so a screen reader reads it with an English voice (WCAG 2.2 SC 3.1.2).
 * The docs plugin marks such items in `customProps` when it makes the sidebar (src/plugins/docs,
 * src/shared/textLanguage.ts): only the build knows which docs the locale has not translated.
 *
 * The classic DocSidebarItemLink passes props it does not know on to its `<Link>`, which renders
 * the `<a>`; tests/built/languageOfParts.test.ts fails if an upgrade stops doing so. `lang` only,
 * no `dir`: the link is a flex container, which `dir="ltr"` would flip to the left in Arabic, and
 * the bidi algorithm already lays out a Latin label left to right.
 */
import React, { type ComponentType, type ReactNode } from 'react';
import OriginalLink from '@theme-original/DocSidebarItem/Link';
import type LinkType from '@theme/DocSidebarItem/Link';
import type { WrapperProps } from '@docusaurus/types';
import { labelLanguageOf } from '@site/src/shared/textLanguage';

type Props = WrapperProps<typeof LinkType>;

/** The original, with the extra prop it passes on to its `<a>` (not in its declared props). */
const Link = OriginalLink as ComponentType<Props & { lang?: string }>;

export default function DocSidebarItemLinkWrapper(props: Props): ReactNode {
  const lang = labelLanguageOf(props.item);
  return lang ? <Link {...props} lang={lang} /> : <Link {...props} />;
}
