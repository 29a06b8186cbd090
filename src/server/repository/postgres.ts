/**
 * PostgreSQL adapter (`pg`), used when DATABASE_URL is set: several service instances behind a
 * load balancer share one database. Migrations take a session advisory lock, so instances that
 * start together apply each migration exactly once; the others wait, then find nothing to do.
 */
import pg from 'pg';
import type { ModerationStatus } from '../../shared/annotations';
import { loadMigrations } from '../migrations';
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
import { revisionOf } from './revision';
import { ChangedSinceRead, type AnnotationRepository, type ModerationFilter } from './types';

/** Arbitrary constant naming "the comment service's migrations" among advisory locks. */
const MIGRATION_LOCK = 4_204_2024;

export interface PostgresOptions {
  /** Schema to use (created if missing); tests use a fresh one per run. Default: public. */
  schema?: string;
  poolSize?: number;
  /** Where to report errors of idle connections (a restarted server, a network cut). Default: stderr. */
  onError?: (error: Error) => void;
}

/** Rewrites the shared SQL's `@name` parameters to PostgreSQL's `$n`, with the values in order. */
function named(sql: string, params: Record<string, unknown>): [string, unknown[]] {
  const order: string[] = [];
  const text = sql.replace(/@([a-zA-Z]+)/g, (_, name: string) => {
    if (!(name in params)) throw new Error(`No value for SQL parameter @${name}`);
    if (!order.includes(name)) order.push(name);
    return `$${order.indexOf(name) + 1}`;
  });
  return [text, order.map((name) => params[name])];
}

