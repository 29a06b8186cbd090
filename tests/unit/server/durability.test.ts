/**
 * An acknowledged comment survives the server being killed (SIGKILL, no chance to flush or close)
 * and restarted: the real entry point as a child process, SQLite in a temporary DATA_DIR.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { freePort, startServerProcess, type ServerProcess } from '../../e2e/support/process';
import { cleanup, tempDir, validBody } from './helpers';

const TOKEN = 'durability-moderator-token-0123';
const servers: ServerProcess[] = [];
const children: ChildProcess[] = [];

afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.stop('SIGKILL')));
  for (const child of children.splice(0)) {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGKILL');
      await exited;
    }
  }
  await cleanup();
});

async function start(dataDir: string, port: number, env: Record<string, string> = {}): Promise<ServerProcess> {
  const server = await startServerProcess({
    dataDir,
    port,
    env: { MODERATOR_TOKEN: TOKEN, SITE_DIR: tempDir('fw-nosite-'), ...env },
    captureStdout: true,
  });
  servers.push(server);
  return server;
}

describe('durability', () => {
  it('keeps a comment acknowledged with 201 across SIGKILL and restart', { timeout: 60_000 }, async () => {
    const dataDir = tempDir('fw-durable-');
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    const first = await start(dataDir, port);

    const created = await fetch(`${base}/api/annotations`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(validBody({ body: 'Survives a crash.' })),
    });
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: string };

    await first.stop('SIGKILL');
    expect(first.child.signalCode).toBe('SIGKILL');

    await start(dataDir, port);
    const listed = await fetch(`${base}/api/moderation/annotations?status=pending`, {
      headers: { authorization: `Bearer ${TOKEN}` },
    });
    const [listedItem] = ((await listed.json()) as { annotations: { id: string; revision: string }[] }).annotations;
    expect(listedItem?.id).toBe(id);
    const decision = await fetch(`${base}/api/moderation/decisions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
      body: JSON.stringify({ items: [{ id, revision: listedItem?.revision }], status: 'approved' }),
    });
    expect(await decision.json()).toEqual({ status: 'approved', updated: [id], notFound: [], editRejected: [] });
    const read = await fetch(`${base}/api/annotations/${id}`);
    expect(read.status).toBe(200);
    expect(((await read.json()) as { bodyHtml: string }).bodyHtml).toBe('<p>Survives a crash.</p>');
  });

  it('stops gracefully on SIGTERM (exit code 0)', { timeout: 30_000 }, async () => {
    const server = await start(tempDir('fw-term-'), await freePort());
    await server.stop('SIGTERM');
    expect(server.child.exitCode).toBe(0);
  });

  it('generates and logs a moderator token when none is set, and that token works', { timeout: 30_000 }, async () => {
    const port = await freePort();
    const server = await start(tempDir('fw-gen-'), port, { MODERATOR_TOKEN: '' });
    const token = /moderator token is: ([A-Za-z0-9_-]+)/.exec(server.output())?.[1];
    expect(token).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(server.output()).toContain('set MODERATOR_TOKEN');
    const list = await fetch(`http://127.0.0.1:${port}/api/moderation/annotations`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(list.status).toBe(200);
  });

  it('exits with a message naming a bad variable', { timeout: 30_000 }, async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
      cwd: process.cwd(),
      env: { ...process.env, PORT: 'eighty', DATA_DIR: tempDir('fw-bad-') },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    children.push(child);
    let stderr = '';
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise((resolve) => child.once('exit', resolve));
    expect(code).toBe(1);
    expect(stderr).toContain('PORT="eighty": expected a TCP port number from 1 to 65535');
  });
});
