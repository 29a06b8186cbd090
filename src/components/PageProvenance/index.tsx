/** The provenance banner at the top of every Framework page. */
import React, { type ReactNode } from 'react';
import Link from '@docusaurus/Link';
import Translate, { translate } from '@docusaurus/Translate';
import { PROVENANCE_LABELS } from '@site/src/shared/blockLabels';
import type { Provenance } from '@site/src/shared/paragraphId';

export default function PageProvenance({ provenance }: { provenance: Provenance }): ReactNode {
  // Labels come from one table shared with the build, which writes the same labels into static HTML.
  const { label, explanation } = PROVENANCE_LABELS[provenance];
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
