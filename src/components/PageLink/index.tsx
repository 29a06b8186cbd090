/**
 * A link to a Framework page by doc id, titled from the page's slice of the content graph. On a
 * translated site, a page not yet translated has an English title: the link carries its `lang`
 * (WCAG 2.2 SC 3.1.2; src/plugins/docs records it).
 */
import React, { type ReactNode } from 'react';
import Link from '@docusaurus/Link';
import { usePageGraph } from '@site/src/components/PageGraph';

export default function PageLink({ docId }: { docId: string }): ReactNode {
  const target = usePageGraph()?.links[docId];
  if (!target) return <span>{docId}</span>;
  return (
    <Link to={target.permalink} lang={target.lang}>
      {target.title}
    </Link>
  );
}
