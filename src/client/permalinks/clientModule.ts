/**
 * Browser: permalinks to paragraphs.
 * - Clicking a block's ¶ control copies the paragraph's full URL and says so to screen readers.
 * - Arriving at a `#paragraph` URL (first load or client-side navigation) highlights the block.
 *   On first load the stylesheet's `.fw-block:target` rule has already painted the highlight
 *   from the HTML alone, before any script (comments, search) loads; this adds it on client-side
 *   navigation, where `:target` does not follow history changes.
 * - No URL can crash a page: an undecodable fragment or path (`#100%`) is repaired before the
 *   router and Docusaurus' own scroll-to-anchor decode it, and highlights nothing.
 * Loaded on every page, so it stays tiny and does its work through one delegated listener.
 */
import type { ClientModule } from '@docusaurus/types';
import ExecutionEnvironment from '@docusaurus/ExecutionEnvironment';
import { BLOCK } from '../../shared/blocks';
import { fragmentId, repairPercentEncoding } from '../../shared/url';
import { announce } from '../announce';

const HIGHLIGHT_MS = 4000;

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

async function copyPermalink(link: HTMLAnchorElement): Promise<void> {
  const url = new URL(link.getAttribute('href') ?? '', window.location.href).toString();
  history.replaceState(history.state, '', url);
  highlight(new URL(url).hash);
  try {
    await navigator.clipboard.writeText(url);
    announce('Link to this paragraph copied.');
  } catch {
    // Clipboard access can be refused (permissions, insecure origin): the URL bar still has it.
    announce('Link to this paragraph is now in the address bar.');
  }
}

if (ExecutionEnvironment.canUseDOM) {
  document.addEventListener('click', (event) => {
    const link = (event.target as Element | null)?.closest?.(`a.${BLOCK.permalinkClassName}`);
    if (!(link instanceof HTMLAnchorElement) || event.metaKey || event.ctrlKey || event.shiftKey) return;
    event.preventDefault();
    void copyPermalink(link);
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
    highlight(location.hash);
  },
};

export default clientModule;
