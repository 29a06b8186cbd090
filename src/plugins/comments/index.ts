/**
 * Paragraph comments at build time: the head script that keeps a click on a comment control made
 * before the page's code has run (src/shared/earlyCommentClick.ts). The comments themselves are
 * the browser's (src/client/comments) and the service's (src/server); the controls are written
 * into each block by the block-ids remark plugin (src/plugins/blockIds/decorateBlock.ts).
 */
import type { Plugin } from '@docusaurus/types';
import { EARLY_COMMENT_CLICK_SCRIPT } from '../../shared/earlyCommentClick';

export default function commentsPlugin(): Plugin<void> {
  return {
    name: 'fw-comments',
    injectHtmlTags() {
      return { headTags: [{ tagName: 'script', innerHTML: EARLY_COMMENT_CLICK_SCRIPT }] };
    },
  };
}
