/**
 * Root of the comment UI (its own React root, mounted on first use): the open panel, and the
 * "Comments on earlier wording" section portalled to the end of the page's article.
 */
import React, { type ReactNode, useSyncExternalStore } from 'react';
import { createPortal } from 'react-dom';
import { commentStore, pageBlocks } from '@site/src/client/comments/commentStore';
import Discussion from './Discussion';
import EarlierWording from './EarlierWording';
import Panel from './Panel';

const EARLIER_CONTAINER_ID = 'fw-earlier-wording-root';

/** The container after the page's Markdown content, created on demand. */
function earlierContainer(): HTMLElement | null {
  const existing = document.getElementById(EARLIER_CONTAINER_ID);
  if (existing) return existing;
  const content = document.querySelector('article .theme-doc-markdown') ?? document.querySelector('article');
  if (!content) return null;
  const container = document.createElement('div');
  container.id = EARLIER_CONTAINER_ID;
  content.after(container);
  return container;
}

/** Removes the earlier-wording container (route change or no orphans left). */
export function removeEarlierContainer(): void {
  document.getElementById(EARLIER_CONTAINER_ID)?.remove();
}

/** Renders the panel and the earlier-wording section from the comment store. */
export default function CommentsApp(): ReactNode {
  const state = useSyncExternalStore(commentStore.subscribe, commentStore.get, commentStore.get);
  const orphans = state.threads.filter((thread) => thread.placement.kind === 'orphan');
  const container = orphans.length ? earlierContainer() : null;
  const blocks = pageBlocks();
  return (
    <>
      {state.panel && <Panel key={state.panel.paragraphId} state={state} panel={state.panel} />}
      {state.discussion && (
        <Discussion state={state} invoker={state.discussion.invoker} missingComment={state.discussion.missingComment} />
      )}
      {container &&
        createPortal(<EarlierWording threads={orphans} own={state.own} exists={(id) => blocks.has(id)} />, container)}
    </>
  );
}
