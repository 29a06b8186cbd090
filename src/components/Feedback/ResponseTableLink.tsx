/** The link from a Framework page to its public comment-response table. */
import React, { type ReactNode } from 'react';
import Link from '@docusaurus/Link';
import Translate from '@docusaurus/Translate';
import { BLOCK } from '@site/src/shared/blocks';

export default function ResponseTableLink({ permalink }: { permalink: string }): ReactNode {
  return (
    // Page furniture, not Framework text: no paragraph id, no controls.
    <p className={BLOCK.metaClassName}>
      <Link to={`/responses?page=${encodeURIComponent(permalink)}`}>
        <Translate id="feedback.responses.pageLink">Comment–response table for this page</Translate>
      </Link>
    </p>
  );
}
