/**
 * Browser: permalinks to paragraphs.
 * - Clicking a block's link control copies the paragraph's full URL and says so, visibly next to
 *   the control and to screen readers.
 * - Arriving at a `#paragraph` URL (first load or client-side navigation) highlights the block, or
 *   says that no such paragraph is here and offers a search (missingTarget.ts, loaded only then).
 *   On first load the stylesheet's `.fw-block:target` rule has already painted the highlight
 *   from the HTML alone, before any script (comments, search) loads; this adds it on client-side
 *   navigation, where `:target` does not follow history changes.
 * - No URL can crash a page: an undecodable fragment or path (`#100%`) is repaired before the
 *   router and Docusaurus' own scroll-to-anchor decode it, and highlights nothing.
 * - Left/Right arrows move between a block's controls (controlKeys.ts).
 * Loaded on every page, so it stays tiny and does its work through delegated listeners.
 */
import type { ClientModule } from '@docusaurus/types';
import ExecutionEnvironment from '@docusaurus/ExecutionEnvironment';
import { BLOCK } from '../../shared/blocks';
import { translate } from '@docusaurus/Translate';
import { fragmentId, repairPercentEncoding } from '../../shared/url';
import { announce } from '../announce';
import { showControlTip } from '../controlTip';
import { moveWithinControls } from './controlKeys';
import type * as MissingTarget from './missingTarget';

const HIGHLIGHT_MS = 4000;

let missingTarget: Promise<typeof MissingTarget> | null = null;
/** Counts route updates, so a notice's code arriving late does not act on a page already left. */
let routeVisits = 0;

function loadMissingTarget(): Promise<typeof MissingTarget> {
  missingTarget ??= import('./missingTarget').catch((error: unknown) => {
    missingTarget = null;
    throw error;
  });
  return missingTarget;
}

function highlight(hash: string): void {
  const id = fragmentId(hash);
  if (!id) return;
  const target = document.getElementById(id);
  if (!target?.classList.contains(BLOCK.className)) return;
  for (const previous of document.querySelectorAll(`.${BLOCK.targetClassName}`)) {
    previous.classList.remove(BLOCK.targetClassName);
  }
  target.classList.add(BLOCK.targetClassName);
  window.setTimeout(() => target.classList.remove(BLOCK.targetClassName), HIGHLIGHT_MS);
}

/** How long "Link copied" stays above the control (ms). */
const COPIED_MS = 2500;

async function copyPermalink(link: HTMLAnchorElement): Promise<void> {
  const url = new URL(link.getAttribute('href') ?? '', window.location.href).toString();
  history.replaceState(history.state, '', url);
  highlight(new URL(url).hash);
  let message: string;
  try {
    await navigator.clipboard.writeText(url);
    message = translate({ id: 'permalinks.copied', message: 'Link copied' });
  } catch {
    // Clipboard access can be refused (permissions, insecure origin): the URL bar still has it.
    message = translate({ id: 'permalinks.inAddressBar', message: 'Link is in the address bar' });
  }
  showControlTip(link, message, COPIED_MS);
  announce(message);
}

if (ExecutionEnvironment.canUseDOM) {
  document.addEventListener('click', (event) => {
    const link = (event.target as Element | null)?.closest?.(`a.${BLOCK.permalinkClassName}`);
    if (!(link instanceof HTMLAnchorElement) || event.metaKey || event.ctrlKey || event.shiftKey) return;
    event.preventDefault();
    void copyPermalink(link);
  });
  document.addEventListener('keydown', (event) => {
    moveWithinControls(event);
  });
}

const clientModule: ClientModule = {
  onRouteUpdate({ location }) {
    // Runs before the new route renders: the location object is the one Docusaurus then decodes
    // (route preloading and scroll-to-anchor), so repairing it here keeps both from throwing.
    const target = location as { pathname: string; hash: string };
    target.pathname = repairPercentEncoding(target.pathname);
    target.hash = repairPercentEncoding(target.hash);
  },
  onRouteDidUpdate({ location }) {
    const visit = (routeVisits += 1);
    void missingTarget?.then((module) => module.clearMissingTarget());
    if (!location.hash) return;
    highlight(location.hash);
    // The notice's code comes only for a fragment that names nothing here (a mistyped or old
    // link, or a comment's, which the notice leaves to the comment UI).
    const id = fragmentId(location.hash) ?? location.hash.slice(1);
    if (id && !document.getElementById(id)) {
      const hash = location.hash;
      void loadMissingTarget().then((module) => {
        if (visit === routeVisits) module.checkTarget(hash);
      });
    }
  },
};

export default clientModule;
