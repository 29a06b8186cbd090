/**
 * Browser, loaded on every page: Docusaurus's viewport prefetching, moved to idle time
 * (idlePrefetch.ts says why). Docusaurus sets `window.docusaurus` after the client modules are
 * evaluated and before the first render; the first `onRouteDidUpdate` runs in the commit of the
 * first render, before any link's IntersectionObserver has reported, so it is where the client is
 * replaced, once.
 */
import type { ClientModule } from '@docusaurus/types';
import { idlePrefetch } from './idlePrefetch';

let installed = false;

const clientModule: ClientModule = {
  onRouteDidUpdate() {
    if (installed) return;
    installed = true;
    window.docusaurus = idlePrefetch(window.docusaurus);
  },
};

export default clientModule;
