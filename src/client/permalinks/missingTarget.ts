/**
 * Browser: a link to a paragraph id that is not on the page (mistyped, or from an old handout)
 * used to fail silently. This says so at the top of the page and offers a search for it.
 * Fragments that name something else handled elsewhere (a comment, the page's discussion) are
 * left alone, and a fragment that cannot be decoded is treated as text, never thrown.
 */
import { translate } from '@docusaurus/Translate';
import { fragmentId } from '../../shared/url';

const NOTICE_ID = 'fw-missing-target';

/** Fragments the comment UI owns (src/client/comments): `#comment-<id>`, `#discussion`. */
const OTHER_TARGETS = /^(comment-|discussion$)/;

/** The fragment as text (without `#`), decoded when it can be (an undecodable one stays as typed). */
export function fragmentText(hash: string): string {
  return fragmentId(hash) ?? hash.replace(/^#/, '');
}

/** Search words for an id: `definition-who` → `definition who`. */
export function searchWordsFor(id: string): string {
  return id.replace(/[-_.]+/g, ' ').trim();
}

/** Removes the notice (route change, or the target exists). */
export function clearMissingTarget(): void {
  document.getElementById(NOTICE_ID)?.remove();
}

/** Shows the notice when `hash` names no element on a page that has content. */
export function checkTarget(hash: string): void {
  clearMissingTarget();
  const id = fragmentText(hash);
  if (!id || OTHER_TARGETS.test(id) || document.getElementById(id)) return;
  const content = document.querySelector('article .theme-doc-markdown, article .markdown, main article');
  if (!content) return;
  const notice = document.createElement('div');
  notice.id = NOTICE_ID;
  notice.className = 'alert alert--warning fw-missing-target';
  notice.setAttribute('role', 'alert');
  const text = document.createElement('p');
  text.className = 'margin-bottom--sm';
  text.textContent = translate(
    {
      id: 'permalinks.missing.text',
      message:
        'There is no paragraph “{id}” on this page. The link may be mistyped, or the paragraph may have moved since the link was made.',
    },
    { id },
  );
  const search = document.createElement('a');
  search.href = `/search?q=${encodeURIComponent(searchWordsFor(id))}`;
  search.textContent = translate(
    { id: 'permalinks.missing.search', message: 'Search the site for “{words}”' },
    { words: searchWordsFor(id) },
  );
  notice.append(text, search);
  content.prepend(notice);
}
