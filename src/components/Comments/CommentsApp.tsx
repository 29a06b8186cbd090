/**
 * Root of the comment UI (its own React root, mounted on first use): the open panel, the
 * "Comments on earlier wording" section portalled to the end of the page's article, and the
 * reader's "Comments not sent" portalled to its start (NotSent.tsx), where a returning reader sees it.
 */
import React, { type ReactNode, useSyncExternalStore } from 'react';
import { createPortal } from 'react-dom';
import { commentStore, pageBlocks } from '@site/src/client/comments/commentStore';
import { queuedComments, subscribeOutbox, type OutboxItem } from '@site/src/client/comments/outbox';
import Discussion from './Discussion';
import EarlierWording from './EarlierWording';
import NotSent from './NotSent';
import Panel from './Panel';

const EARLIER_CONTAINER_ID = 'fw-earlier-wording-root';
const NOT_SENT_CONTAINER_ID = 'fw-not-sent-root';
const NOTHING_QUEUED: OutboxItem[] = [];

/** A container before or after the page's Markdown content, created on demand. */
function containerBeside(id: string, where: 'before' | 'after'): HTMLElement | null {
  const existing = document.getElementById(id);
  if (existing) return existing;
  const content = document.querySelector('article .theme-doc-markdown') ?? document.querySelector('article');
  if (!content) return null;
  const container = document.createElement('div');
  container.id = id;
  content[where](container);
  return container;
}

/** Removes the earlier-wording and not-sent containers (route change, or nothing left to list). */
export function removePortalContainers(): void {
  document.getElementById(EARLIER_CONTAINER_ID)?.remove();
  document.getElementById(NOT_SENT_CONTAINER_ID)?.remove();
}

/** Renders the panel and the earlier-wording section from the comment store. */
export default function CommentsApp(): ReactNode {
  const state = useSyncExternalStore(commentStore.subscribe, commentStore.get, commentStore.get);
  const queued = useSyncExternalStore(subscribeOutbox, queuedComments, () => NOTHING_QUEUED);
  const notSent = queued.filter((item) => item.refused);
  const orphans = state.threads.filter((thread) => thread.placement.kind === 'orphan');
  const container = orphans.length ? containerBeside(EARLIER_CONTAINER_ID, 'after') : null;
  const notSentContainer = notSent.length ? containerBeside(NOT_SENT_CONTAINER_ID, 'before') : null;
  const blocks = pageBlocks();
  return (
    <>
      {state.panel && <Panel key={state.panel.paragraphId} state={state} panel={state.panel} />}
      {state.discussion && (
        <Discussion state={state} invoker={state.discussion.invoker} missingComment={state.discussion.missingComment} />
      )}
      {container &&
        createPortal(<EarlierWording threads={orphans} own={state.own} exists={(id) => blocks.has(id)} />, container)}
      {notSentContainer && state.page && createPortal(<NotSent page={state.page} items={notSent} />, notSentContainer)}
    </>
  );
}