/** Connects a pool to `url`; call migrate() before use. */
export function createPostgresRepository(url: string, options: PostgresOptions = {}): AnnotationRepository {
  const schema = options.schema ?? 'public';
  if (!/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error(`Invalid PostgreSQL schema name: ${schema}`);
  const pool = new pg.Pool({
    connectionString: url,
    max: options.poolSize ?? 10,
    // Every connection resolves table names in our schema first; no statement may hang a request.
    options: `-c search_path=${schema} -c statement_timeout=10000`,
  });
  // Without a listener, an idle connection's error would crash the process; the pool replaces it.
  pool.on(
    'error',
    options.onError ?? ((error) => process.stderr.write(`PostgreSQL connection error: ${error.message}\n`)),
  );
  const select = SELECT_ANNOTATIONS;
  const params = (n: number, from = 1) => Array.from({ length: n }, (_, i) => `$${i + from}`).join(', ');
  const placeholders = COLUMNS.map((_, i) => `$${i + 1}`).join(', ');
  const query = async (sql: string, params: unknown[] = []) => (await pool.query(sql, params)).rows as Row[];

  async function transaction<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  return {
    dialect: 'postgres',
    async migrate() {
      const client = await pool.connect();
      const done: string[] = [];
      try {
        await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
        await client.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
        await client.query(
          'CREATE TABLE IF NOT EXISTS schema_migrations (name TEXT PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL)',
        );
        const applied = new Set(
          (await client.query('SELECT name FROM schema_migrations')).rows.map((r: { name: string }) => r.name),
        );
        for (const migration of loadMigrations('postgres')) {
          if (applied.has(migration.name)) continue;
          await client.query('BEGIN');
          try {
            await client.query(migration.sql);
            await client.query('INSERT INTO schema_migrations (name, applied_at) VALUES ($1, now())', [migration.name]);
            await client.query('COMMIT');
            done.push(migration.name);
          } catch (error) {
            await client.query('ROLLBACK');
            throw error;
          }
        }
      } finally {
        await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
        client.release();
      }
      return done;
    },
    async insert(annotation) {
      await pool.query(`INSERT INTO annotations (${COLUMNS.join(', ')}) VALUES (${placeholders})`, toRow(annotation));
    },
    async insertAll(annotations, decisions = []) {
      await transaction(async (client) => {
        const insert = `INSERT INTO annotations (${COLUMNS.join(', ')}) VALUES (${placeholders})`;
        for (const annotation of annotations) await client.query(insert, toRow(annotation));
        const columns = DISPOSITION_COLUMNS.join(', ');
        for (const { id, decision } of decisions) {
          const values = [id, ...dispositionRow(decision)];
          await client.query(
            `INSERT INTO dispositions (annotation_id, ${columns}) VALUES (${params(7)})
             ON CONFLICT (annotation_id) DO UPDATE SET ${DISPOSITION_COLUMNS.map((c) => `${c} = excluded.${c}`).join(', ')}`,
            values,
          );
          await client.query(
            `INSERT INTO disposition_history (annotation_id, ${columns}) VALUES (${params(7)})`,
            values,
          );
        }
      });
    },
    async findById(id) {
      const [row] = await query(`${select} WHERE id = $1`, [id]);
      return row ? fromRow(row) : undefined;
    },
    async findByIds(ids) {
      if (ids.length === 0) return [];
      return (await query(`${select} WHERE id = ANY($1::text[]) ORDER BY seq`, [ids])).map(fromRow);
    },
    async listVisibleByPage(page) {
      const sql = `${select} WHERE page = $1 AND status = 'approved' AND visibility = 'public' ORDER BY seq`;
      return (await query(sql, [page])).map(fromRow);
    },
    async list(filter: ModerationFilter) {
      const { clause, values } = listCondition(filter, (i) => `$${i + 1}`);
      return (await query(`${select}${clause} ORDER BY seq`, values)).map(fromRow);
    },
    async countAwaitingModeration() {
      const [row] = await query(`SELECT count(*)::int AS n FROM annotations WHERE ${AWAITING_MODERATION}`);
      return Number((row as unknown as { n: number }).n);
    },
    async update(id, patch) {
      const [sql, params] = named(
        `UPDATE annotations SET ${EDIT_ASSIGNMENTS.replace(/\$hold/g, '@hold::boolean')} WHERE id = @id AND ${EDITABLE}
         RETURNING ${COLUMNS.join(', ')}`,
        {
          id,
          body: patch.body,
          bodyHtml: patch.bodyHtml,
          proposed: patch.proposedWording ?? null,
          at: patch.updatedAt,
          hold: patch.holdEditOfApproved,
        },
      );
      const [row] = await query(sql, params);
      // Read back with the joined disposition and round, like every other read.
      return row ? this.findById(id) : undefined;
    },
    async delete(id) {
      return ((await pool.query('DELETE FROM annotations WHERE id = $1', [id])).rowCount ?? 0) > 0;
    },
    async setStatus(ids, status: ModerationStatus, at, seen) {
      return transaction(async (client) => {
        const checked = ids.filter((id) => seen?.has(id));
        if (checked.length) {
          // Locked until the decision commits: an author's edit waits, and cannot slip in unread.
          const current = await client.query(`${select} WHERE a.id = ANY($1::text[]) FOR UPDATE OF a`, [checked]);
          const changed = (current.rows as Row[])
            .map(fromRow)
            .filter((a) => revisionOf(a) !== seen?.get(a.id))
            .map((a) => a.id);
          if (changed.length) throw new ChangedSinceRead(ids.filter((id) => changed.includes(id)));
        }
        const [sql, params] = named(
          `UPDATE annotations SET ${DECISION_ASSIGNMENTS} WHERE id = ANY(@ids::text[]) RETURNING id`,
          { status, at, ids },
        );
        const result = await client.query(sql, params);
        const updated = new Set(result.rows.map((r: { id: string }) => r.id));
        return ids.filter((id) => updated.has(id));
      });
    },
    async setDisposition(ids, decision) {
      return transaction(async (client) => {
        const found = await client.query('SELECT id FROM annotations WHERE id = ANY($1::text[])', [ids]);
        const existing = new Set(found.rows.map((r: { id: string }) => r.id));
        const updated = ids.filter((id) => existing.has(id));
        const columns = DISPOSITION_COLUMNS.join(', ');
        for (const id of updated) {
          const values = [id, ...dispositionRow(decision)];
          await client.query(
            `INSERT INTO dispositions (annotation_id, ${columns}) VALUES (${params(7)})
             ON CONFLICT (annotation_id) DO UPDATE SET ${DISPOSITION_COLUMNS.map((c) => `${c} = excluded.${c}`).join(', ')}`,
            values,
          );
          await client.query(
            `INSERT INTO disposition_history (annotation_id, ${columns}) VALUES (${params(7)})`,
            values,
          );
        }
        return updated;
      });
    },
    async dispositionHistory(id) {
      const result = await pool.query('SELECT * FROM disposition_history WHERE annotation_id = $1 ORDER BY seq', [id]);
      return result.rows.map((row: Record<string, unknown>) => fromDispositionRow(row));
    },
    async insertRound(round) {
      await pool.query(
        `INSERT INTO consultation_rounds (${ROUND_COLUMNS.join(', ')}) VALUES (${params(ROUND_COLUMNS.length)})`,
        roundRow(round),
      );
    },
    async updateRound(id, patch) {
      const sets = Object.entries({ name: patch.name, opens_at: patch.opensAt, closes_at: patch.closesAt }).filter(
        ([, value]) => value !== undefined,
      );
      const assignments = [...sets.map(([column], i) => `${column} = $${i + 1}`), `updated_at = $${sets.length + 1}`];
      const result = await pool.query(
        `UPDATE consultation_rounds SET ${assignments.join(', ')} WHERE id = $${sets.length + 2} RETURNING *`,
        [...sets.map(([, value]) => value), patch.updatedAt, id],
      );
      return result.rows[0] ? fromRoundRow(result.rows[0] as Record<string, unknown>) : undefined;
    },
    async listRounds() {
      return (await pool.query('SELECT * FROM consultation_rounds ORDER BY seq')).rows.map(fromRoundRow);
    },
    async revokeSession(sessionId, expiresAt, now) {
      // One statement, so the prune and the insert are one transaction.
      await pool.query(
        `WITH pruned AS (DELETE FROM revoked_sessions WHERE expires_at <= $3)
         INSERT INTO revoked_sessions (session_id, expires_at) VALUES ($1, $2) ON CONFLICT (session_id) DO NOTHING`,
        [sessionId, expiresAt, now],
      );
    },
    async isSessionRevoked(sessionId) {
      return (
        ((await pool.query('SELECT 1 FROM revoked_sessions WHERE session_id = $1', [sessionId])).rowCount ?? 0) > 0
      );
    },
    async close() {
      await pool.end();
    },
  };
}
