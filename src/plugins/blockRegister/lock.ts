/**
 * The lock of published paragraph ids (`blocks.lock.json`, committed) and its reconciliation with
 * a new build. Pure apart from `readLock`, so every rule is tested with plain objects.
 *
 * Shape (keys sorted, so diffs read well in review):
 *   ids        every id ever published → the route path of the page that carries it (last seen)
 *   redirects  an id no page carries now → "<path>#<id>" or "<path>" where its content lives
 *   movedPages a route path no longer built → the route path of the page that replaced it
 */
import { readFile } from 'node:fs/promises';
import {
  BLOCK_REGISTER_VERSION,
  normalizeRoutePath,
  type BlockRegister,
  type RegisteredPage,
  type RetiredBlock,
} from '../../shared/blockRegister';

export interface BlockLock {
  ids: Record<string, string>;
  redirects: Record<string, string>;
  movedPages: Record<string, string>;
  /** The file's text as read (undefined when there was no file), to write only on change. */
  text?: string;
}

export const LOCK_COMMENT =
  'Every paragraph id this site has published. The build adds new ids; an id that disappears fails the build until it is pinned again ({#id}) or redirected here. See src/plugins/blockRegister.';

/** Reads the lock; a missing file is an empty lock, a malformed one an error that says where. */
export async function readLock(file: string): Promise<BlockLock> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { ids: {}, redirects: {}, movedPages: {} };
    throw error;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new Error(`${file} is not valid JSON (${(error as Error).message}). Fix it by hand or restore it from git.`, {
      cause: error,
    });
  }
  const record = (key: string): Record<string, string> => {
    const value = (parsed as Record<string, unknown>)[key] ?? {};
    const ok =
      typeof value === 'object' &&
      value !== null &&
      !Array.isArray(value) &&
      Object.values(value).every((v) => typeof v === 'string');
    if (!ok) throw new Error(`${file}: "${key}" must be an object of strings.`);
    return value as Record<string, string>;
  };
  return { ids: record('ids'), redirects: record('redirects'), movedPages: record('movedPages'), text };
}

function sorted(record: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

export function serializeLock(lock: BlockLock): string {
  const { ids, redirects, movedPages } = lock;
  const body = {
    $comment: LOCK_COMMENT,
    movedPages: sorted(movedPages),
    redirects: sorted(redirects),
    ids: sorted(ids),
  };
  return `${JSON.stringify(body, null, 2)}\n`;
}

/** "/docs/x#p-y" → { path, id }; "/docs/x" → { path, id: null }. */
export function parseRedirect(target: string): RetiredBlock {
  const hash = target.indexOf('#');
  if (hash === -1) return { path: normalizeRoutePath(target), id: null };
  return { path: normalizeRoutePath(target.slice(0, hash)), id: target.slice(hash + 1) || null };
}

export interface Reconciled {
  register: BlockRegister;
  /** The lock to commit: every live id recorded at its current page. */
  lock: BlockLock;
  /** One sentence per id or page that would stop resolving, saying how to fix it. */
  problems: string[];
  /** How many ids the lock did not know yet. */
  added: number;
}

/**
 * Checks a build's pages against the lock and builds the register.
 * @param pages - every page with blocks, as built now
 */
export function reconcile(pages: readonly RegisteredPage[], lock: BlockLock): Reconciled {
  const live = new Map<string, string>();
  const pagePaths = new Set(pages.map((page) => page.path));
  for (const page of pages) for (const block of page.blocks) if (!live.has(block.id)) live.set(block.id, page.path);

  const problems: string[] = [];
  const movedPages: Record<string, string> = {};
  for (const [from, to] of Object.entries(lock.movedPages)) {
    if (pagePaths.has(to)) movedPages[from] = to;
    else problems.push(`movedPages: "${from}" → "${to}", but no page "${to}" was built. Point it at an existing page.`);
  }
  const pageExists = (path: string) => pagePaths.has(path) || path in movedPages;

  const retired: Record<string, RetiredBlock> = {};
  for (const [id, lastPath] of Object.entries(lock.ids)) {
    if (live.has(id)) continue;
    const redirect = lock.redirects[id];
    if (redirect === undefined) {
      problems.push(
        `"${id}" (last published on ${lastPath}) is on no page now. Pin it on the block that holds its content ` +
          `({#${id}} at the end of the paragraph), or add "${id}": "/page#new-id" to "redirects" in blocks.lock.json ` +
          `(if it was never released, delete it from "ids").`,
      );
      continue;
    }
    const target = parseRedirect(redirect);
    const resolvedPath = movedPages[target.path] ?? target.path;
    if (!pageExists(target.path)) {
      problems.push(`redirects: "${id}" → "${redirect}", but no page "${target.path}" was built.`);
    } else if (target.id !== null && live.get(target.id) !== resolvedPath) {
      problems.push(`redirects: "${id}" → "${redirect}", but "${target.id}" is not on ${resolvedPath}.`);
    } else {
      retired[id] = { path: resolvedPath, id: target.id };
    }
  }

  // A page that carried ids and is no longer built must say where it went (page-level links).
  const lockedPages = new Set(Object.values(lock.ids));
  for (const path of lockedPages) {
    if (!pageExists(path) && Object.entries(lock.ids).some(([id, p]) => p === path && live.has(id))) {
      problems.push(
        `The page "${path}" is no longer built: add "${path}": "/new/path" to "movedPages" in blocks.lock.json.`,
      );
    }
  }

  const ids: Record<string, string> = {};
  for (const [id, path] of Object.entries(lock.ids)) ids[id] = live.get(id) ?? path;
  let added = 0;
  for (const [id, path] of live) {
    if (!(id in lock.ids)) added += 1;
    ids[id] = path;
  }
  return {
    register: { version: BLOCK_REGISTER_VERSION, pages: [...pages], retired, movedPages },
    lock: { ids, redirects: lock.redirects, movedPages: lock.movedPages },
    problems,
    added,
  };
}
