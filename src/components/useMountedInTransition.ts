/**
 * For content that is hidden when a page opens, such as the closed mobile menu: false on the first
 * render, then true, set from an effect inside a transition. React renders a transition in slices
 * that yield to the browser between them, so drawing that content never becomes one long task
 * between the page's first paint and the reader's first tap (Lighthouse's total blocking time).
 * Content the reader asks for (the menu opened) should be shown at once, whatever this says.
 */
import { startTransition, useEffect, useState } from 'react';

export function useMountedInTransition(): boolean {
  const [mounted, setMounted] = useState(false);
  useEffect(() => {
    startTransition(() => setMounted(true));
  }, []);
  return mounted;
}
