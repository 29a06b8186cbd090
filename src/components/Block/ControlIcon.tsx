/**
 * A control icon, the same SVG the remark plugin writes (src/plugins/blockIds/decorateBlock.ts).
 * Its own module, so the page intro's icon does not bring the whole Block component with it.
 */
import React, { type ReactNode } from 'react';
import { BLOCK } from '@site/src/shared/blocks';
import { BLOCK_ICONS, ICON_SVG_PROPERTIES } from '@site/src/shared/blockLabels';

export default function ControlIcon({ name }: { name: keyof typeof BLOCK_ICONS }): ReactNode {
  return (
    <svg {...ICON_SVG_PROPERTIES} className={BLOCK.iconClassName}>
      {BLOCK_ICONS[name].map((d) => (
        <path key={d} d={d} />
      ))}
    </svg>
  );
}
