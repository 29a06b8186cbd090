/**
 * The comment UI's state for the current page, outside React so the client module, the panel and
 * the "earlier wording" section share one copy: the page's comments placed on its paragraphs,
 * which of them are the reader's own, and which panel is open. React subscribes with
 * `useSyncExternalStore`.
 */
import { LIMITS } from '../../shared/annotationFields';
import type { CreatedAnnotationResponse, PublicAnnotation } from '../../shared/annotations';
import { BLOCK, BLOCK_SELECTOR } from '../../shared/blocks';
import { localeOfHtmlLang } from '../../shared/locales';
import { request, type ApiError } from './api';
import { readBlockText, type BlockText } from './anchoring/blockText';
import type { PassageSelectors } from './anchoring/describe';
import { countByParagraph, placeThreads, type PlacedThread } from './anchoring/placement';
import { forgetOwnComment, ownCommentsOn, rememberOwnComment } from './ownComments';
import { loadPageAnnotations } from './pageAnnotations';
import type { HighlightedPassage } from './highlightClicks';
import { fillCounts, highlightRanges } from './pageDecorations';

/** The open comment panel: which paragraph (or passage) and who opened it. */
export interface PanelState {
  paragraphId: string;
  /** Set when the reader comments on a selected passage. */
  passage: PassageSelectors | null;
  /** The selection was too long to quote; the comment is about the whole paragraph. */
  passageTooLong: boolean;
  /** The element focus returns to when the panel closes. */
  invoker: HTMLElement | null;
  /** A comment permalink (`#comment-<id>`) points at this comment: the panel shows and focuses it. */
  focusCommentId?: string;
}

/** Everything the comment UI renders for the current page. */
export interface CommentsState {
  page: string | null;
  status: 'idle' | 'loading' | 'ready' | 'unavailable';
  error: ApiError | null;
  threads: PlacedThread[];
  /** Ids of the reader's own comments (any status). */
  own: ReadonlySet<string>;
  panel: PanelState | null;
  /** The page's whole published discussion is open (`#discussion`); holds the element focus returns to. */
  discussion: { invoker: HTMLElement | null; missingComment?: string } | null;
}

let state: CommentsState = {
  page: null,
  status: 'idle',
  error: null,
  threads: [],
  own: new Set(),
  panel: null,
  discussion: null,
};
let publicAnnotations: PublicAnnotation[] = [];
let highlighted: HighlightedPassage[] = [];
const ownAnnotations = new Map<string, PublicAnnotation>();
const listeners = new Set<() => void>();

function set(patch: Partial<CommentsState>): void {
  state = { ...state, ...patch };
  for (const listener of listeners) listener();
}

