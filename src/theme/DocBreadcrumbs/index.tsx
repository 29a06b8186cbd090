/**
 * The doc breadcrumbs (ejected from the classic theme; only `lang` added): an item whose label is
 * the title of a page the locale has not translated carries `lang="en"` (WCAG 2.2 SC 3.1.2). The
 * docs plugin marks such sidebar items in `customProps` (src/plugins/docs,
 * src/shared/textLanguage.ts), and the breadcrumbs are those sidebar items. Categories keep the
 * page's language: their labels are translated with the sidebar. `lang` goes on the label's own
 * element, not on the `li`, whose separator is drawn in the page's direction.
 */
import React, { type ReactNode } from 'react';
import clsx from 'clsx';
import { ThemeClassNames } from '@docusaurus/theme-common';
import { useSidebarBreadcrumbs } from '@docusaurus/plugin-content-docs/client';
import { useHomePageRoute } from '@docusaurus/theme-common/internal';
import Link from '@docusaurus/Link';
import { translate } from '@docusaurus/Translate';
import HomeBreadcrumbItem from '@theme/DocBreadcrumbs/Items/Home';
import DocBreadcrumbsStructuredData from '@theme/DocBreadcrumbs/StructuredData';
import { labelLanguageOf } from '@site/src/shared/textLanguage';
import styles from './styles.module.css';

function BreadcrumbsItemLink({
  children,
  href,
  isLast,
  lang,
}: {
  children: ReactNode;
  href: string | undefined;
  isLast: boolean;
  lang: string | undefined;
}): ReactNode {
  const className = 'breadcrumbs__link';
  if (isLast) {
    return (
      <span className={className} lang={lang}>
        {children}
      </span>
    );
  }
  return href ? (
    <Link className={className} href={href}>
      <span lang={lang}>{children}</span>
    </Link>
  ) : (
    <span className={className} lang={lang}>
      {children}
    </span>
  );
}

function BreadcrumbsItem({ children, active }: { children: ReactNode; active?: boolean }): ReactNode {
  return <li className={clsx('breadcrumbs__item', { 'breadcrumbs__item--active': active })}>{children}</li>;
}

export default function DocBreadcrumbs(): ReactNode {
  const breadcrumbs = useSidebarBreadcrumbs();
  const homePageRoute = useHomePageRoute();
  if (!breadcrumbs) {
    return null;
  }
  return (
    <>
      <DocBreadcrumbsStructuredData breadcrumbs={breadcrumbs} />
      <nav
        className={clsx(ThemeClassNames.docs.docBreadcrumbs, styles.breadcrumbsContainer)}
        aria-label={translate({
          id: 'theme.docs.breadcrumbs.navAriaLabel',
          message: 'Breadcrumbs',
          description: 'The ARIA label for the breadcrumbs',
        })}>
        <ul className="breadcrumbs">
          {homePageRoute && <HomeBreadcrumbItem />}
          {breadcrumbs.map((item, idx) => {
            const isLast = idx === breadcrumbs.length - 1;
            const href = item.type === 'category' && item.linkUnlisted ? undefined : item.href;
            return (
              <BreadcrumbsItem key={idx} active={isLast}>
                <BreadcrumbsItemLink href={href} isLast={isLast} lang={labelLanguageOf(item)}>
                  {item.label}
                </BreadcrumbsItemLink>
              </BreadcrumbsItem>
            );
          })}
        </ul>
      </nav>
    </>
  );
}
