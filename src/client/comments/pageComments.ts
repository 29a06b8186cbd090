/**
 * Browser: paragraph comments on a page that has addressable blocks, loaded by clientModule.ts
 * only where they are used there (see its header), and when comments written offline wait to be
 * sent, so the home page, the blog, /search and a page nobody has commented on never download it.
 *
 * On entering a page it has the page's comments (the entry point's request, or its own). Only if there are comments (or
 * the reader has comments of their own here) does it load the comment UI chunk
 * (`src/components/Comments`, React) to fill the counts, highlight passages and list comments on
 * earlier wording. Otherwise the UI loads when the reader activates a comment button, the "Comment
 * on this passage" button or the page's "All discussion" button, or arrives through a comment
 * permalink (`#comment-<id>`: the panel opens on that comment) or `#discussion`.
 */
import type * as Mount from '../../components/Comments/mount';
import { translate } from '@docusaurus/Translate';
import '../codeTranslations/comments';
import { BLOCK } from '../../shared/blocks';
import { fragmentText } from '../permalinks/missingTarget';
import { announce } from '../announce';
import { commentsLoadFailed } from './loadFailed';
import { queuedComments, startOutbox } from './outbox';
import { ownCommentsOn } from './ownComments';
import { loadPageAnnotations, primePageAnnotations } from './pageAnnotations';
import type { PublicAnnotation } from '../../shared/annotations';
import { hidePassageButton, watchSelection } from './passageButton';

type CommentsUi = typeof Mount;

let ui: Promise<CommentsUi> | null = null;
let currentPage: string | null = null;

/**
 * Runs `use` with the comment UI once it is loaded. A failure to load it is said, and shown at the
 * control the reader used if there is one, and ends here, not as an unhandled rejection.
 */
function withUi(use: (module: CommentsUi) => unknown, control?: HTMLElement | null): void {
  loadUi().then(use, () => commentsLoadFailed(control ?? undefined));
}

function loadUi(): Promise<CommentsUi> {
  ui ??= import('../../components/Comments/mount').catch((error: unknown) => {
    ui = null;
    throw error;
  });
  return ui;
}

function open(paragraphId: string, invoker: HTMLElement, range?: Range): void {
  if (!currentPage) return;
  const page = currentPage;
  withUi((module) => module.openPanel({ page, paragraphId, invoker, range }), invoker);
}

/** Opens what a `#comment-<id>` or `#discussion` fragment names; other fragments are not ours. */
export function followFragment(hash: string): void {
  if (!currentPage) return;
  const page = currentPage;
  const fragment = fragmentText(hash);
  const comment = /^comment-([A-Za-z0-9_-]{8,64})$/.exec(fragment);
  if (comment) withUi((module) => module.showComment(page, comment[1]!));
  else if (fragment === 'discussion') withUi((module) => module.showDiscussion(page, null));
}

/** A block's comment button or the page's "All discussion" button was activated. */
export function activateControl(control: HTMLElement): void {
  const paragraphId = control.getAttribute(BLOCK.idAttribute);
  if (control.classList.contains(BLOCK.commentButtonClassName) && paragraphId) open(paragraphId, control);
  else if (control.classList.contains(BLOCK.discussionButtonClassName) && currentPage) {
    const page = currentPage;
    withUi((module) => module.showDiscussion(page, control), control);
  }
}

/**
 * The reader arrived on a page with blocks (route path, and the address's fragment); once per
 * page visit, whatever loaded this module (clientModule.ts).
 *
 * @param annotations - the page's comments, when the entry point has already asked for them
 */
export function enterPage(page: string, hash: string, annotations?: PublicAnnotation[]): void {
  if (currentPage === page) return;
  currentPage = page;
  if (annotations) primePageAnnotations(page, annotations);
  void loadPageAnnotations(page).then((load) => {
    const hasComments = load.ok && load.annotations.length > 0;
    if (currentPage === page && (hasComments || ownCommentsOn(page).length > 0 || hasNotSent())) {
      withUi((module) => module.showPageComments(page));
    }
  });
  followFragment(hash);
}

/** The reader left the page: nothing of it stays open. */
export function leavePage(): void {
  hidePassageButton();
  currentPage = null;
  ui?.then(
    (module) => module.leavePage(),
    () => undefined,
  );
}

/** Whether comments the reader wrote offline were refused: every page with comments lists them (NotSent.tsx). */
const hasNotSent = () => queuedComments().some((item) => item.refused);

// Comments written offline go out now and when the connection returns (outbox.ts). A refused one
// stays, and is listed on its page with the reason.
startOutbox(({ sent, refused }) => {
  const said: string[] = [];
  if (sent.length > 0) {
    said.push(translate({ id: 'comments.outbox.sent', message: 'Your comments written offline have been sent.' }));
  }
  if (refused.length > 0) {
    said.push(
      translate({
        id: 'comments.outbox.refused',
        message:
          'A comment you wrote offline was not accepted. It is listed, with the reason, under "Comments not sent" at the top of the page.',
      }),
    );
  }
  announce(said.join(' '));
  // Sent comments join the page's comments as the reader's own, if the comment UI is showing any
  // (otherwise it asks for them, these included, when it loads).
  if (sent.length > 0)
    ui?.then(
      (module) => module.showSentFromOutbox(sent),
      () => undefined,
    );
  const page = currentPage;
  if (page && refused.length > 0) withUi((module) => module.showPageComments(page));
});
watchSelection((block, range, button) => {
  const paragraphId = block.getAttribute(BLOCK.idAttribute);
  if (paragraphId) open(paragraphId, button, range);
});
