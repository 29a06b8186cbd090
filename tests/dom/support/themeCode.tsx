/** Stand-ins for the classic theme's code components (DOM tests do not load the theme). */
import React, { type ComponentProps, type ReactNode } from 'react';

export default function ThemeCodeComponent(props: ComponentProps<'code'>): ReactNode {
  return <code data-stand-in="theme" {...props} />;
}
