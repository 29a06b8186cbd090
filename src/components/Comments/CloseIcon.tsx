/**
 * The close control's icon: an inline SVG drawn like every other control's (src/shared/blocks.ts),
 * not a font glyph, so it shows on systems without the font and takes the control's colour. The
 * button carries the accessible name.
 */
import React, { type ReactNode } from 'react';
import { BLOCK_ICONS, ICON_SVG_PROPERTIES } from '@site/src/shared/blockLabels';

export default function CloseIcon(): ReactNode {
  return (
    <svg {...ICON_SVG_PROPERTIES}>
      {BLOCK_ICONS.close.map((d) => (
        <path key={d} d={d} />
      ))}
    </svg>
  );
}
