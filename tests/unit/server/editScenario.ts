/**
 * "Editing must not hide a conversation", as one scenario run on each database (annotationsRoutes
 * on SQLite, postgresApp on PostgreSQL): an approved comment with an approved reply is edited by
 * its author under pre-moderation. Readers keep seeing the approved text and the reply; the author
 * sees their edit marked as waiting; the moderator sees before and after; approving publishes it.
 */
import type { FastifyInstance } from 'fastify';
import { expect } from 'vitest';
import type {
  ModerationListResponse,
  PageAnnotationsResponse,
  PublicAnnotation,
} from '../../../src/shared/annotations';
import { decide, moderatorHeaders, post, validBody } from './helpers';

export async function editKeepsConversationVisible(app: FastifyInstance, page: string): Promise<void> {
  const readPage = async () =>
    (await app.inject({ url: `/api/annotations?page=${page}` })).json<PageAnnotationsResponse>().annotations;
  const target = { page, paragraphId: 'p-parent', paragraphHash: 'abc' };
  const parent = await post(app, validBody({ target, body: 'The **approved** text.', proposedWording: 'Old' }));
  await decide(app, [parent.id], 'approved');
  const reply = await post(app, validBody({ target, parentId: parent.id, body: 'A reply by someone else.' }));
  await decide(app, [reply.id], 'approved');

  const edited = await app.inject({
    method: 'PATCH',
    url: `/api/annotations/${parent.id}`,
    headers: { 'x-edit-token': parent.editToken },
    payload: { body: 'The *edited* text.', proposedWording: 'New' },
  });
  expect(edited.statusCode).toBe(200);
  // The author sees their edit, marked as waiting.
  expect(edited.json<PublicAnnotation>()).toMatchObject({
    status: 'approved',
    editPending: true,
    bodyHtml: '<p>The <em>edited</em> text.</p>',
    proposedWording: 'New',
  });
  const mine = await app.inject({
    method: 'POST',
    url: '/api/annotations/mine',
    payload: { items: [{ id: parent.id, editToken: parent.editToken }] },
  });
  expect(mine.json<{ annotations: PublicAnnotation[] }>().annotations[0]).toMatchObject({ editPending: true });

  // Everyone else: the approved version and the reply, unchanged; the edit never leaks.
  const shown = await readPage();
  expect(shown.map((a) => a.id)).toEqual([parent.id, reply.id]);
  expect(shown[0]).toMatchObject({ bodyHtml: '<p>The <strong>approved</strong> text.</p>', proposedWording: 'Old' });
  expect(shown[0]).not.toHaveProperty('editPending');
  const single = await app.inject({ url: `/api/annotations/${parent.id}` });
  expect(single.statusCode).toBe(200);
  expect(single.body).not.toContain('edited');

  // The moderator sees the edit as before/after, with the parent above the reply's context.
  const queue = await app.inject({
    url: `/api/moderation/annotations?status=pending&page=${page}`,
    headers: moderatorHeaders,
  });
  const [item] = queue.json<ModerationListResponse>().annotations;
  expect(item).toMatchObject({
    id: parent.id,
    status: 'approved',
    body: 'The **approved** text.',
    pendingEdit: { body: 'The *edited* text.', bodyHtml: '<p>The <em>edited</em> text.</p>', proposedWording: 'New' },
  });

  await decide(app, [parent.id], 'approved');
  const after = await readPage();
  expect(after.map((a) => a.id)).toEqual([parent.id, reply.id]);
  expect(after[0]).toMatchObject({ bodyHtml: '<p>The <em>edited</em> text.</p>', proposedWording: 'New' });

  // A rejected edit leaves the published version as it was.
  await app.inject({
    method: 'PATCH',
    url: `/api/annotations/${parent.id}`,
    headers: { 'x-edit-token': parent.editToken },
    payload: { body: 'Something the editors will refuse.' },
  });
  const reject = () =>
    app.inject({
      method: 'POST',
      url: '/api/moderation/decisions',
      headers: moderatorHeaders,
      payload: { ids: [parent.id], status: 'rejected' },
    });
  // The answer says that only the edit went, so the editor does not believe the comment did.
  expect((await reject()).json()).toEqual({
    status: 'rejected',
    updated: [parent.id],
    notFound: [],
    editRejected: [parent.id],
  });
  const kept = await readPage();
  expect(kept.map((a) => a.id)).toEqual([parent.id, reply.id]);
  expect(kept[0]?.bodyHtml).toBe('<p>The <em>edited</em> text.</p>');
  // Rejected again, without an edit waiting, the comment (and so its thread) is taken down.
  expect((await reject()).json()).toMatchObject({ updated: [parent.id], editRejected: [] });
  expect(await readPage()).toEqual([]);
}
