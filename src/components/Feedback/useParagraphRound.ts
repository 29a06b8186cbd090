/**
 * The consultation round governing a paragraph, for the comment panel: asked once per page
 * (`/api/rounds/status`), shared by every panel of the page. Undefined while loading, when no round
 * covers the paragraph, or when the service cannot be reached (the service still refuses writes to
 * a closed paragraph with 409, so a missed status only hides the notice, never opens a thread).
 */
import { useEffect, useState } from 'react';
import { fetchRoundStatus } from '@site/src/client/feedback/api';
import type { ParagraphRound, RoundStatusResponse } from '@site/src/shared/feedback';

const byPage = new Map<string, Promise<RoundStatusResponse | null>>();

export function useParagraphRound(page: string, paragraphId: string): ParagraphRound | undefined {
  const [status, setStatus] = useState<RoundStatusResponse | null>(null);
  useEffect(() => {
    if (!page) return undefined;
    let live = true;
    let pending = byPage.get(page);
    if (!pending) {
      pending = fetchRoundStatus(page).catch(() => null);
      byPage.set(page, pending);
    }
    void pending.then((answer) => live && setStatus(answer));
    return () => {
      live = false;
    };
  }, [page]);
  return status?.paragraphs[paragraphId] ?? status?.pageRound;
}
