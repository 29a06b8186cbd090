/**
 * A sentence from errorMessage.ts, inside its `lang` when that is not the page's (the service's
 * English on a translated page), so that assistive technology reads it in its own language.
 */
import React, { type ReactNode } from 'react';
import type { ShownText } from './errorMessage';

export default function ShownMessage({ shown }: { shown: ShownText }): ReactNode {
  return shown.lang ? <span lang={shown.lang}>{shown.text}</span> : shown.text;
}

/** Several sentences, one after another, each in its own language. */
export function ShownMessages({ shown }: { shown: readonly ShownText[] }): ReactNode {
  return shown.map((part, index) => (
    <React.Fragment key={index}>
      {index > 0 && ' '}
      <ShownMessage shown={part} />
    </React.Fragment>
  ));
}
