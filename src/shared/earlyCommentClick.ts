/**
 * A click on a comment control made before the page's code has run is not lost. On a slow
 * connection a page is painted, with its comment buttons, a second or more before main.js has
 * arrived and run, and until then a click on them does nothing. The comments plugin
 * (src/plugins/comments) puts {@link EARLY_COMMENT_CLICK_SCRIPT} into every page's `<head>`: it
 * keeps the last comment control clicked. The comments entry (src/client/comments/clientModule.ts)
 * takes it when it starts, stops the script, and opens that control's comments once it knows the
 * page. Plain ES5 text, as src/shared/search/earlyKeys.ts explains; the server's
 * Content-Security-Policy hashes it like every inline script.
 *
 * Pure: no DOM, no Node APIs (the script is only text here).
 */
import { BLOCK } from './blocks';

/** Global name shared by the inline script and the bundle. */
export const EARLY_COMMENT_CLICK_GLOBAL = '__fwEarlyCommentClick';

/** What the script leaves on `window`. */
export interface EarlyCommentClick {
  /** The comment control last clicked (an element), or null. */
  control: unknown;
  /** Removes the script's listener. */
  stop(): void;
}

/** A block's comment button or the page's "All discussion" button. */
export const COMMENT_CONTROL_SELECTOR = `button.${BLOCK.commentButtonClassName}, button.${BLOCK.discussionButtonClassName}`;

export const EARLY_COMMENT_CLICK_SCRIPT = `(function(){var s={control:null};function c(e){var t=e.target,b=t&&t.closest&&t.closest('${COMMENT_CONTROL_SELECTOR}');if(b)s.control=b;}s.stop=function(){document.removeEventListener('click',c,true);};document.addEventListener('click',c,true);window['${EARLY_COMMENT_CLICK_GLOBAL}']=s;})();`;
