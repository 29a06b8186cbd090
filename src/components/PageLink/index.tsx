/** A link to a Framework page by doc id, titled from the content graph. */
import React, { type ReactNode } from 'react';
import Link from '@docusaurus/Link';
import { useGraphPage } from '@site/src/components/useContentGraph';

export default function PageLink({ docId }: { docId: string }): ReactNode {
  const page = useGraphPage(docId);
  if (!page) return <span>{docId}</span>;
  return <Link to={page.permalink}>{page.title}</Link>;
}
