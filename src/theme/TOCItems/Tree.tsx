/**
 * The table of contents' list (ejected from the classic theme, otherwise unchanged). Its entries
 * are the page's headings: on a page the locale has not translated they are English, so the root
 * list carries `lang` from src/components/TextLanguage (WCAG 2.2 SC 3.1.2). On the list, not on
 * an element around it: the mobile TOC styles its list as `.tocCollapsibleContent > ul`. The
 * "On this page" label around the list stays in the site's language.
 */
import React, { type ReactNode } from 'react';
import Link from '@docusaurus/Link';
import type { Props } from '@theme/TOCItems/Tree';
import { useTextLanguage } from '@site/src/components/TextLanguage';

// Recursive component rendering the toc tree
function TOCItemTree({ toc, className, linkClassName, isChild }: Props): ReactNode {
  const lang = useTextLanguage();
  if (!toc.length) {
    return null;
  }
  return (
    <ul className={isChild ? undefined : className} lang={isChild ? undefined : lang}>
      {toc.map((heading) => (
        <li key={heading.id}>
          <Link
            to={`#${heading.id}`}
            className={linkClassName ?? undefined}
            // Developer provided the HTML, so assume it's safe.
            dangerouslySetInnerHTML={{ __html: heading.value }}
          />
          <TOCItemTree isChild toc={heading.children} className={className} linkClassName={linkClassName} />
        </li>
      ))}
    </ul>
  );
}

// Memo only the tree root is enough
export default React.memo(TOCItemTree);
