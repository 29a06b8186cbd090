/**
 * Fixtures for the feedback-loop tests: the same app on SQLite and on PostgreSQL (a fresh schema
 * per app; the PostgreSQL runs fail, naming the set-up script, when the server is unreachable), a
 * small block register, and shorthands for dispositions and rounds.
 */
import pg from 'pg';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../../src/server/app';
import type { Config } from '../../../src/server/config';
import { createPostgresRepository } from '../../../src/server/repository/postgres';
import { indexBlockRegister, type BlockRegister } from '../../../src/shared/blockRegister';
import type { DispositionBody } from '../../../src/shared/feedback';
import { moderatorHeaders, onCleanup, testApp, testConfig } from './helpers';
import { admin, PG_URL } from './postgres';

export const DATABASES = ['SQLite', 'PostgreSQL'] as const;
export type Database = (typeof DATABASES)[number];

/** A register with two Framework pages, sections and paragraphs, and a blog post. */
export const REGISTER: BlockRegister = {
  version: 1,
  pages: [
    {
      path: '/docs/definition',
      title: 'Definition',
      blocks: [
        { id: 'p-3f2a1c', text: 'First paragraph of the lead, used by the tests as a stand-in.', headings: [] },
        {
          id: 'definition-who',
          text: 'Second paragraph, in a section called Who, with a few more words.',
          headings: ['Who'],
        },
        { id: 'definition-how', text: 'Third paragraph, in the section called How.', headings: ['How'] },
      ],
    },
    {
      path: '/docs/roadmap',
      title: 'Roadmap',
      blocks: [{ id: 'roadmap-first', text: 'A roadmap paragraph of the test register.', headings: ['Actions'] }],
    },
    { path: '/blog/post', title: 'A post', blocks: [{ id: 'post-one', text: 'Blog text.', headings: [] }] },
  ],
  retired: { 'old-who': { path: '/docs/definition', id: 'definition-who' } },
  movedPages: {},
};

let schemas = 0;

/** Fails, naming the set-up script, when PostgreSQL at TEST_DATABASE_URL cannot be reached (postgres.ts). */
export async function reachPostgres(): Promise<void> {
  await admin('SELECT 1');
}

async function dropSchema(schema: string) {
  const client = new pg.Client({ connectionString: PG_URL });
  await client.connect();
  await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  await client.end();
}

/** The app on a fresh database of the given kind, with REGISTER as its block register; closed at cleanup(). */
export async function feedbackApp(database: Database, overrides: Partial<Config> = {}): Promise<FastifyInstance> {
  let app: FastifyInstance;
  if (database === 'SQLite') app = await testApp(overrides);
  else {
    await reachPostgres();
    const schema = `fw_fb_${process.pid}_${Date.now().toString(36)}_${++schemas}`;
    const repository = createPostgresRepository(PG_URL, { schema, poolSize: 2 });
    await repository.migrate();
    app = await buildApp(testConfig({ databaseUrl: PG_URL, ...overrides }), { repository, logger: false });
    onCleanup(() => dropSchema(schema));
    onCleanup(() => app.close());
  }
  (app as unknown as { blocks: unknown }).blocks = indexBlockRegister(REGISTER);
  return app;
}

/** Records a disposition through the API (fails the test otherwise). */
export async function dispose(app: FastifyInstance, body: Omit<DispositionBody, 'decidedBy'> & { decidedBy?: string }) {
  const response = await app.inject({
    method: 'POST',
    url: '/api/moderation/dispositions',
    headers: moderatorHeaders,
    payload: { decidedBy: 'Editor Test', ...body },
  });
  if (response.statusCode !== 200) throw new Error(`disposition failed: ${response.statusCode} ${response.body}`);
  return response.json<{ updated: string[]; notFound: string[] }>();
}

/** Opens a round through the API; returns its id. */
export async function openRound(app: FastifyInstance, body: Record<string, unknown>): Promise<string> {
  const response = await app.inject({
    method: 'POST',
    url: '/api/moderation/rounds',
    headers: moderatorHeaders,
    payload: body,
  });
  if (response.statusCode !== 201) throw new Error(`round failed: ${response.statusCode} ${response.body}`);
  return response.json<{ id: string }>().id;
}
