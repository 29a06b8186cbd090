/** The end of every Framework page: its sources, related pages and the pages that refer to it. */
import React, { type ReactNode } from 'react';
import Heading from '@theme/Heading';
import Translate from '@docusaurus/Translate';
import SourceList from '@site/src/components/SourceList';
import PageLink from '@site/src/components/PageLink';
import type { GraphPage } from '@site/src/shared/contentGraph';
import { BLOCK } from '@site/src/shared/blocks';

function PageList({ ids }: { ids: readonly string[] }): ReactNode {
  return (
    <ul>
      {ids.map((id) => (
        <li key={id}>
          <PageLink docId={id} />
        </li>
      ))}
    </ul>
  );
}

export default function PageReferences({ page }: { page: GraphPage }): ReactNode {
  return (
    <section className={`fw-page-references ${BLOCK.metaClassName}`} aria-labelledby="page-sources">
      <Heading as="h2" id="page-sources">
        <Translate id="fw.references.sources">Sources</Translate>
      </Heading>
      <SourceList ids={page.sources} />
      {page.related.length > 0 && (
        <>
          <Heading as="h2" id="page-related">
            <Translate id="fw.references.related">Related pages</Translate>
          </Heading>
          <PageList ids={page.related} />
        </>
      )}
      {page.referencedFrom.length > 0 && (
        <>
          <Heading as="h2" id="page-referenced-from">
            <Translate id="fw.references.referencedFrom">Referenced from</Translate>
          </Heading>
          <PageList ids={page.referencedFrom} />
        </>
      )}
    </section>
  );
}
