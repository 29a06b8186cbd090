/** A link to a Framework page by doc id, titled from the page's slice of the content graph. */
import React, { type ReactNode } from 'react';
import Link from '@docusaurus/Link';
import { usePageGraph } from '@site/src/components/PageGraph';

export default function PageLink({ docId }: { docId: string }): ReactNode {
  const target = usePageGraph()?.links[docId];
  if (!target) return <span>{docId}</span>;
  return <Link to={target.permalink}>{target.title}</Link>;
}
