/**
 * Starts the product (built site + comment service, SQLite in a fresh temporary DATA_DIR) once for
 * the end-to-end suite, exactly as `npm run serve` does, and hands its URL to the tests.
 * The site must have been built first: `npm test` and `npm run test:e2e` build it.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startServerProcess, type ServerProcess } from './process';
import './providedContext';

export const MODERATOR_TOKEN = 'e2e-moderator-token-0123456789abcdef';

let server: ServerProcess | undefined;
let dataDir: string | undefined;

export async function setup(project: TestProject): Promise<void> {
  const root = process.cwd();
  if (!existsSync(path.join(root, 'build', 'index.html'))) {
    throw new Error(
      'No built site in ./build. Run `npm run build` first (npm test and npm run test:e2e do it for you).',
    );
  }
  dataDir = mkdtempSync(path.join(tmpdir(), 'fw-e2e-data-'));
  server = await startServerProcess({
    dataDir,
    env: {
      MODERATOR_TOKEN,
      // The suite posts many comments from one address; the rate limiter has its own tests.
      RATE_LIMIT_WRITES_PER_MINUTE: '1000',
    },
  });
  project.provide('baseUrl', server.baseUrl);
  project.provide('moderatorToken', MODERATOR_TOKEN);
  project.provide('dataDir', dataDir);
}

export async function teardown(): Promise<void> {
  await server?.stop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
}
