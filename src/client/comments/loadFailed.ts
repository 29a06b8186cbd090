/**
 * Said (through the page's live region), and shown above the comment button the reader used (for
 * readers who see why nothing opened), when they asked for comments and their code could not be
 * loaded: offline on a page whose comment code was never used, or a tab older than the deployed
 * site. Shared by the entry point (clientModule.ts) and the comment code (pageComments.ts), which
 * load the two chunks; kept in main.js's strings (EVERY_FRAMEWORK_PAGE in
 * src/plugins/codeTranslationGroups/groups.ts), since the first of them is what failed.
 */
import { translate } from '@docusaurus/Translate';
import { announce } from '../announce';
import { showControlTip } from '../controlTip';

/** Long enough to read the sentence twice (ms). */
const TIP_MS = 8000;

/** @param control the comment button the reader used, when there is one to show the message at */
export function commentsLoadFailed(control?: HTMLElement): void {
  const message = translate({
    id: 'comments.loadFailed',
    message: 'Comments could not be loaded. Check your connection and try again.',
  });
  if (control?.isConnected) showControlTip(control, message, TIP_MS);
  announce(message);
}
