/**
 * A listening service instance on a shared PostgreSQL schema, as one of several behind a load
 * balancer: its own connection pool and its own live bus. Used by the two-instance tests through
 * Node (liveInstances.test.ts) and through Chromium (tests/e2e/liveTwoInstances.test.ts).
 */
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../../src/server/app';
import type { Config } from '../../../src/server/config';
import { PostgresBus } from '../../../src/server/live/bus';
import { createPostgresRepository } from '../../../src/server/repository/postgres';
import { freePort } from '../../e2e/support/process';
import { testConfig } from './helpers';
import { PG_URL } from './postgres';

export interface Instance {
  app: FastifyInstance;
  /** Where it listens, e.g. http://127.0.0.1:41234. */
  base: string;
}

/**
 * Starts an instance on `schema` (migrated on first use). Its bus LISTENs on a channel named after
 * the schema, not the product's shared one, so test runs on the same server never hear each other.
 * The port is chosen before the app is built because the Origin check on writes allows the origin
 * the instance listens on: a browser on this instance's pages sends exactly that.
 */
export async function startInstance(schema: string, overrides: Partial<Config> = {}): Promise<Instance> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const repository = createPostgresRepository(PG_URL, { schema, poolSize: 3 });
  await repository.migrate();
  const liveBus = new PostgresBus(PG_URL, schema);
  const config = testConfig({ databaseUrl: PG_URL, port, publicOrigin: base, ...overrides });
  let app: FastifyInstance;
  try {
    app = await buildApp(config, { repository, logger: false, liveBus });
  } catch (error) {
    await liveBus.close();
    await repository.close();
    throw error;
  }
  // From here the app owns the repository and the bus: closing it closes both.
  try {
    await app.listen({ port, host: '127.0.0.1' });
  } catch (error) {
    await app.close();
    throw error;
  }
  return { app, base };
}
