/**
 * The whole API on PostgreSQL (the adapter used behind a load balancer): create, moderate, read,
 * edit, own lookup, export. Fails, naming scripts/test-setup.sh, when PostgreSQL is unreachable.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../../src/server/app';
import { createPostgresRepository } from '../../../src/server/repository/postgres';
import type { FastifyInstance } from 'fastify';
import { admin, PG_URL } from './postgres';
import { editKeepsConversationVisible } from './editScenario';
import { cleanup, decide, MODERATOR_TOKEN, moderatorHeaders, post, testConfig, validBody } from './helpers';

const schema = `fw_app_${process.pid}_${Date.now().toString(36)}`;

describe('the API on PostgreSQL', () => {
  let app: FastifyInstance;

  beforeAll(async () => {
    await admin('SELECT 1');
    const repository = createPostgresRepository(PG_URL, { schema, poolSize: 4 });
    await repository.migrate();
    app = await buildApp(testConfig({ databaseUrl: PG_URL }), { repository, logger: false });
  });
  afterAll(async () => {
    await app?.close();
    await admin(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await cleanup();
  });

  it('creates, moderates, edits and reads back comments and replies', async () => {
    const parent = await post(
      app,
      validBody({
        target: { paragraphId: 'p-1', quote: { exact: 'citizen', prefix: 'of ', suffix: ' data' } } as never,
      }),
    );
    await decide(app, [parent.id], 'approved');
    const reply = await post(app, validBody({ parentId: parent.id, body: 'A reply' }));
    await decide(app, [reply.id], 'approved');
    const page = (await app.inject({ url: '/api/annotations?page=/docs/definition' })).json();
    expect(page.annotations.map((a: { id: string }) => a.id)).toEqual([parent.id, reply.id]);
    expect(page.annotations[1].target.quote.exact).toBe('citizen');
    expect(page.annotations[0].createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);

    const edited = await app.inject({
      method: 'PATCH',
      url: `/api/annotations/${parent.id}`,
      headers: { 'x-edit-token': parent.editToken },
      payload: { body: 'v2' },
    });
    expect(edited.json()).toMatchObject({ status: 'approved', editPending: true, bodyHtml: '<p>v2</p>' });
    const mine = await app.inject({
      method: 'POST',
      url: '/api/annotations/mine',
      payload: { items: [{ id: parent.id, editToken: parent.editToken }] },
    });
    expect(mine.json().annotations[0]).toMatchObject({ status: 'approved', editPending: true });
    const exported = await app.inject({ url: '/api/moderation/export', headers: moderatorHeaders });
    expect(exported.json().annotations).toHaveLength(2);
  });

  it('keeps an approved comment and its replies published while its edit waits for an editor', async () => {
    await editKeepsConversationVisible(app, '/docs/other');
  });

  it('a sign-out on one instance ends the session on another instance on the same database', async () => {
    const repository = createPostgresRepository(PG_URL, { schema, poolSize: 2 });
    await repository.migrate();
    const other = await buildApp(testConfig({ databaseUrl: PG_URL }), { repository, logger: false });
    try {
      const signIn = await app.inject({
        method: 'POST',
        url: '/api/moderation/session',
        payload: { token: MODERATOR_TOKEN, name: 'Editor Ama' },
      });
      const cookie = String(
        [signIn.headers['set-cookie']].flat().find((c) => String(c).startsWith('fw_moderator=')),
      ).split(';')[0]!;
      expect((await other.inject({ url: '/api/moderation/session', headers: { cookie } })).json()).toEqual({
        name: 'Editor Ama',
      });
      const out = await app.inject({ method: 'DELETE', url: '/api/moderation/session', headers: { cookie } });
      expect(out.statusCode).toBe(204);
      expect((await other.inject({ url: '/api/moderation/annotations', headers: { cookie } })).statusCode).toBe(401);
    } finally {
      await other.close();
    }
  });
});
