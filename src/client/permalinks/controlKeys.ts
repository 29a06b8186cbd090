/**
 * Browser: keyboard use of a block's controls. Each block is one Tab stop (its comment button);
 * the Left and Right arrow keys move between the controls of that block (a roving group), so a
 * keyboard user can still reach every permalink without Tabbing through two stops per paragraph.
 */
import { BLOCK } from '../../shared/blocks';

/** Handles ArrowLeft/ArrowRight inside a block's controls; returns true when it moved focus. */
export function moveWithinControls(event: KeyboardEvent): boolean {
  if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return false;
  if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return false;
  const current = event.target as HTMLElement | null;
  const group = current?.parentElement;
  if (!current || !group?.classList.contains(BLOCK.controlsClassName)) return false;
  const controls = [...group.children].filter(
    (child): child is HTMLElement => child instanceof HTMLElement && child.matches('a, button'),
  );
  const index = controls.indexOf(current);
  if (index === -1 || controls.length < 2) return false;
  const step = event.key === 'ArrowRight' ? 1 : -1;
  controls[(index + step + controls.length) % controls.length]!.focus();
  event.preventDefault();
  return true;
}
