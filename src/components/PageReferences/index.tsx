/**
 * The end of every Framework page: its sources, then one list of related pages. The list merges
 * the page's own `related` links with the pages that link here (the content graph's `seeAlso`),
 * so a reader never sees the same page offered twice under two headings.
 */
import React, { type ReactNode } from 'react';
import Heading from '@theme/Heading';
import Translate from '@docusaurus/Translate';
import SourceList from '@site/src/components/SourceList';
import PageLink from '@site/src/components/PageLink';
import type { GraphPage } from '@site/src/shared/contentGraph';
import { BLOCK } from '@site/src/shared/blocks';

export default function PageReferences({ page }: { page: GraphPage }): ReactNode {
  return (
    <section className={`fw-page-references ${BLOCK.metaClassName}`} aria-labelledby="page-sources">
      <Heading as="h2" id="page-sources">
        <Translate id="fw.references.sources">Sources</Translate>
      </Heading>
      <SourceList ids={page.sources} />
      {page.seeAlso.length > 0 && (
        <>
          <Heading as="h2" id="page-related">
            <Translate id="fw.references.related">Related pages</Translate>
          </Heading>
          <ul>
            {page.seeAlso.map((id) => (
              <li key={id}>
                <PageLink docId={id} />
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
