/**
 * Entry of the comment UI chunk, loaded with import() by src/client/comments/pageComments.ts only
 * when a page has comments or a reader asks for them. Creates the UI's React root once.
 */
import React from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { LIMITS } from '@site/src/shared/annotationFields';
import { readBlockText } from '@site/src/client/comments/anchoring/blockText';
import { describePassage } from '@site/src/client/comments/anchoring/describe';
import * as store from '@site/src/client/comments/commentStore';
import { watchHighlightClicks } from '@site/src/client/comments/highlightClicks';
import CommentsApp, { removePortalContainers } from './CommentsApp';
import { commentButtonOf } from '@site/src/client/comments/commentButton';
import type { OutboxItem } from '@site/src/client/comments/outbox';
import type { CreatedAnnotationResponse } from '@site/src/shared/annotations';

let root: Root | null = null;

function ensureRoot(): void {
  if (root) return;
  const container = document.createElement('div');
  container.id = 'fw-comments-root';
  document.body.append(container);
  root = createRoot(container);
  root.render(<CommentsApp />);
  watchHighlightClicks(store.highlightedPassages, (paragraphId, invoker) => {
    const { page, panel } = store.commentStore.get();
    if (page && !panel && invoker) openPanel({ page, paragraphId, invoker });
  });
}

/** Loads and shows the page's comments: counts, highlights, comments on earlier wording. */
export function showPageComments(page: string): void {
  ensureRoot();
  void store.enterPage(page);
}

export interface OpenRequest {
  page: string;
  paragraphId: string;
  invoker: HTMLElement;
  /** The reader's selection, for a comment on a passage. */
  range?: Range;
}

/** Opens the panel of a paragraph, for the whole paragraph or a selected passage. */
export function openPanel({ page, paragraphId, invoker, range }: OpenRequest): void {
  ensureRoot();
  void store.enterPage(page);
  let passage = null;
  let passageTooLong = false;
  const block = store.pageBlocks().get(paragraphId);
  if (range && block) {
    const text = readBlockText(block);
    const span = text.spanOf(range);
    passage = span ? describePassage(text.text, span.start, span.end) : null;
    passageTooLong = Boolean(span && !passage && text.text.slice(span.start, span.end).trim().length > LIMITS.quote);
  }
  store.openPanel({ paragraphId, passage, passageTooLong, invoker });
}

/** Opens the view of the page's whole published discussion. */
export function showDiscussion(page: string, invoker: HTMLElement | null): void {
  ensureRoot();
  void store.enterPage(page);
  store.openDiscussion(invoker);
}

/**
 * Opens the panel on one comment (a `#comment-<id>` permalink), once the page's comments are
 * placed. A comment on earlier wording is scrolled to in that section; a comment that is not
 * published (or no longer) gets the discussion view, which says what is published.
 */
export async function showComment(page: string, commentId: string): Promise<void> {
  ensureRoot();
  await store.enterPage(page);
  const thread = store.threadOf(commentId);
  if (!thread) {
    store.openDiscussion(null, commentId);
    return;
  }
  if (thread.placement.kind === 'orphan') {
    document.getElementById(`comment-${commentId}`)?.scrollIntoView({ block: 'center' });
    return;
  }
  const { paragraphId } = thread.placement;
  const invoker = commentButtonOf(paragraphId);
  store.openPanel({ paragraphId, passage: null, passageTooLong: false, invoker, focusCommentId: commentId });
}

/**
 * Comments the outbox has just sent (written offline): each is the reader's own comment on its
 * page, listed as one sent online is. A page whose comments could not be loaded (offline) loads them
 * again now that the service answers.
 */
export function showSentFromOutbox(sent: readonly { item: OutboxItem; created: CreatedAnnotationResponse }[]): void {
  for (const { item, created } of sent) {
    const { target, body, proposedWording } = item.body;
    store.addOwnAnnotation(created, { page: target.page, body, ...(proposedWording && { proposedWording }) });
  }
  if (store.commentStore.get().status === 'unavailable') void store.refreshPage();
}

/** Forgets the page on navigation. */
export function leavePage(): void {
  store.leavePage();
  removePortalContainers();
}
