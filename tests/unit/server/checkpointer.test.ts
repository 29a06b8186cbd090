/** WAL checkpoints happen in the background worker, not in the request path. */
import Database from 'better-sqlite3';
import { statSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startCheckpointer } from '../../../src/server/repository/checkpointer';
import { cleanup, tempDir } from './helpers';

afterEach(cleanup);

describe('startCheckpointer', () => {
  it(
    'copies committed pages into the database file without the writer checkpointing',
    { timeout: 40_000 },
    async () => {
      const file = path.join(tempDir('fw-ckpt-'), 'db.sqlite');
      const db = new Database(file);
      db.pragma('journal_mode = WAL');
      const checkpointer = startCheckpointer(db, file, 50);
      try {
        expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(0);
        db.exec('CREATE TABLE t (v TEXT)');
        const insert = db.prepare('INSERT INTO t VALUES (?)');
        const before = statSync(file).size;
        db.transaction(() => {
          for (let i = 0; i < 2000; i++) insert.run('x'.repeat(200));
        })();
        await expect
          .poll(() => statSync(file).size, { timeout: 30_000, interval: 50 })
          .toBeGreaterThan(before + 300_000);
      } finally {
        await checkpointer.stop();
        db.close();
      }
    },
  );
});
