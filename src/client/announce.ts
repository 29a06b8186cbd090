/**
 * Browser: one polite live region for short status messages ("Link copied", result counts), so
 * screen-reader users hear what sighted users see.
 */
const REGION_ID = 'fw-live-region';

export function announce(message: string): void {
  let region = document.getElementById(REGION_ID);
  if (!region) {
    region = document.createElement('div');
    region.id = REGION_ID;
    region.className = 'sr-only';
    region.setAttribute('role', 'status');
    region.setAttribute('aria-live', 'polite');
    document.body.append(region);
  }
  // Clearing first makes a repeated message be announced again.
  region.textContent = '';
  const target = region;
  window.requestAnimationFrame(() => {
    target.textContent = message;
  });
}
