/**
 * Browser: shows a glossary term's definition when a reader hovers or keyboard-focuses a link to
 * it. The definition was written into the link at build time (src/plugins/glossaryLinks), so this
 * needs no request and no data; on another locale's site it starts with the term's name in that
 * language and its English name, on a line of their own (the tooltip keeps line breaks). One tooltip element is reused; Escape dismisses it (WCAG 1.4.13),
 * and so does every route change (the link it described may be gone, e.g. after following it).
 */
import type { ClientModule } from '@docusaurus/types';
import ExecutionEnvironment from '@docusaurus/ExecutionEnvironment';

const TOOLTIP_ID = 'fw-term-tooltip';
const TERM_SELECTOR = 'a.fw-term[data-definition]';

let current: HTMLAnchorElement | null = null;

function tooltip(): HTMLElement {
  let element = document.getElementById(TOOLTIP_ID);
  if (!element) {
    element = document.createElement('div');
    element.id = TOOLTIP_ID;
    element.className = 'fw-term-tooltip';
    element.setAttribute('role', 'tooltip');
    element.hidden = true;
    // Hovering the tooltip itself keeps it open, so it can be read and selected.
    element.addEventListener('mouseleave', hide);
    document.body.append(element);
  }
  return element;
}

function show(link: HTMLAnchorElement): void {
  const element = tooltip();
  current = link;
  element.textContent = link.dataset.definition ?? '';
  element.hidden = false;
  const box = link.getBoundingClientRect();
  const left = Math.max(
    8,
    Math.min(box.left + window.scrollX, window.scrollX + document.documentElement.clientWidth - 328),
  );
  element.style.left = `${left}px`;
  element.style.top = `${box.bottom + window.scrollY + 6}px`;
  link.setAttribute('aria-describedby', TOOLTIP_ID);
}

function hide(): void {
  const element = document.getElementById(TOOLTIP_ID);
  if (element) element.hidden = true;
  current?.removeAttribute('aria-describedby');
  current = null;
}

function termLink(target: EventTarget | null): HTMLAnchorElement | null {
  const link = (target as Element | null)?.closest?.(TERM_SELECTOR);
  return link instanceof HTMLAnchorElement ? link : null;
}

if (ExecutionEnvironment.canUseDOM) {
  document.addEventListener('mouseover', (event) => {
    const link = termLink(event.target);
    if (link && link !== current) show(link);
  });
  document.addEventListener('mouseout', (event) => {
    const leaving = termLink(event.target);
    const entering = (event.relatedTarget as Element | null)?.closest?.(`#${TOOLTIP_ID}`);
    if (leaving && !entering) hide();
  });
  document.addEventListener('focusin', (event) => {
    const link = termLink(event.target);
    if (link) show(link);
    else hide();
  });
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && current) hide();
  });
}

const clientModule: ClientModule = {
  onRouteUpdate() {
    hide();
  },
};

export default clientModule;
