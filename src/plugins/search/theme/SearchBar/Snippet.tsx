/** A result's text with its matched terms in `<mark>`: text nodes only, never HTML from the index. */
import React, { type ReactNode } from 'react';
import type { Segment } from '@site/src/shared/search/snippet';

export default function Snippet({
  segments,
  className,
}: {
  segments: readonly Segment[];
  className?: string;
}): ReactNode {
  return (
    <span className={className}>
      {segments.map((segment, index) =>
        segment.mark ? (
          <mark key={index}>{segment.text}</mark>
        ) : (
          <React.Fragment key={index}>{segment.text}</React.Fragment>
        ),
      )}
    </span>
  );
}
