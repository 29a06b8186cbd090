/**
 * The reader's own comments: ids and edit tokens kept in localStorage (this browser only), so an
 * author can see their pending comments and edit or delete them. No account, no cookie; the edit
 * token never leaves this browser except in the X-Edit-Token header and the /mine request body.
 */
const KEY = 'fw-comments-mine';

/** A comment this browser posted, with the secret that lets its author edit or delete it. */
export interface OwnComment {
  id: string;
  editToken: string;
  page: string;
  /** The Markdown the reader wrote (the service returns only rendered HTML), for editing. */
  body?: string;
  proposedWording?: string;
}

function read(): OwnComment[] {
  try {
    const parsed: unknown = JSON.parse(window.localStorage.getItem(KEY) ?? '[]');
    return Array.isArray(parsed)
      ? parsed.filter(
          (item): item is OwnComment =>
            typeof item?.id === 'string' && typeof item?.editToken === 'string' && typeof item?.page === 'string',
        )
      : [];
  } catch {
    return [];
  }
}

function write(items: OwnComment[]): void {
  try {
    window.localStorage.setItem(KEY, JSON.stringify(items));
  } catch {
    // Storage full or disabled: the comment is saved on the server, only the shortcut is lost.
  }
}

/** The reader's comments on one page. */
export function ownCommentsOn(page: string): OwnComment[] {
  return read().filter((item) => item.page === page);
}

/** Remembers a comment the reader just posted. */
export function rememberOwnComment(item: OwnComment): void {
  write([...read().filter((existing) => existing.id !== item.id), item]);
}

/** Forgets a comment (after deleting it, or when the service no longer knows it). */
export function forgetOwnComment(id: string): void {
  write(read().filter((item) => item.id !== id));
}

/** One of the reader's comments, if it is theirs. */
export function ownComment(id: string): OwnComment | undefined {
  return read().find((item) => item.id === id);
}
