/**
 * Browser, loaded on every page: the entry point of paragraph comments, kept deliberately tiny.
 *
 * On a page with addressable blocks it sends the page's one request for comments. Only if there
 * are comments (or the reader has comments of their own here) does it load the comment UI chunk
 * (`src/components/Comments`, React) to fill the counts, highlight passages and list comments on
 * earlier wording. Otherwise the chunk loads when the reader activates a comment button, the
 * "Comment on this passage" button or the page's "All discussion" button, or arrives through a
 * comment permalink (`#comment-<id>`: the panel opens on that comment) or `#discussion`.
 */
import type { ClientModule } from '@docusaurus/types';
import type * as Mount from '../../components/Comments/mount';
import ExecutionEnvironment from '@docusaurus/ExecutionEnvironment';
import { translate } from '@docusaurus/Translate';
import { BLOCK, BLOCK_SELECTOR } from '../../shared/blocks';
import { fragmentText } from '../permalinks/missingTarget';
import { announce } from '../announce';
import { startOutbox } from './outbox';
import { ownCommentsOn } from './ownComments';
import { loadPageAnnotations } from './pageAnnotations';
import { hidePassageButton, watchSelection } from './passageButton';

type CommentsUi = typeof Mount;

let ui: Promise<CommentsUi> | null = null;
let currentPage: string | null = null;

function loadUi(): Promise<CommentsUi> {
  ui ??= import('../../components/Comments/mount').catch((error: unknown) => {
    ui = null;
    announce(
      translate({
        id: 'comments.loadFailed',
        message: 'Comments could not be loaded. Check your connection and try again.',
      }),
    );
    throw error;
  });
  return ui;
}

function open(paragraphId: string, invoker: HTMLElement, range?: Range): void {
  if (!currentPage) return;
  const page = currentPage;
  void loadUi().then((module) => module.openPanel({ page, paragraphId, invoker, range }));
}

/** Opens what a `#comment-<id>` or `#discussion` fragment names; other fragments are not ours. */
function followFragment(hash: string): void {
  if (!currentPage) return;
  const page = currentPage;
  const fragment = fragmentText(hash);
  const comment = /^comment-([A-Za-z0-9_-]{8,64})$/.exec(fragment);
  if (comment) void loadUi().then((module) => module.showComment(page, comment[1]!));
  else if (fragment === 'discussion') void loadUi().then((module) => module.showDiscussion(page, null));
}

function enterPage(page: string): void {
  currentPage = page;
  void loadPageAnnotations(page).then((load) => {
    const hasComments = load.ok && load.annotations.length > 0;
    if (currentPage === page && (hasComments || ownCommentsOn(page).length > 0)) {
      void loadUi().then((module) => module.showPageComments(page));
    }
  });
}

if (ExecutionEnvironment.canUseDOM) {
  document.addEventListener('click', (event) => {
    const button = (event.target as Element | null)?.closest?.(`button.${BLOCK.commentButtonClassName}`);
    const paragraphId = button?.getAttribute(BLOCK.idAttribute);
    if (button instanceof HTMLElement && paragraphId) open(paragraphId, button);
    const all = (event.target as Element | null)?.closest?.(`button.${BLOCK.discussionButtonClassName}`);
    if (all instanceof HTMLElement && currentPage) {
      const page = currentPage;
      void loadUi().then((module) => module.showDiscussion(page, all));
    }
  });
  // Comments written offline go out when the connection returns (outbox.ts).
  startOutbox(() =>
    announce(translate({ id: 'comments.outbox.sent', message: 'Your comments written offline have been sent.' })),
  );
  watchSelection((block, range, button) => {
    const paragraphId = block.getAttribute(BLOCK.idAttribute);
    if (paragraphId) open(paragraphId, button, range);
  });
}

const clientModule: ClientModule = {
  onRouteDidUpdate({ location, previousLocation }) {
    if (previousLocation && previousLocation.pathname === location.pathname) {
      if (location.hash !== previousLocation.hash) followFragment(location.hash);
      return;
    }
    hidePassageButton();
    currentPage = null;
    void ui?.then((module) => module.leavePage());
    if (document.querySelector(BLOCK_SELECTOR)) {
      enterPage(location.pathname);
      followFragment(location.hash);
    }
  },
};

/** Registered in docusaurus.config.ts `clientModules`. */
export default clientModule;
