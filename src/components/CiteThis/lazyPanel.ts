/**
 * The costly part of "Share or cite" (Panel.tsx: the citation formats and the QR code) is a chunk
 * of its own, loaded when a reader first shows the intent to open the disclosure, so a reader who
 * never cites pays nothing for it (first-load budget, issue 13).
 */
import { retryableLazy } from '@site/src/client/retryableLazy';
import type * as Panel from './Panel';

type PanelModule = typeof Panel;

let loading: Promise<PanelModule> | undefined;

/**
 * One load at a time, shared by the preload and by `lazy` (which may ask while the preload is under
 * way), as the bundler shares a chunk's request; a failed load is forgotten, so the next intent or
 * opening tries again.
 */
function loadPanel(): Promise<PanelModule> {
  loading ??= import('./Panel').catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}

/** The panel, loaded on first render; after a failed load, `retry` lets "Try again" load it anew (Body.tsx). */
export const CiteThisPanel = retryableLazy(loadPanel);

/**
 * Starts loading the chunk on focus or pointer over the summary, not on opening, so the citations
 * usually follow the opening without a wait. The bundler loads a chunk once. A failed load
 * (offline, or a page older than the deployed site) is said in the panel when the reader opens it.
 */
export function preloadPanel(): void {
  loadPanel().catch(() => undefined);
}
