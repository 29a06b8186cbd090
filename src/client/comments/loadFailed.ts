/**
 * Said (through the page's live region) when a reader asked for comments, with a comment button,
 * and their code could not be loaded: offline on a page whose comment code was never used, or a
 * tab older than the deployed site. Shared by the entry point (clientModule.ts) and the comment
 * code (pageComments.ts), which load the two chunks; kept in main.js's strings
 * (EVERY_FRAMEWORK_PAGE in src/plugins/codeTranslationGroups/groups.ts), since the first of them
 * is what failed.
 */
import { translate } from '@docusaurus/Translate';
import { announce } from '../announce';

export function announceCommentsLoadFailed(): void {
  announce(
    translate({
      id: 'comments.loadFailed',
      message: 'Comments could not be loaded. Check your connection and try again.',
    }),
  );
}
