/**
 * Browser, loaded on every page: the entry point of paragraph comments, kept to a few lines.
 *
 * Comments belong to pages with addressable blocks, but their code (pageComments.ts) loads only
 * where it is used, so a reader who only reads does not download it (first-load budget, issue 13):
 * - when the page has comments (its one request for comments, sent from here, says so: the counts
 *   and highlights are then drawn), or the reader has comments of their own on it;
 * - when the address names a comment or the discussion (`#comment-<id>`, `#discussion`);
 * - when the reader activates a comment control (the click is kept and handled once the code has
 *   arrived, and once the page is known: a click made before this module ran is kept by a head
 *   script, src/shared/earlyCommentClick.ts) or selects a passage in a block (for the "Comment on
 *   this passage" button);
 * - when comments written offline wait to be sent (from any page, so they go out on the next page
 *   load or when the connection returns, wherever the reader is).
 */
import type { ClientModule } from '@docusaurus/types';
import type * as PageComments from './pageComments';
import type { PageAnnotationsResponse, PublicAnnotation } from '../../shared/annotations';
import ExecutionEnvironment from '@docusaurus/ExecutionEnvironment';
import { BLOCK, BLOCK_SELECTOR } from '../../shared/blocks';
import {
  COMMENT_CONTROL_SELECTOR,
  EARLY_COMMENT_CLICK_GLOBAL,
  type EarlyCommentClick,
} from '../../shared/earlyCommentClick';
import siteConfig from '@generated/docusaurus.config';
import i18n from '@generated/i18n';
import { defaultLocalePath, siteRootOf } from '../../shared/locales';
import { commentButtonOf } from './commentButton';
import { commentsLoadFailed } from './loadFailed';
import { hasQueuedComments } from './outboxStorage';
import { ownCommentsOn } from './ownComments';

const SITE_ROOT = siteRootOf(siteConfig.baseUrl, i18n.currentLocale, i18n.defaultLocale);

let pageComments: Promise<typeof PageComments> | null = null;

/** A page with blocks the reader is on: its path, the fragment they arrived with, its comments once known. */
interface Visit {
  page: string;
  hash: string;
  annotations?: PublicAnnotation[];
}

let current: Visit | null = null;

/** A comment control clicked before the page was known (before the first route update): used then. */
let pending: HTMLElement | null = null;

function load(): Promise<typeof PageComments> {
  pageComments ??= import('./pageComments').catch((error: unknown) => {
    pageComments = null;
    throw error;
  });
  return pageComments;
}

/** Loads the comment code and enters the current page with it (once per page). */
function enter(): Promise<typeof PageComments> {
  return load().then((module) => {
    if (current) module.enterPage(current.page, current.hash, current.annotations);
    return module;
  });
}

const COMMENT_FRAGMENT = /^#(comment-|discussion$)/;

/** The page's approved comments, or null when they cannot be had (offline, service down). */
async function fetchAnnotations(page: string): Promise<PublicAnnotation[] | null> {
  try {
    const response = await fetch(`/api/annotations?page=${encodeURIComponent(page)}`, {
      headers: { Accept: 'application/json' },
    });
    if (!response.ok) return null;
    const body = (await response.json()) as Partial<PageAnnotationsResponse> | null;
    return Array.isArray(body?.annotations) ? body.annotations : [];
  } catch {
    return null;
  }
}

function sendQueuedComments(): void {
  // Loading the module starts its outbox, which sends what waits.
  if (hasQueuedComments()) void load();
}

/** A selection inside one of the page's blocks: the passage button needs the comment code. */
function selectionInBlock(): boolean {
  const selection = document.getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return false;
  const start = selection.getRangeAt(0).startContainer;
  return Boolean((start instanceof Element ? start : start.parentElement)?.closest(BLOCK_SELECTOR));
}

/** Opens what a comment control offers; kept for later while the page is not known yet. */
function activate(control: HTMLElement): void {
  if (!current) {
    pending = control;
    // On its way meanwhile; a failure is told when the control is used (below).
    load().catch(() => undefined);
    return;
  }
  // The reader asked for comments: if their code cannot come, they are told, not left waiting.
  enter().then(
    (module) => module.activateControl(control),
    () => commentsLoadFailed(control),
  );
}

/**
 * The control as the page now has it: hydration keeps the server's elements, but one it had to
 * draw anew (a mismatch) is found again by what it is for.
 */
function onPage(control: HTMLElement): HTMLElement | null {
  if (control.isConnected) return control;
  const id = control.getAttribute(BLOCK.idAttribute);
  return id ? commentButtonOf(id) : document.querySelector<HTMLElement>(`button.${BLOCK.discussionButtonClassName}`);
}

if (ExecutionEnvironment.canUseDOM) {
  const early = (window as unknown as Record<string, EarlyCommentClick | undefined>)[EARLY_COMMENT_CLICK_GLOBAL];
  early?.stop();
  if (early?.control instanceof HTMLElement) activate(early.control);
  document.addEventListener('click', (event) => {
    const control = (event.target as Element | null)?.closest?.(COMMENT_CONTROL_SELECTOR);
    if (control instanceof HTMLElement) activate(control);
  });
  document.addEventListener('selectionchange', () => {
    // Once loaded, the module watches the selection itself (passageButton.ts).
    if (!pageComments && current && selectionInBlock()) void enter();
  });
  window.addEventListener('online', sendQueuedComments);
  sendQueuedComments();
}

const clientModule: ClientModule = {
  onRouteDidUpdate({ location, previousLocation }) {
    if (previousLocation && previousLocation.pathname === location.pathname) {
      if (location.hash === previousLocation.hash) return;
      if (current) current.hash = location.hash;
      if (pageComments || COMMENT_FRAGMENT.test(location.hash))
        void enter().then((module) => module.followFragment(location.hash));
      return;
    }
    void pageComments?.then((module) => module.leavePage());
    current = null;
    const clicked = pending;
    pending = null;
    if (!document.querySelector(BLOCK_SELECTOR)) return;
    // A translated page shares its English page's paragraph ids and comment threads, so the
    // comment service knows every language's page by its English path (/fr/docs/x → /docs/x).
    const entered: Visit = {
      page: defaultLocalePath(location.pathname, siteConfig.baseUrl, SITE_ROOT),
      hash: location.hash,
    };
    current = entered;
    const control = clicked && onPage(clicked);
    if (control) activate(control);
    // A passage selected before the page was known (before hydration, on a slow phone) raised its
    // selectionchange while nobody could act on it: it is acted on now.
    if (
      pageComments ||
      COMMENT_FRAGMENT.test(location.hash) ||
      ownCommentsOn(entered.page).length > 0 ||
      selectionInBlock()
    ) {
      void enter();
      return;
    }
    // The page's one request for comments; the code that draws them comes only if there are some.
    // An empty answer is kept too: if the reader then opens a comment panel, the comment code
    // starts from it instead of asking again.
    void fetchAnnotations(entered.page).then((annotations) => {
      if (current !== entered || annotations === null) return;
      entered.annotations = annotations;
      if (annotations.length > 0) void enter();
    });
  },
};

/** Registered in docusaurus.config.ts `clientModules`. */
export default clientModule;
