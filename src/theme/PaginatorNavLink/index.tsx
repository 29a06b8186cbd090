/**
 * A previous/next link (ejected from the classic theme, otherwise unchanged): the target's title
 * carries `lang` when the link names it (WCAG 2.2 SC 3.1.2). On a translated site the docs plugin
 * sets `lang: 'en'` on a doc's `previous`/`next` when the page they lead to is not translated
 * (src/plugins/docs), and the classic DocPaginator spreads the link's fields into these props.
 * Only the title: the "Previous"/"Next" label above it is in the site's language. No `dir`: the
 * bidi algorithm already lays out the Latin title, and the label keeps the page's alignment.
 */
import React, { type ReactNode } from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import type { Props as ThemeProps } from '@theme/PaginatorNavLink';

type Props = ThemeProps & { readonly lang?: string };

export default function PaginatorNavLink({ permalink, title, subLabel, isNext, lang }: Props): ReactNode {
  return (
    <Link
      className={clsx('pagination-nav__link', isNext ? 'pagination-nav__link--next' : 'pagination-nav__link--prev')}
      to={permalink}>
      {subLabel && <div className="pagination-nav__sublabel">{subLabel}</div>}
      <div className="pagination-nav__label" lang={lang}>
        {title}
      </div>
    </Link>
  );
}
