/**
 * The page-change progress bar (src/client/progressBar/clientModule.ts): nprogress's bar, as
 * Docusaurus starts it on a slow page change, carries no invented ARIA role (axe's critical
 * `aria-roles`), is hidden from assistive technology, and is still the bar nprogress moves.
 */
import nprogress from 'nprogress';
import { afterEach, describe, expect, it } from 'vitest';
import '../../src/client/progressBar/clientModule';

afterEach(() => nprogress.remove());

describe('the page-change progress bar', () => {
  it('has no ARIA role, is hidden from assistive technology, and is still the bar nprogress moves', () => {
    nprogress.start();
    const root = document.getElementById('nprogress')!;
    expect(root.querySelectorAll('[role]')).toHaveLength(0);
    const bar = root.querySelector<HTMLElement>('.bar')!;
    expect(bar.getAttribute('aria-hidden')).toBe('true');
    // nprogress found the bar by the new selector: it placed it at the start of its run.
    expect(bar.style.transform).toBe('translate3d(-100%,0,0)');
  });
});
