/**
 * Docusaurus's Heading (theme-classic 3.10.2, ejected) with one change: its hash link is named after
 * the heading's text (`headingText`) however the heading is made, not after its id. Upstream names
 * it "Direct link to {heading}" only when the children are one string, else "Direct link to
 * page-sources", "… term-nso-heading": what a screen reader announced on every Framework page and
 * for every glossary term. Otherwise the same: anchors collected for the broken-link check, the
 * sticky-navbar offset class, the `#` link revealed on hover and focus.
 */
import React, { type ReactElement, type ReactNode } from 'react';
import clsx from 'clsx';
import Translate, { translate } from '@docusaurus/Translate';
import { useAnchorTargetClassName } from '@docusaurus/theme-common';
import Link from '@docusaurus/Link';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import type { Props } from '@theme/Heading';
// The hash link's styles, global, as upstream loads them with its Heading.
import '@docusaurus/theme-classic/lib/theme/Heading/styles.module.css';
import { headingText } from './headingText';

type TranslateProps = Parameters<typeof Translate>[0];

/** A `<Translate>`'s message in the page's language; undefined for any other element. */
function messageOf(element: ReactElement): string | undefined {
  if (element.type !== Translate) return undefined;
  const { id, children, values } = element.props as TranslateProps;
  const plain =
    values &&
    Object.fromEntries(
      Object.entries(values).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
    );
  return translate(id === undefined ? { message: children ?? '' } : { id, message: children }, plain);
}

export default function Heading({ as: As, id, ...props }: Props): ReactNode {
  const brokenLinks = useBrokenLinks();
  const anchorTargetClassName = useAnchorTargetClassName(id);
  // A page's h1 needs no id: it is not in the table of contents.
  if (As === 'h1' || !id) return <As {...props} id={undefined} />;
  brokenLinks.collectAnchor(id);
  const anchorTitle = translate(
    {
      id: 'theme.common.headingLinkTitle',
      message: 'Direct link to {heading}',
      description: 'Title for link to heading',
    },
    { heading: headingText(props.children, messageOf) || id },
  );
  return (
    <As {...props} className={clsx('anchor', anchorTargetClassName, props.className)} id={id}>
      {props.children}
      <Link className="hash-link" to={`#${id}`} aria-label={anchorTitle} title={anchorTitle} translate="no">
        &#8203;
      </Link>
    </As>
  );
}
