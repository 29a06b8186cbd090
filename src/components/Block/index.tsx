/**
 * An addressable block rendered by React (the glossary), with the same markup the remark plugin
 * writes for Markdown blocks: see src/shared/blocks.ts.
 */
import React, { type ReactNode } from 'react';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import { BLOCK } from '@site/src/shared/blocks';
import ControlIcon from './ControlIcon';
import { blockControlLabel, provenanceLabel } from './labels';
import type { Provenance } from '@site/src/shared/paragraphId';

interface Props {
  id: string;
  provenance?: Provenance;
  children: ReactNode;
}

export default function Block({ id, provenance, children }: Props): ReactNode {
  useBrokenLinks().collectAnchor(id);
  const attributes = { [BLOCK.idAttribute]: id, ...(provenance ? { [BLOCK.provenanceAttribute]: provenance } : {}) };
  return (
    <p id={id} className={BLOCK.className} {...attributes}>
      {provenance && (
        <span
          className={`${BLOCK.provenanceBadgeClassName} ${BLOCK.provenanceBadgeClassName}--${provenance}`}
          title={provenanceLabel(provenance).explanation}>
          {provenanceLabel(provenance).label}
        </span>
      )}
      {children}
      <span className={BLOCK.controlsClassName}>
        <button
          type="button"
          className={BLOCK.commentButtonClassName}
          {...{ [BLOCK.idAttribute]: id }}
          aria-label={blockControlLabel('comments')}
          title={blockControlLabel('comments')}>
          <ControlIcon name="comment" />
          <span className={BLOCK.commentCountClassName} />
        </button>
        <a
          className={BLOCK.permalinkClassName}
          href={`#${id}`}
          tabIndex={-1}
          aria-label={blockControlLabel('permalink')}
          title={blockControlLabel('permalink')}>
          <ControlIcon name="link" />
        </a>
      </span>
    </p>
  );
}
