/** The provenance banner at the top of every Framework page. */
import React, { type ReactNode } from 'react';
import Link from '@docusaurus/Link';
import { PROVENANCE_LABELS } from '@site/src/shared/blocks';
import type { Provenance } from '@site/src/shared/paragraphId';

export default function PageProvenance({ provenance }: { provenance: Provenance }): ReactNode {
  const { label, explanation } = PROVENANCE_LABELS[provenance];
  return (
    <aside className={`fw-page-provenance fw-page-provenance--${provenance}`} aria-label="Provenance of this page">
      <strong>{label}.</strong> {explanation}{' '}
      <Link to="/docs/background/sources#how-to-read-the-labels">How to read these labels</Link>
    </aside>
  );
}
