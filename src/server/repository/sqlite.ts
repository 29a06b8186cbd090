/**
 * SQLite adapter (better-sqlite3), the embedded default: one file under DATA_DIR, WAL journal.
 *
 * Durability: in WAL mode every commit is written to the WAL file (a write() to the OS) before
 * better-sqlite3 returns, so before the 201 is sent. With `synchronous = NORMAL` (the default) an
 * acknowledged comment therefore survives the process being killed (SIGKILL, crash: the OS still
 * holds the pages; tests/unit/server/durability.test.ts proves it); only a power cut or kernel
 * crash can lose the last commits. `FULL` also fsyncs the WAL on every commit, surviving power
 * loss, at about 4 ms per write on this machine (~250 writes/s instead of thousands):
 * SQLITE_SYNCHRONOUS=FULL chooses it.
 *
 * WAL checkpoints run in a worker thread (checkpointer.ts), so their fsyncs never stall requests.
 *
 * better-sqlite3 is synchronous; each call is a short indexed statement, so running them on the
 * event loop is faster than handing them to a thread.
 */
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { ModerationStatus } from '../../shared/annotations';
import { loadMigrations } from '../migrations';
import { startCheckpointer } from './checkpointer';
import {
  AWAITING_MODERATION,
  COLUMNS,
  DECISION_ASSIGNMENTS,
  DISPOSITION_COLUMNS,
  dispositionRow,
  EDIT_ASSIGNMENTS,
  EDITABLE,
  fromDispositionRow,
  fromRoundRow,
  fromRow,
  listCondition,
  ROUND_COLUMNS,
  roundRow,
  SELECT_ANNOTATIONS,
  toRow,
  type Row,
} from './rows';
import type { DispositionRecord } from '../../shared/feedback';
import { revisionOf } from './revision';
import {
  ChangedSinceRead,
  type AnnotationPatch,
  type AnnotationRepository,
  type ImportedDecision,
  type ModerationFilter,
  type StoredAnnotation,
} from './types';

/** The database file inside DATA_DIR. */
export const SQLITE_FILE = 'comments.sqlite';

