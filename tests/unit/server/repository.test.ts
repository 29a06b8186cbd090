/**
 * One repository suite, run against both adapters: SQLite in a temporary DATA_DIR and PostgreSQL
 * (TEST_DATABASE_URL, default postgres://fw:fw@127.0.0.1:5432/fw_test) in a fresh schema per run.
 * If PostgreSQL is unreachable the PostgreSQL suite fails, naming scripts/start-postgres.sh.
 */
import pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadMigrations } from '../../../src/server/migrations';
import { createPostgresRepository } from '../../../src/server/repository/postgres';
import { createSqliteRepository } from '../../../src/server/repository/sqlite';
import { revisionOf } from '../../../src/server/repository/revision';
import {
  ChangedSinceRead,
  type AnnotationRepository,
  type StoredAnnotation,
} from '../../../src/server/repository/types';
import { reachPostgres } from './feedbackHelpers';
import { cleanup, tempDir } from './helpers';

const PG_URL = process.env.TEST_DATABASE_URL || 'postgres://fw:fw@127.0.0.1:5432/fw_test';

let seq = 0;
/** A stored comment with unique id and increasing timestamps. */
function annotation(overrides: Partial<StoredAnnotation> = {}): StoredAnnotation {
  seq += 1;
  const at = new Date(Date.UTC(2026, 0, 1, 0, 0, seq)).toISOString();
  return {
    id: `test-id-${String(seq).padStart(6, '0')}`,
    target: { page: '/docs/definition', paragraphId: 'p-1', paragraphHash: 'abc' },
    body: 'body',
    bodyHtml: '<p>body</p>',
    authorName: 'Author',
    stakeholder: 'nso',
    focus: 'general',
    commentType: 'question',
    visibility: 'public',
    status: 'approved',
    editTokenHash: 'f'.repeat(64),
    ipHash: 'hash',
    createdAt: at,
    updatedAt: at,
    ...overrides,
  };
}

interface Adapter {
  name: string;
  open: () => Promise<AnnotationRepository>;
  /** A second repository on the same storage (another process or instance). */
  openAnother: () => Promise<AnnotationRepository>;
  /** Two repositories on the same fresh, unmigrated storage. */
  freshPair: () => Promise<[AnnotationRepository, AnnotationRepository]>;
  setup?: () => Promise<void>;
  teardown?: () => Promise<void>;
}

const sqliteDir = { current: '' };
const schema = `fw_test_${process.pid}_${Date.now().toString(36)}`;

const adapters: Adapter[] = [
  {
    name: 'SQLite',
    setup: async () => {
      sqliteDir.current = tempDir('fw-repo-');
    },
    open: async () => createSqliteRepository(sqliteDir.current),
    openAnother: async () => createSqliteRepository(sqliteDir.current),
    freshPair: async () => {
      const dir = tempDir('fw-repo-race-');
      return [createSqliteRepository(dir), createSqliteRepository(dir)];
    },
    teardown: cleanup,
  },
  {
    name: 'PostgreSQL',
    setup: reachPostgres,
    open: async () => createPostgresRepository(PG_URL, { schema, poolSize: 4 }),
    openAnother: async () => createPostgresRepository(PG_URL, { schema, poolSize: 2 }),
    freshPair: async () => [
      createPostgresRepository(PG_URL, { schema: `${schema}_race`, poolSize: 2 }),
      createPostgresRepository(PG_URL, { schema: `${schema}_race`, poolSize: 2 }),
    ],
    teardown: async () => {
      const client = new pg.Client({ connectionString: PG_URL });
      await client.connect();
      await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await client.query(`DROP SCHEMA IF EXISTS ${schema}_race CASCADE`);
      await client.end();
    },
  },
];

