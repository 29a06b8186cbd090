/** The provenance banner at the top of every Framework page. */
import React, { type ReactNode } from 'react';
import Link from '@docusaurus/Link';
import Translate, { translate } from '@docusaurus/Translate';
import { provenanceLabel } from '@site/src/components/Block/labels';
import type { Provenance } from '@site/src/shared/paragraphId';

export default function PageProvenance({ provenance }: { provenance: Provenance }): ReactNode {
  // The same translation ids as the labels the build writes into static HTML.
  const { label, explanation } = provenanceLabel(provenance);
  return (
    <aside
      className={`fw-page-provenance fw-page-provenance--${provenance}`}
      aria-label={translate({ id: 'fw.provenance.region', message: 'Provenance of this page' })}>
      <strong>{label}.</strong> {explanation}{' '}
      <Link to="/docs/background/how-to-read-our-labels">
        <Translate id="fw.provenance.howToRead">How to read these labels</Translate>
      </Link>
    </aside>
  );
}
