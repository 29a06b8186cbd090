/**
 * What "Share or cite" offers to cite: the page's paragraphs as rendered (browser only), and the
 * one the address's fragment names, so the permalink flow (click a paragraph's link, then "Share
 * or cite") leads straight to it. Read when the disclosure opens, not at build time: the blocks are
 * the page's own, and the fragment is the reader's.
 */
import { BLOCK_SELECTOR, BLOCK, NON_TEXT_SELECTOR } from '@site/src/shared/blocks';

export interface ParagraphChoice {
  id: string;
  excerpt: string;
}

/** The page's paragraphs, from the rendered blocks, each with a one-line excerpt of its text. */
export function readParagraphs(): ParagraphChoice[] {
  return Array.from(document.querySelectorAll<HTMLElement>(BLOCK_SELECTOR)).map((element) => {
    const copy = element.cloneNode(true) as HTMLElement;
    copy.querySelectorAll(NON_TEXT_SELECTOR).forEach((node) => node.remove());
    const text = (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
    return { id: element.getAttribute(BLOCK.idAttribute)!, excerpt: text.length > 70 ? `${text.slice(0, 69)}…` : text };
  });
}

/** The id of the paragraph the address's fragment names, if it is one of `paragraphs`; else '' (the page). */
export function paragraphInAddress(paragraphs: readonly ParagraphChoice[]): string {
  let fragment = '';
  try {
    fragment = decodeURIComponent(window.location.hash.slice(1));
  } catch {
    // An undecodable fragment names no paragraph.
  }
  return paragraphs.some((p) => p.id === fragment) ? fragment : '';
}
