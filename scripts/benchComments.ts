/**
 * `npm run bench:comments`: throughput and latency of the comment service on SQLite.
 * Starts the real entry point (src/server/main.ts) on loopback with a temporary DATA_DIR, seeds one
 * page with a realistic thread, then runs autocannon for a bounded time against: the bare
 * GET /api/health (the ceiling), the page-thread read (cached after the first), uncached reads
 * (UNCACHED_PAGES pages read round-robin, more than the page cache holds, so every read queries the
 * database), and comment creation with pre-moderation off and the rate limit raised. Then a second
 * server in the default configuration (pre-moderation on, default write rate limit) takes the same
 * writes: accepted and rate-limited answers are counted apart. Targets on the project's 2-core
 * machine: ≥ 3,000 reads/s, ≥ 500 writes/s, p99 < 50 ms.
 */
import autocannon, { type Result } from 'autocannon';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startServerProcess } from '../tests/e2e/support/process';

const DURATION_S = Number(process.env.BENCH_SECONDS ?? 8);
const CONNECTIONS = 10;
const SEED_COMMENTS = 40;
const PAGE = '/docs/definition';
/** More than PageCache's 1,000 entries, read round-robin: every read misses the cache. */
const UNCACHED_PAGES = 1500;

const comment = (i: number, parentId?: string, page = PAGE) =>
  JSON.stringify({
    target: { page, paragraphId: `p-${(i % 12).toString(16)}abc`, paragraphHash: 'k2j4h5' },
    body: `Comment ${i}: the **definition** should mention [the Collaborative](https://example.org) and _local_ practice.`,
    authorName: `Reader ${i}`,
    stakeholder: 'cso',
    organisation: 'Example organisation',
    country: 'Kenya',
    focus: 'practicality',
    commentType: 'suggestion',
    visibility: 'public',
    ...(parentId ? { parentId } : {}),
  });

function row(name: string, r: Result): string {
  const rate = Math.round(r.requests.average).toLocaleString('en-GB');
  const bad = r.errors + r.timeouts + r.non2xx;
  return `${name.padEnd(28)} ${rate.padStart(8)} req/s   p50 ${String(r.latency.p50).padStart(3)} ms   p99 ${String(r.latency.p99).padStart(3)} ms   ${r.requests.total} requests, ${bad} failed`;
}

async function main(): Promise<void> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'fw-bench-'));
  const server = await startServerProcess({
    dataDir,
    env: {
      MODERATOR_TOKEN: 'bench-moderator-token-0123456789',
      PREMODERATION: 'false',
      RATE_LIMIT_WRITES_PER_MINUTE: '1000000',
      SITE_DIR: path.join(dataDir, 'no-site'),
    },
  });
  const base = server.baseUrl;
  try {
    let lastTopLevel: string | undefined;
    for (let i = 0; i < SEED_COMMENTS; i++) {
      const response = await fetch(`${base}/api/annotations`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: comment(i, i % 4 === 3 ? lastTopLevel : undefined),
      });
      const { id } = (await response.json()) as { id: string };
      if (i % 4 !== 3) lastTopLevel = id;
    }
    const thread = await (await fetch(`${base}/api/annotations?page=${PAGE}`)).text();
    console.log(
      `SQLite, ${CONNECTIONS} connections, ${DURATION_S} s per run; page thread = ${SEED_COMMENTS} comments, ${thread.length} bytes\n`,
    );

    const health = await autocannon({ url: `${base}/api/health`, connections: CONNECTIONS, duration: DURATION_S });
    console.log(row('GET /api/health (ceiling)', health));
    const reads = await autocannon({
      url: `${base}/api/annotations?page=${PAGE}`,
      connections: CONNECTIONS,
      duration: DURATION_S,
    });
    console.log(row('GET page thread (cached)', reads));

    const pages = Array.from({ length: UNCACHED_PAGES }, (_, i) => `/docs/bench/page-${i}`);
    for (let i = 0; i < pages.length; i += 50) {
      await Promise.all(
        pages.slice(i, i + 50).map((page, j) =>
          fetch(`${base}/api/annotations`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: comment(i + j, undefined, page),
          }),
        ),
      );
    }
    let next = 0;
    const uncached = await autocannon({
      url: base,
      connections: CONNECTIONS,
      duration: DURATION_S,
      requests: [
        {
          method: 'GET',
          setupRequest: (request) => ({ ...request, path: `/api/annotations?page=${pages[next++ % pages.length]}` }),
        },
      ],
    });
    console.log(row('GET page thread (uncached)', uncached));
    const writes = await autocannon({
      url: `${base}/api/annotations`,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: comment(1),
      connections: CONNECTIONS,
      duration: DURATION_S,
    });
    console.log(row('POST comment (no limits)', writes));

    const verdict = (ok: boolean) => (ok ? 'met' : 'NOT met');
    console.log(
      `\nTargets: reads ≥ 3,000/s ${verdict(reads.requests.average >= 3000)}; writes ≥ 500/s ${verdict(writes.requests.average >= 500)}; ` +
        `p99 < 50 ms ${verdict(Math.max(reads.latency.p99, writes.latency.p99) < 50)}.`,
    );
  } finally {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
  await defaultConfiguration();
}

/** Writes against the service as deployed by default: pre-moderation on, the default rate limit. */
async function defaultConfiguration(): Promise<void> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'fw-bench-default-'));
  const server = await startServerProcess({
    dataDir,
    env: { MODERATOR_TOKEN: 'bench-moderator-token-0123456789', SITE_DIR: path.join(dataDir, 'no-site') },
  });
  try {
    const writes = await autocannon({
      url: `${server.baseUrl}/api/annotations`,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: comment(1),
      connections: CONNECTIONS,
      duration: DURATION_S,
    });
    const accepted = writes['2xx'];
    const limited = writes.statusCodeStats?.['429']?.count ?? 0;
    console.log(row('POST comment (default config)', writes));
    console.log(
      `  default configuration: ${accepted} accepted (pending moderation), ${limited} answered 429 by the write rate limit, from one address`,
    );
  } finally {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