/** Opens (creating if needed) the SQLite database in `dataDir`; call migrate() before use. */
export function createSqliteRepository(
  dataDir: string,
  synchronous: 'NORMAL' | 'FULL' = 'NORMAL',
): AnnotationRepository {
  mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, SQLITE_FILE);
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma(`synchronous = ${synchronous === 'FULL' ? 'FULL' : 'NORMAL'}`);
  db.pragma('busy_timeout = 5000');
  db.pragma('foreign_keys = ON');
  const checkpointer = startCheckpointer(db, file);

  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)`);
  const placeholders = COLUMNS.map(() => '?').join(', ');
  const select = SELECT_ANNOTATIONS;
  const marks = (n: number) => Array.from({ length: n }, () => '?').join(', ');
  // Prepared lazily: the table exists only once migrate() has run.
  const prepare = () => ({
    insert: db.prepare(`INSERT INTO annotations (${COLUMNS.join(', ')}) VALUES (${placeholders})`),
    byId: db.prepare(`${select} WHERE id = ?`),
    visibleByPage: db.prepare(
      `${select} WHERE page = ? AND status = 'approved' AND visibility = 'public' ORDER BY seq`,
    ),
    update: db.prepare(
      `UPDATE annotations SET ${EDIT_ASSIGNMENTS.replace(/\$hold/g, '@hold = 1')} WHERE id = @id AND ${EDITABLE}`,
    ),
    delete: db.prepare(`DELETE FROM annotations WHERE id = ?`),
    setStatus: db.prepare(`UPDATE annotations SET ${DECISION_ASSIGNMENTS} WHERE id = @id`),
    awaiting: db.prepare(`SELECT count(*) AS n FROM annotations WHERE ${AWAITING_MODERATION}`),
    exists: db.prepare(`SELECT 1 FROM annotations WHERE id = ?`),
    upsertDisposition: db.prepare(
      `INSERT INTO dispositions (annotation_id, ${DISPOSITION_COLUMNS.join(', ')}) VALUES (?, ${marks(6)})
       ON CONFLICT (annotation_id) DO UPDATE SET ${DISPOSITION_COLUMNS.map((c) => `${c} = excluded.${c}`).join(', ')}`,
    ),
    addHistory: db.prepare(
      `INSERT INTO disposition_history (annotation_id, ${DISPOSITION_COLUMNS.join(', ')}) VALUES (?, ${marks(6)})`,
    ),
    history: db.prepare(`SELECT * FROM disposition_history WHERE annotation_id = ? ORDER BY seq`),
    insertRound: db.prepare(
      `INSERT INTO consultation_rounds (${ROUND_COLUMNS.join(', ')}) VALUES (${marks(ROUND_COLUMNS.length)})`,
    ),
    roundById: db.prepare(`SELECT * FROM consultation_rounds WHERE id = ?`),
    rounds: db.prepare(`SELECT * FROM consultation_rounds ORDER BY seq`),
    revokeSession: db.prepare(
      `INSERT INTO revoked_sessions (session_id, expires_at) VALUES (?, ?) ON CONFLICT (session_id) DO NOTHING`,
    ),
    pruneSessions: db.prepare(`DELETE FROM revoked_sessions WHERE expires_at <= ?`),
    sessionRevoked: db.prepare(`SELECT 1 FROM revoked_sessions WHERE session_id = ?`),
  });
  let prepared: ReturnType<typeof prepare> | undefined;
  const statements = () => (prepared ??= prepare());
  const rows = (result: unknown[]) => (result as Row[]).map(fromRow);

  const setDispositionAll = db.transaction((ids: readonly string[], decision: DispositionRecord) =>
    ids.filter((id) => {
      if (!statements().exists.get(id)) return false;
      statements().upsertDisposition.run(id, ...dispositionRow(decision));
      statements().addHistory.run(id, ...dispositionRow(decision));
      return true;
    }),
  );

  const insertAllOf = db.transaction(
    (annotations: readonly StoredAnnotation[], decisions: readonly ImportedDecision[]) => {
      for (const annotation of annotations) statements().insert.run(...toRow(annotation));
      for (const { id, decision } of decisions) {
        statements().upsertDisposition.run(id, ...dispositionRow(decision));
        statements().addHistory.run(id, ...dispositionRow(decision));
      }
    },
  );

  const setStatusAll = db.transaction(
    (ids: readonly string[], status: ModerationStatus, at: string, seen?: ReadonlyMap<string, string>) => {
      // Synchronous inside the transaction: no write can land between this check and the decision.
      const changed = ids.filter((id) => {
        const expected = seen?.get(id);
        const row = expected === undefined ? undefined : (statements().byId.get(id) as Row | undefined);
        return row !== undefined && revisionOf(fromRow(row)) !== expected;
      });
      if (changed.length) throw new ChangedSinceRead(changed);
      return ids.filter((id) => statements().setStatus.run({ status, at, id }).changes > 0);
    },
  );

  // ISO strings of one format (toISOString) compare as text in time order.
  const revokeSession = db.transaction((sessionId: string, expiresAt: string, now: string) => {
    statements().pruneSessions.run(now);
    statements().revokeSession.run(sessionId, expiresAt);
  });

  return {
    dialect: 'sqlite',
    async migrate() {
      const applied = new Set(
        (db.prepare('SELECT name FROM schema_migrations').all() as { name: string }[]).map((r) => r.name),
      );
      const done: string[] = [];
      // IMMEDIATE takes the write lock first, so two processes on one file cannot both apply a migration.
      const apply = db.transaction((name: string, sql: string) => {
        if (db.prepare('SELECT 1 FROM schema_migrations WHERE name = ?').get(name)) return;
        db.exec(sql);
        db.prepare('INSERT INTO schema_migrations (name, applied_at) VALUES (?, ?)').run(
          name,
          new Date().toISOString(),
        );
        done.push(name);
      });
      for (const migration of loadMigrations('sqlite')) {
        if (!applied.has(migration.name)) apply.immediate(migration.name, migration.sql);
      }
      return done;
    },
    async insert(annotation) {
      statements().insert.run(...toRow(annotation));
    },
    async insertAll(annotations, decisions = []) {
      insertAllOf(annotations, decisions);
    },
    async findById(id) {
      const row = statements().byId.get(id) as Row | undefined;
      return row ? fromRow(row) : undefined;
    },
    async findByIds(ids) {
      if (ids.length === 0) return [];
      return rows(db.prepare(`${select} WHERE id IN (${ids.map(() => '?').join(', ')}) ORDER BY seq`).all(...ids));
    },
    async listVisibleByPage(page) {
      return rows(statements().visibleByPage.all(page));
    },
    async list(filter: ModerationFilter) {
      const { clause, values } = listCondition(filter, () => '?');
      return rows(db.prepare(`${select}${clause} ORDER BY seq`).all(...values));
    },
    async countAwaitingModeration() {
      return (statements().awaiting.get() as { n: number }).n;
    },
    async update(id, patch: AnnotationPatch): Promise<StoredAnnotation | undefined> {
      const { changes } = statements().update.run({
        id,
        body: patch.body,
        bodyHtml: patch.bodyHtml,
        proposed: patch.proposedWording ?? null,
        at: patch.updatedAt,
        hold: patch.holdEditOfApproved ? 1 : 0,
      });
      return changes > 0 ? this.findById(id) : undefined;
    },
    async delete(id) {
      return statements().delete.run(id).changes > 0;
    },
    async setStatus(ids, status, at, seen) {
      return setStatusAll(ids, status, at, seen);
    },
    async setDisposition(ids, decision) {
      return setDispositionAll(ids, decision);
    },
    async dispositionHistory(id) {
      return (statements().history.all(id) as Record<string, unknown>[]).map((row) => fromDispositionRow(row));
    },
    async insertRound(round) {
      statements().insertRound.run(...roundRow(round));
    },
    async updateRound(id, patch) {
      const sets = Object.entries({ name: patch.name, opens_at: patch.opensAt, closes_at: patch.closesAt }).filter(
        ([, value]) => value !== undefined,
      );
      const assignments = [...sets.map(([column]) => `${column} = ?`), 'updated_at = ?'].join(', ');
      const { changes } = db
        .prepare(`UPDATE consultation_rounds SET ${assignments} WHERE id = ?`)
        .run(...sets.map(([, value]) => value), patch.updatedAt, id);
      if (changes === 0) return undefined;
      return fromRoundRow(statements().roundById.get(id) as Record<string, unknown>);
    },
    async listRounds() {
      return (statements().rounds.all() as Record<string, unknown>[]).map(fromRoundRow);
    },
    async revokeSession(sessionId, expiresAt, now) {
      revokeSession(sessionId, new Date(expiresAt).toISOString(), new Date(now).toISOString());
    },
    async isSessionRevoked(sessionId) {
      return statements().sessionRevoked.get(sessionId) !== undefined;
    },
    async close() {
      await checkpointer.stop();
      db.close();
    },
  };
}