describe.each(adapters)('$name repository', (adapter) => {
  let repo: AnnotationRepository;
  const others: AnnotationRepository[] = [];

  beforeAll(async () => {
    await adapter.setup?.();
    repo = await adapter.open();
    await repo.migrate();
  });
  afterEach(async () => {
    while (others.length) await others.pop()!.close();
  });
  afterAll(async () => {
    await repo?.close();
    await adapter.teardown?.();
  });

  it('migrations are recorded and idempotent, also when instances start at once', async () => {
    expect(await repo.migrate()).toEqual([]);
    const a = await adapter.openAnother();
    const b = await adapter.openAnother();
    others.push(a, b);
    expect(await Promise.all([a.migrate(), b.migrate()])).toEqual([[], []]);
  });

  it('applies each migration exactly once when two instances migrate a fresh database together', async () => {
    const [a, b] = await adapter.freshPair();
    others.push(a, b);
    const results = await Promise.all([a.migrate(), b.migrate()]);
    expect(results.flat().sort()).toEqual(
      loadMigrations(adapter.name === 'SQLite' ? 'sqlite' : 'postgres').map((m) => m.name),
    );
    await a.insert(annotation());
    expect(await b.list({})).toHaveLength(1);
  });

  it('round-trips every field, keeping absent optional fields absent', async () => {
    const full = annotation({
      target: {
        page: '/docs/x',
        paragraphId: 'p-2',
        paragraphHash: 'h2',
        quote: { exact: 'q “ü” 🌍', prefix: 'a', suffix: '' },
        position: { start: 0, end: 7 },
      },
      organisation: 'Org',
      country: 'Chile',
      language: 'ar',
      proposedWording: 'wording',
      parentId: 'parent-id-000',
      visibility: 'editors',
      status: 'pending',
      authorName: 'مرحبا',
    });
    const bare = annotation();
    await repo.insert(full);
    await repo.insert(bare);
    expect(await repo.findById(full.id)).toEqual(full);
    const back = await repo.findById(bare.id);
    expect(back).toEqual(bare);
    expect(Object.keys(back!)).not.toContain('organisation');
    expect(Object.keys(back!)).not.toContain('language');
    expect(await repo.findById('missing-id-00')).toBeUndefined();
  });

  it('rejects a duplicate id without storing anything', async () => {
    const a = annotation();
    await repo.insert(a);
    await expect(repo.insert({ ...a, body: 'other' })).rejects.toThrow();
    expect((await repo.findById(a.id))?.body).toBe('body');
  });

  it('lists the public approved comments of one page in creation order', async () => {
    const page = '/docs/list-test';
    const t = (p: string) => ({ page: p, paragraphId: 'p-1', paragraphHash: 'a' });
    const shown1 = annotation({ target: t(page) });
    const pending = annotation({ target: t(page), status: 'pending' });
    const editors = annotation({ target: t(page), visibility: 'editors' });
    const other = annotation({ target: t('/docs/else') });
    const shown2 = annotation({ target: t(page), createdAt: shown1.createdAt });
    for (const a of [shown1, pending, editors, other, shown2]) await repo.insert(a);
    expect((await repo.listVisibleByPage(page)).map((a) => a.id)).toEqual([shown1.id, shown2.id]);
    expect((await repo.list({ page, status: 'pending' })).map((a) => a.id)).toEqual([pending.id]);
    expect((await repo.list({ page })).map((a) => a.id)).toEqual([shown1.id, pending.id, editors.id, shown2.id]);
    expect((await repo.findByIds([shown2.id, other.id, 'nope-nope-00'])).map((a) => a.id)).toEqual([
      other.id,
      shown2.id,
    ]);
    expect(await repo.findByIds([])).toEqual([]);
  });

  it('holds the edit of an approved comment aside, keeping the approved text published; deletes', async () => {
    const a = annotation({ proposedWording: 'old' });
    await repo.insert(a);
    const updatedAt = new Date(Date.UTC(2027, 0, 1)).toISOString();
    const patch = { body: 'new', bodyHtml: '<p>new</p>', holdEditOfApproved: true, updatedAt };
    const held = await repo.update(a.id, patch);
    // The approved version stays as it was (status, text, wording, date); the edit waits beside it.
    expect(held).toMatchObject({
      body: 'body',
      bodyHtml: '<p>body</p>',
      proposedWording: 'old',
      status: 'approved',
      updatedAt: a.updatedAt,
      pendingEdit: { body: 'new', bodyHtml: '<p>new</p>', updatedAt },
    });
    expect(held?.pendingEdit).not.toHaveProperty('proposedWording');
    expect((await repo.listVisibleByPage(a.target.page)).map((x) => x.id)).toContain(a.id);
    // A second edit replaces the waiting one.
    const again = await repo.update(a.id, { ...patch, body: 'newer', bodyHtml: '<p>newer</p>', proposedWording: 'w' });
    expect(again?.pendingEdit).toEqual({ body: 'newer', bodyHtml: '<p>newer</p>', proposedWording: 'w', updatedAt });
    expect(again?.body).toBe('body');

    const direct = annotation({ status: 'approved' });
    await repo.insert(direct);
    const inPlace = await repo.update(direct.id, { ...patch, holdEditOfApproved: false });
    expect(inPlace).toMatchObject({ status: 'approved', body: 'new', updatedAt });
    expect(inPlace).not.toHaveProperty('pendingEdit');
    // A pending comment is changed in place (a rejected or spam one not at all: see below).
    const other = annotation({ status: 'pending' });
    await repo.insert(other);
    const changed = await repo.update(other.id, patch);
    expect(changed).toMatchObject({ status: 'pending', body: 'new', updatedAt });
    expect(changed).not.toHaveProperty('pendingEdit');
    expect(await repo.update('missing-id-00', patch)).toBeUndefined();
    expect(await repo.delete(a.id)).toBe(true);
    expect(await repo.delete(a.id)).toBe(false);
    expect(await repo.findById(a.id)).toBeUndefined();
  });

  it('queues waiting edits with pending comments, counts them, and decides the edit, not the comment', async () => {
    const page = '/docs/edit-queue';
    const target = { page, paragraphId: 'p-1', paragraphHash: 'a' };
    const before = await repo.countAwaitingModeration();
    const fresh = annotation({ target, status: 'pending' });
    const toApprove = annotation({ target, proposedWording: 'old wording' });
    const toReject = annotation({ target });
    const toSpam = annotation({ target });
    const untouched = annotation({ target });
    for (const a of [fresh, toApprove, toReject, toSpam, untouched]) await repo.insert(a);
    const edit = (body: string, proposedWording?: string) => ({
      body,
      bodyHtml: `<p>${body}</p>`,
      holdEditOfApproved: true,
      updatedAt: new Date(Date.UTC(2027, 1, 1)).toISOString(),
      ...(proposedWording ? { proposedWording } : {}),
    });
    await repo.update(toApprove.id, edit('approved edit', 'new wording'));
    await repo.update(toReject.id, edit('rejected edit'));
    await repo.update(toSpam.id, edit('spam edit'));
    expect((await repo.list({ page, status: 'pending' })).map((a) => a.id)).toEqual([
      fresh.id,
      toApprove.id,
      toReject.id,
      toSpam.id,
    ]);
    expect(await repo.countAwaitingModeration()).toBe(before + 4);

    const at = new Date(Date.UTC(2027, 2, 1)).toISOString();
    await repo.setStatus([toApprove.id, fresh.id], 'approved', at);
    await repo.setStatus([toReject.id], 'rejected', at);
    await repo.setStatus([toSpam.id], 'spam', at);
    const approved = await repo.findById(toApprove.id);
    expect(approved).toMatchObject({ status: 'approved', body: 'approved edit', proposedWording: 'new wording' });
    expect(approved).not.toHaveProperty('pendingEdit');
    const rejected = await repo.findById(toReject.id);
    expect(rejected).toMatchObject({ status: 'approved', body: 'body', bodyHtml: '<p>body</p>' });
    expect(rejected).not.toHaveProperty('pendingEdit');
    expect(await repo.findById(toSpam.id)).toMatchObject({ status: 'spam', body: 'body' });
    expect(await repo.findById(fresh.id)).toMatchObject({ status: 'approved', body: 'body' });
    expect(await repo.findById(untouched.id)).toEqual(untouched);
    expect(await repo.list({ page, status: 'pending' })).toEqual([]);
    expect(await repo.countAwaitingModeration()).toBe(before);
  });

  it('sets a status on many comments at once and reports which existed', async () => {
    const a = annotation({ status: 'pending' });
    const b = annotation({ status: 'pending' });
    await repo.insert(a);
    await repo.insert(b);
    const at = new Date(Date.UTC(2027, 5, 1)).toISOString();
    expect(await repo.setStatus([a.id, 'missing-id-00', b.id], 'spam', at)).toEqual([a.id, b.id]);
    expect(await repo.findById(a.id)).toMatchObject({ status: 'spam', updatedAt: at });
    expect(await repo.findById(b.id)).toMatchObject({ status: 'spam', updatedAt: at });
  });

  it('decides nothing when a comment changed since the revision the editor read', async () => {
    const a = annotation({ status: 'pending', body: 'Harmless question' });
    const b = annotation({ status: 'pending' });
    await repo.insert(a);
    await repo.insert(b);
    const read = new Map([a, b].map((x) => [x.id, revisionOf(x)]));
    const at = new Date(Date.UTC(2027, 6, 1)).toISOString();
    await repo.update(a.id, {
      body: 'SWAPPED',
      bodyHtml: '<p>SWAPPED</p>',
      holdEditOfApproved: true,
      updatedAt: at,
    });
    await expect(repo.setStatus([b.id, a.id], 'approved', at, read)).rejects.toEqual(new ChangedSinceRead([a.id]));
    expect(await repo.findById(a.id)).toMatchObject({ status: 'pending', body: 'SWAPPED' });
    expect(await repo.findById(b.id)).toMatchObject({ status: 'pending' });
    // Read again, the decision goes through.
    const reread = new Map([
      [a.id, revisionOf((await repo.findById(a.id))!)],
      [b.id, revisionOf(b)],
    ]);
    expect(await repo.setStatus([a.id, b.id], 'approved', at, reread)).toEqual([a.id, b.id]);
  });

  it('stores an import all or nothing: comments and their decisions in one transaction', async () => {
    const stored = annotation();
    await repo.insert(stored);
    const first = annotation();
    const clash = annotation({ id: stored.id });
    const decision = {
      disposition: 'noted' as const,
      response: 'Imported decision',
      decidedBy: 'Imported',
      decidedAt: first.createdAt,
    };
    await expect(repo.insertAll([first, clash], [{ id: first.id, decision }])).rejects.toThrow();
    expect(await repo.findById(first.id)).toBeUndefined();
    expect(await repo.dispositionHistory(first.id)).toEqual([]);

    const second = annotation();
    await repo.insertAll([first, second], [{ id: first.id, decision }]);
    expect(await repo.findById(second.id)).toEqual(second);
    expect((await repo.findById(first.id))?.disposition).toEqual(decision);
  });

  it('does not change a comment an editor rejected or marked as spam', async () => {
    for (const status of ['rejected', 'spam'] as const) {
      const a = annotation({ status });
      await repo.insert(a);
      const patch = {
        body: 'rewritten',
        bodyHtml: '<p>rewritten</p>',
        holdEditOfApproved: false,
        updatedAt: a.updatedAt,
      };
      expect(await repo.update(a.id, patch)).toBeUndefined();
      expect(await repo.findById(a.id)).toEqual(a);
    }
  });

  it('gives a comment a new revision whenever its waiting edit changes', async () => {
    const a = annotation({ status: 'approved' });
    await repo.insert(a);
    const revisionsSeen = [revisionOf((await repo.findById(a.id))!)];
    for (const body of ['Harmless edit', 'SWAPPED']) {
      await repo.update(a.id, { body, bodyHtml: `<p>${body}</p>`, holdEditOfApproved: true, updatedAt: a.updatedAt });
      revisionsSeen.push(revisionOf((await repo.findById(a.id))!));
    }
    expect(new Set(revisionsSeen).size).toBe(3);
  });

  it('stores text the database could choke on: NUL-free Unicode, quotes, SQL', async () => {
    const a = annotation({ body: `'); DROP TABLE annotations; --`, authorName: 'O\'Brien "Bob"', country: '🇰🇪 Kenya' });
    await repo.insert(a);
    expect(await repo.findById(a.id)).toEqual(a);
  });

  it('keeps the paragraph as it was when the comment was made, and the round it was made in', async () => {
    const round = {
      id: 'round-snap-01',
      name: 'Global consultation',
      opensAt: '2026-01-01T00:00:00.000Z',
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
    };
    await repo.insertRound(round);
    const a = annotation({
      paragraphText: 'Citizen data are “data” 🌍.',
      pageTitle: 'Definition',
      section: 'Who',
      roundId: round.id,
    });
    await repo.insert(a);
    expect(await repo.findById(a.id)).toEqual({ ...a, roundName: 'Global consultation' });
    const [listed] = (await repo.list({})).filter((x) => x.id === a.id);
    expect(listed).toMatchObject({
      paragraphText: a.paragraphText,
      pageTitle: 'Definition',
      section: 'Who',
      roundId: round.id,
    });
  });

  it('records dispositions in bulk, replaces the current one and keeps every decision in the history', async () => {
    const a = annotation();
    const b = annotation();
    await repo.insert(a);
    await repo.insert(b);
    const first = {
      disposition: 'noted' as const,
      response: 'Thank you.',
      decidedBy: 'Editor One',
      decidedAt: '2026-02-01T10:00:00.000Z',
    };
    expect(await repo.setDisposition([a.id, 'missing-id-00', b.id], first)).toEqual([a.id, b.id]);
    const second = {
      disposition: 'duplicate' as const,
      response: 'Covered by another comment.',
      duplicateOf: b.id,
      release: 'Draft 2',
      decidedBy: 'Editor Two',
      decidedAt: '2026-02-02T10:00:00.000Z',
    };
    expect(await repo.setDisposition([a.id], second)).toEqual([a.id]);
    expect((await repo.findById(a.id))?.disposition).toEqual(second);
    expect((await repo.findById(b.id))?.disposition).toEqual(first);
    expect((await repo.findByIds([a.id]))[0]?.disposition).toEqual(second);
    expect(await repo.dispositionHistory(a.id)).toEqual([first, second]);
    expect(await repo.dispositionHistory(b.id)).toEqual([first]);
    expect(await repo.dispositionHistory('missing-id-00')).toEqual([]);
    // An author's edit keeps the disposition.
    const patch = {
      body: 'edited',
      bodyHtml: '<p>edited</p>',
      holdEditOfApproved: false,
      updatedAt: '2026-02-03T00:00:00.000Z',
    };
    expect((await repo.update(a.id, patch))?.disposition).toEqual(second);
    // Deleting the comment removes its disposition and history with it.
    expect(await repo.delete(b.id)).toBe(true);
    expect(await repo.dispositionHistory(b.id)).toEqual([]);
  });

  it('stores, lists and updates consultation rounds', async () => {
    const at = '2026-03-01T00:00:00.000Z';
    const page = {
      id: 'round-page-01',
      name: 'Round on a page',
      page: '/docs/definition',
      opensAt: at,
      createdAt: at,
      updatedAt: at,
    };
    const section = {
      ...page,
      id: 'round-sect-01',
      name: 'Round on a section',
      section: 'Who',
      closesAt: '2026-04-01T00:00:00.000Z',
    };
    await repo.insertRound(page);
    await repo.insertRound(section);
    await expect(repo.insertRound(page)).rejects.toThrow();
    const listed = (await repo.listRounds()).filter((r) => r.id.startsWith('round-') && r.id !== 'round-snap-01');
    expect(listed).toEqual([page, section]);
    const closed = await repo.updateRound(page.id, {
      closesAt: '2026-03-15T00:00:00.000Z',
      updatedAt: '2026-03-15T00:00:00.000Z',
    });
    expect(closed).toEqual({ ...page, closesAt: '2026-03-15T00:00:00.000Z', updatedAt: '2026-03-15T00:00:00.000Z' });
    const reopened = await repo.updateRound(page.id, {
      closesAt: null,
      name: 'Renamed',
      updatedAt: '2026-03-16T00:00:00.000Z',
    });
    expect(reopened).toEqual({ ...page, name: 'Renamed', updatedAt: '2026-03-16T00:00:00.000Z' });
    expect(await repo.updateRound('missing-round', { name: 'x', updatedAt: at })).toBeUndefined();
  });

  it('revokes moderator sessions for every instance on the database, and prunes expired ones', async () => {
    const other = await adapter.openAnother();
    others.push(other);
    const now = '2026-05-01T10:00:00.000Z';
    await repo.revokeSession('session-early', '2026-05-01T11:00:00.000Z', now);
    await repo.revokeSession('session-late', '2026-05-01T22:00:00.000Z', now);
    await repo.revokeSession('session-late', '2026-05-01T22:00:00.000Z', now);
    // Another instance (or this one after a restart) sees the sign-out.
    expect(await other.isSessionRevoked('session-early')).toBe(true);
    expect(await other.isSessionRevoked('session-late')).toBe(true);
    expect(await other.isSessionRevoked('session-never-revoked')).toBe(false);
    // A later sign-out prunes what has expired meanwhile, and only that.
    await other.revokeSession('session-later', '2026-05-02T09:00:00.000Z', '2026-05-01T11:00:00.000Z');
    expect(await repo.isSessionRevoked('session-early')).toBe(false);
    expect(await repo.isSessionRevoked('session-late')).toBe(true);
    expect(await repo.isSessionRevoked('session-later')).toBe(true);
  });
});
