/**
 * Browser, loaded on every page: the entry point of paragraph comments, kept to a few lines.
 *
 * Comments belong to pages with addressable blocks, so their code (pageComments.ts) loads only on
 * such a page, or when comments written offline wait to be sent (from any page, so they go out on
 * the next page load or when the connection returns, wherever the reader is). A click on a comment
 * control before that code has arrived is kept and handled when it has.
 */
import type { ClientModule } from '@docusaurus/types';
import type * as PageComments from './pageComments';
import ExecutionEnvironment from '@docusaurus/ExecutionEnvironment';
import { BLOCK, BLOCK_SELECTOR } from '../../shared/blocks';
import siteConfig from '@generated/docusaurus.config';
import i18n from '@generated/i18n';
import { defaultLocalePath, siteRootOf } from '../../shared/locales';

const SITE_ROOT = siteRootOf(siteConfig.baseUrl, i18n.currentLocale, i18n.defaultLocale);
import { hasQueuedComments } from './outboxStorage';

let pageComments: Promise<typeof PageComments> | null = null;

function load(): Promise<typeof PageComments> {
  pageComments ??= import('./pageComments').catch((error: unknown) => {
    pageComments = null;
    throw error;
  });
  return pageComments;
}

function sendQueuedComments(): void {
  // Loading the module starts its outbox, which sends what waits.
  if (hasQueuedComments()) void load();
}

if (ExecutionEnvironment.canUseDOM) {
  document.addEventListener('click', (event) => {
    const control = (event.target as Element | null)?.closest?.(
      `button.${BLOCK.commentButtonClassName}, button.${BLOCK.discussionButtonClassName}`,
    );
    if (control instanceof HTMLElement) void load().then((module) => module.activateControl(control));
  });
  window.addEventListener('online', sendQueuedComments);
  sendQueuedComments();
}

const clientModule: ClientModule = {
  onRouteDidUpdate({ location, previousLocation }) {
    if (previousLocation && previousLocation.pathname === location.pathname) {
      if (location.hash !== previousLocation.hash)
        void pageComments?.then((module) => module.followFragment(location.hash));
      return;
    }
    void pageComments?.then((module) => module.leavePage());
    if (document.querySelector(BLOCK_SELECTOR)) {
      // A translated page shares its English page's paragraph ids and comment threads, so the
      // comment service knows every language's page by its English path (/fr/docs/x → /docs/x).
      void load().then((module) =>
        module.enterPage(defaultLocalePath(location.pathname, siteConfig.baseUrl, SITE_ROOT), location.hash),
      );
    }
  },
};

/** Registered in docusaurus.config.ts `clientModules`. */
export default clientModule;
