/**
 * Browser: a short message shown just above a paragraph's control ("Link copied", "Comments could
 * not be loaded…"), for the readers who see it; screen readers hear the same through announce(),
 * so the tip itself is hidden from them. One at a time: a new tip replaces the one before.
 */
const TIP_CLASS = 'fw-control-tip';

/**
 * @param control the button or link the reader used; the tip is placed above it, in page coordinates
 * @param durationMs how long the tip stays, in milliseconds: long enough to read the message
 */
export function showControlTip(control: HTMLElement, message: string, durationMs: number): void {
  document.querySelector(`.${TIP_CLASS}`)?.remove();
  const tip = document.createElement('span');
  tip.className = TIP_CLASS;
  tip.setAttribute('aria-hidden', 'true');
  tip.textContent = message;
  document.body.append(tip);
  // Placed once it is in the page and has a size (one line or several): above the control,
  // starting a little left of it, never past the viewport's right edge (a control at the end of a
  // line on a phone).
  const box = control.getBoundingClientRect();
  const rightmost = document.documentElement.clientWidth - tip.offsetWidth - 4;
  tip.style.left = `${window.scrollX + Math.max(4, Math.min(box.left - 8, rightmost))}px`;
  tip.style.top = `${Math.max(4, window.scrollY + box.top - tip.offsetHeight - 6)}px`;
  window.setTimeout(() => tip.remove(), durationMs);
}
