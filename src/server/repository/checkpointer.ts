/**
 * Moves SQLite's WAL checkpoints off the event loop. By default the connection that commits also
 * copies the WAL back into the database every ~1000 pages, and that copy fsyncs: on a busy disk it
 * stalls every request for tens of milliseconds. Instead the main connection never checkpoints
 * (`wal_autocheckpoint = 0`) and a worker thread with its own connection runs a PASSIVE checkpoint
 * (which never blocks readers or writers) every `intervalMs`. If the worker fails, the main
 * connection takes automatic checkpoints again, so the WAL can never grow without bound.
 */
import type BetterSqlite3 from 'better-sqlite3';
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

// Plain CommonJS evaluated in the worker: no TypeScript loader needed there.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file);
db.pragma('busy_timeout = 5000');
const checkpoint = () => db.pragma('wal_checkpoint(PASSIVE)');
checkpoint();
const timer = setInterval(checkpoint, workerData.intervalMs);
parentPort.on('message', () => {
  clearInterval(timer);
  db.close();
  parentPort.close();
});
`;

/** A running background checkpointer; stop() before closing the main connection. */
export interface Checkpointer {
  stop(): Promise<void>;
}

/**
 * Starts checkpointing `db` (file `file`) from a worker thread, every `intervalMs` milliseconds.
 * The thread starts after the first `intervalMs` and checkpoints at once: a connection closed
 * sooner (as in most service tests, which build about 150 apps) never pays for booting one.
 */
export function startCheckpointer(db: BetterSqlite3.Database, file: string, intervalMs = 500): Checkpointer {
  const driver = createRequire(import.meta.url).resolve('better-sqlite3');
  db.pragma('wal_autocheckpoint = 0');
  // After a checkpoint the WAL is reused from its start; this trims a file grown by a burst.
  db.pragma('journal_size_limit = 16777216');
  let stopped = false;
  let worker: Worker | undefined;
  let exited: Promise<void> = Promise.resolve();
  // Without a worker, the main connection checkpoints again, so the WAL stays bounded.
  const checkpointHere = () => {
    if (!stopped && db.open) db.pragma('wal_autocheckpoint = 1000');
  };
  const start = setTimeout(() => {
    let thread: Worker;
    try {
      // No execArgv: the worker runs plain JavaScript and needs no TypeScript loader.
      thread = new Worker(WORKER_SOURCE, { eval: true, execArgv: [], workerData: { driver, file, intervalMs } });
    } catch {
      // Out of threads or memory: in a timer, a throw would end the process.
      checkpointHere();
      return;
    }
    thread.unref();
    exited = new Promise<void>((resolve) => thread.once('exit', () => resolve()));
    thread.once('error', checkpointHere);
    worker = thread;
  }, intervalMs);
  start.unref();
  return {
    async stop() {
      stopped = true;
      clearTimeout(start);
      if (!worker) return;
      // Keep the process alive until the worker has closed its connection.
      worker.ref();
      worker.postMessage('stop');
      await exited;
    },
  };
}