/** Read and subscribe, in the shape `useSyncExternalStore` expects. */
export const commentStore = {
  get: (): CommentsState => state,
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

/** The passages highlighted on the current page. */
export function highlightedPassages(): readonly HighlightedPassage[] {
  return highlighted;
}

/** The page's blocks, by paragraph id. */
export function pageBlocks(): Map<string, Element> {
  const blocks = new Map<string, Element>();
  for (const block of document.querySelectorAll(BLOCK_SELECTOR))
    blocks.set(block.getAttribute(BLOCK.idAttribute)!, block);
  return blocks;
}

/** Re-places every comment on the current DOM and refreshes counts and highlights. */
function recompute(): void {
  const blocks = pageBlocks();
  // Only the paragraphs that comments point at are read (a long page has hundreds of blocks).
  const texts = new Map<string, BlockText>();
  const textOf = (id: string): BlockText | undefined => {
    const block = blocks.get(id);
    if (block && !texts.has(id)) texts.set(id, readBlockText(block));
    return texts.get(id);
  };
  const merged = new Map(publicAnnotations.map((a) => [a.id, a]));
  for (const [id, annotation] of ownAnnotations) merged.set(id, annotation);
  const threads = placeThreads([...merged.values()], { get: (id) => textOf(id)?.text }, (id) => {
    // The text's own language: English on a page not yet translated, inside `<div lang="en">`.
    const lang = blocks.get(id)?.closest('[lang]')?.getAttribute('lang');
    return lang ? localeOfHtmlLang(lang) : undefined;
  });
  fillCounts(countByParagraph(threads));
  highlighted = [];
  for (const { placement } of threads) {
    if (placement.kind !== 'passage') continue;
    const range = texts.get(placement.paragraphId)?.toRange(placement.start, placement.end);
    if (range) highlighted.push({ range, paragraphId: placement.paragraphId });
  }
  highlightRanges(highlighted.map((passage) => passage.range));
  set({ threads, own: new Set(ownAnnotations.keys()) });
}

/** The reader's own comments on `page` in their current state (any status), as the service has them. */
async function loadOwn(page: string): Promise<PublicAnnotation[]> {
  // The service answers for at most LIMITS.ownLookup comments at once: the latest ones.
  const items = ownCommentsOn(page).slice(-LIMITS.ownLookup);
  if (!items.length) return [];
  try {
    const answer = await request<{ annotations?: PublicAnnotation[] } | PublicAnnotation[]>('/api/annotations/mine', {
      method: 'POST',
      json: { items: items.map(({ id, editToken }) => ({ id, editToken })) },
    });
    const list = Array.isArray(answer) ? answer : answer?.annotations;
    if (!Array.isArray(list)) return [];
    // The service no longer knows these (deleted by an editor): stop asking for them.
    for (const item of items) if (!list.some((a) => a.id === item.id)) forgetOwnComment(item.id);
    return list;
  } catch {
    // The public list still renders; own pending comments reappear on the next visit.
    return [];
  }
}

/**
 * Loads the page's comments and the reader's own. `quiet`: what is shown stays (no "loading", an
 * open form is not unmounted) until a successful answer replaces it; a failed one changes nothing.
 */
async function load(page: string, refresh: boolean, quiet = false): Promise<void> {
  if (!quiet) {
    publicAnnotations = [];
    ownAnnotations.clear();
    set({ page, status: 'loading', error: null, threads: [], own: new Set() });
  }
  const [answer, own] = await Promise.all([loadPageAnnotations(page, refresh), loadOwn(page)]);
  // The reader has gone to another page meanwhile: these answers are not about the page shown.
  if (state.page !== page || (quiet && !answer.ok)) return;
  ownAnnotations.clear();
  for (const annotation of own) ownAnnotations.set(annotation.id, annotation);
  if (answer.ok) publicAnnotations = answer.annotations;
  set({ status: answer.ok ? 'ready' : 'unavailable', error: answer.ok ? null : answer.error });
  recompute();
}

let loading: { page: string; done: Promise<void> } | null = null;

/**
 * Loads and places the comments of a page (once per page visit: the request is shared). Resolves
 * when they are placed, also for a caller that asks while another's load is under way.
 */
export function enterPage(page: string): Promise<void> {
  if (state.page === page && state.status !== 'idle' && loading?.page === page) return loading.done;
  loading = { page, done: load(page, false) };
  return loading.done;
}

/** Asks the service again after it could not be reached. */
export async function retryPage(): Promise<void> {
  if (state.page) await load(state.page, true);
}

/**
 * Asks the service again without hiding what is shown: the service answers again after it could
 * not be reached (the outbox has just sent a comment written offline).
 */
export async function refreshPage(): Promise<void> {
  if (state.page) await load(state.page, true, true);
}

/** Forgets the page (route change): clears highlights; the page's own markup is replaced by React. */
export function leavePage(): void {
  loading = null;
  highlighted = [];
  highlightRanges([]);
  publicAnnotations = [];
  ownAnnotations.clear();
  set({ page: null, status: 'idle', error: null, threads: [], own: new Set(), panel: null, discussion: null });
}

/** Opens the panel of a paragraph or passage (closing the page's discussion view). */
export function openPanel(panel: PanelState): void {
  set({ panel, discussion: null });
}

/** Opens the view of the page's whole published discussion. */
export function openDiscussion(invoker: HTMLElement | null, missingComment?: string): void {
  set({ discussion: { invoker, ...(missingComment ? { missingComment } : {}) }, panel: null });
}

/** Closes the discussion view. */
export function closeDiscussion(): void {
  set({ discussion: null });
}

/** The thread that holds a comment (as root or reply), once the page's comments are loaded. */
export function threadOf(commentId: string): PlacedThread | undefined {
  return state.threads.find((t) => t.root.id === commentId || t.replies.some((r) => r.id === commentId));
}

/** Comments on one paragraph, replies included: the one count shown on its button and in its panel. */
export function commentCount(thread: readonly PlacedThread[]): number {
  return thread.reduce((sum, t) => sum + 1 + t.replies.length, 0);
}

/** Closes the panel (the panel itself returns focus to its invoker). */
export function closePanel(): void {
  set({ panel: null });
}

/**
 * Records a comment the reader just created on `source.page`: kept as theirs (to edit or delete it
 * later) whatever page is open when the service answers, and shown if that page is still open.
 */
export function addOwnAnnotation(
  created: CreatedAnnotationResponse,
  source: { page: string; body: string; proposedWording?: string },
): void {
  rememberOwnComment({ id: created.id, editToken: created.editToken, ...source });
  if (state.page !== source.page) return;
  ownAnnotations.set(created.id, { ...created.annotation, status: created.status });
  recompute();
}

/** Replaces one of the reader's comments after an edit. */
export function updateOwnAnnotation(annotation: PublicAnnotation): void {
  ownAnnotations.set(annotation.id, annotation);
  publicAnnotations = publicAnnotations.map((a) => (a.id === annotation.id ? annotation : a));
  recompute();
}

/** Removes one of the reader's comments after a delete. */
export function removeOwnAnnotation(id: string): void {
  forgetOwnComment(id);
  ownAnnotations.delete(id);
  publicAnnotations = publicAnnotations.filter((a) => a.id !== id);
  recompute();
}
