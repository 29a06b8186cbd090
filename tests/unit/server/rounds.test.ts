/**
 * Consultation rounds: which round governs a paragraph (pure), and the API: editors open and close
 * rounds on the Framework, a page or a section; a closed paragraph refuses comments, replies, edits
 * and deletions with 409 and the closing date; comments carry their round; tables and exports
 * filter by it. On SQLite and PostgreSQL.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { governingRound } from '../../../src/server/feedback/rounds';
import type { StoredRound } from '../../../src/server/repository';
import { cleanup, decide, errorOf, moderatorHeaders, post, validBody } from './helpers';
import { DATABASES, feedbackApp, openRound } from './feedbackHelpers';

afterEach(cleanup);

const at = (day: number) => new Date(Date.UTC(2026, 1, day)).toISOString();
const round = (id: string, fields: Partial<StoredRound>): StoredRound => ({
  id,
  name: id,
  opensAt: at(1),
  createdAt: at(1),
  updatedAt: at(1),
  ...fields,
});

describe('governingRound', () => {
  const now = new Date(at(10));
  it('leaves a paragraph no round covers open, outside any round', () => {
    expect(governingRound([round('other', { page: '/docs/roadmap' })], '/docs/definition', 'Who', now)).toBeUndefined();
  });
  it('lets the most specific level decide: a closed section stays closed while its page is open', () => {
    const rounds = [
      round('site', {}),
      round('page', { page: '/docs/definition' }),
      round('section', { page: '/docs/definition', section: 'Who', closesAt: at(5) }),
    ];
    expect(governingRound(rounds, '/docs/definition', 'Who', now)).toMatchObject({
      roundId: 'section',
      state: 'closed',
      closesAt: at(5),
    });
    expect(governingRound(rounds, '/docs/definition', 'How', now)).toMatchObject({ roundId: 'page', state: 'open' });
    expect(governingRound(rounds, '/docs/definition/', undefined, now)).toMatchObject({ roundId: 'page' });
    expect(governingRound(rounds, '/docs/roadmap', 'Actions', now)).toMatchObject({ roundId: 'site', state: 'open' });
  });
  it('is open while one round at that level is open; else the latest closed; else the next to open', () => {
    const earlier = round('earlier', { page: '/docs/x', opensAt: at(1), closesAt: at(3) });
    const later = round('later', { page: '/docs/x', opensAt: at(4), closesAt: at(6) });
    const current = round('current', { page: '/docs/x', opensAt: at(8), closesAt: at(12) });
    const next = round('next', { page: '/docs/x', opensAt: at(20) });
    expect(governingRound([earlier, later, current, next], '/docs/x', undefined, now)?.roundId).toBe('current');
    expect(governingRound([later, earlier, next], '/docs/x', undefined, now)).toMatchObject({
      roundId: 'later',
      state: 'closed',
    });
    expect(governingRound([next], '/docs/x', undefined, now)).toMatchObject({ roundId: 'next', state: 'upcoming' });
    // The closing instant itself is closed.
    expect(governingRound([current], '/docs/x', undefined, new Date(at(12)))?.state).toBe('closed');
  });
});

describe.each(DATABASES)('consultation rounds on %s', (database) => {
  it('opens and closes commenting on a section; a closed section refuses writes with 409 and the date', async () => {
    const app = await feedbackApp(database);
    const before = await post(
      app,
      validBody({ target: { page: '/docs/definition', paragraphId: 'definition-who', paragraphHash: 'a1' } }),
    );
    await decide(app, [before.id], 'approved');
    const pageRound = await openRound(app, { name: 'Global consultation on the draft', page: '/docs/definition' });
    const sectionRound = await openRound(app, {
      name: 'Section review',
      page: '/docs/definition',
      section: 'Who',
      opensAt: at(1),
    });

    const inSection = validBody({
      target: { page: '/docs/definition', paragraphId: 'definition-who', paragraphHash: 'a1' },
    });
    const created = await post(app, inSection);
    const stored = await app.inject({
      method: 'POST',
      url: '/api/annotations/mine',
      payload: { items: [{ id: created.id, editToken: created.editToken }] },
    });
    expect(stored.json().annotations[0].round).toEqual({ id: sectionRound, name: 'Section review' });

    const closed = await app.inject({
      method: 'PATCH',
      url: `/api/moderation/rounds/${sectionRound}`,
      headers: moderatorHeaders,
      payload: { close: true },
    });
    expect(closed.statusCode).toBe(200);
    expect(closed.json()).toMatchObject({ state: 'closed', section: 'Who' });
    const closedOn = String(closed.json().closesAt).slice(0, 10);

    const refused = await app.inject({ method: 'POST', url: '/api/annotations', payload: inSection });
    expect(refused.statusCode).toBe(409);
    expect(errorOf(refused).message).toContain(`closed on ${closedOn}`);
    expect(errorOf(refused).message).toContain('Section review');
    // The site says it in the reader's language from the code, with the date and the round's name.
    expect(errorOf(refused)).toMatchObject({
      code: 'roundClosed',
      params: { date: closedOn, round: 'Section review' },
    });
    const reply = await app.inject({
      method: 'POST',
      url: '/api/annotations',
      payload: validBody({ parentId: before.id }),
    });
    expect(reply.statusCode).toBe(409);
    const edit = await app.inject({
      method: 'PATCH',
      url: `/api/annotations/${created.id}`,
      headers: { 'x-edit-token': created.editToken },
      payload: { body: 'changed' },
    });
    expect(edit.statusCode).toBe(409);
    const remove = await app.inject({
      method: 'DELETE',
      url: `/api/annotations/${created.id}`,
      headers: { 'x-edit-token': created.editToken },
    });
    expect(remove.statusCode).toBe(409);
    // Elsewhere on the page the page's round is open, and new comments carry it.
    const elsewhere = await post(
      app,
      validBody({ target: { page: '/docs/definition', paragraphId: 'definition-how', paragraphHash: 'b2' } }),
    );
    const mine = await app.inject({
      method: 'POST',
      url: '/api/annotations/mine',
      payload: { items: [{ id: elsewhere.id, editToken: elsewhere.editToken }] },
    });
    expect(mine.json().annotations[0].round.id).toBe(pageRound);

    // The page learns which paragraphs are read-only, and until when they were open.
    const status = (await app.inject({ url: '/api/rounds/status?page=/docs/definition' })).json();
    expect(status.pageRound).toMatchObject({ roundId: pageRound, state: 'open' });
    expect(status.paragraphs['definition-who']).toMatchObject({ roundId: sectionRound, state: 'closed' });
    expect(status.paragraphs).not.toHaveProperty('definition-how');
    const rounds = (await app.inject({ url: '/api/rounds' })).json().rounds;
    expect(rounds.map((r: { name: string; state: string }) => [r.name, r.state])).toEqual([
      ['Global consultation on the draft', 'open'],
      ['Section review', 'closed'],
    ]);

    // Reopening (no closing date) takes comments again.
    const reopened = await app.inject({
      method: 'PATCH',
      url: `/api/moderation/rounds/${sectionRound}`,
      headers: moderatorHeaders,
      payload: { closesAt: null },
    });
    expect(reopened.json().state).toBe('open');
    expect((await app.inject({ method: 'POST', url: '/api/annotations', payload: inSection })).statusCode).toBe(201);
  });

  it('a round not open yet refuses comments, saying when it opens', async () => {
    const app = await feedbackApp(database);
    await openRound(app, { name: 'Next round', page: '/docs/roadmap', opensAt: '2999-01-01T00:00:00Z' });
    const response = await app.inject({
      method: 'POST',
      url: '/api/annotations',
      payload: validBody({ target: { page: '/docs/roadmap', paragraphId: 'roadmap-first', paragraphHash: 'r1' } }),
    });
    expect(response.statusCode).toBe(409);
    expect(errorOf(response).message).toContain('opens on 2999-01-01');
  });

  it('validates rounds and keeps them for editors', async () => {
    const app = await feedbackApp(database);
    const bad: [Record<string, unknown>, RegExp][] = [
      [{ name: ' ' }, /name/],
      [{ name: 'x', section: 'Who' }, /section round needs its page/],
      [{ name: 'x', opensAt: '2026-03-01T00:00:00Z', closesAt: '2026-02-01T00:00:00Z' }, /after/],
      [{ name: 'x', opensAt: 'yesterday' }, /opensAt/],
      [{ name: 'x', page: 'docs' }, /page/],
      // As stored: invisible text is no name, and a round names a page and section the site publishes.
      [{ name: '\u200b' }, /^name: must contain visible text/],
      [{ name: 'x', page: '/docs/nope' }, /^page: no published page at \/docs\/nope/],
      [
        { name: 'x', page: '/docs/definition', section: 'constructor' },
        /^section: "constructor" is not a top-level section of \/docs\/definition; its sections are: .*Who/,
      ],
    ];
    for (const [payload, message] of bad) {
      const response = await app.inject({
        method: 'POST',
        url: '/api/moderation/rounds',
        headers: moderatorHeaders,
        payload,
      });
      expect(response.statusCode, JSON.stringify(payload)).toBe(400);
      expect(errorOf(response).message).toMatch(message);
    }
    expect(
      (await app.inject({ method: 'POST', url: '/api/moderation/rounds', payload: { name: 'x' } })).statusCode,
    ).toBe(401);
    const missing = await app.inject({
      method: 'PATCH',
      url: '/api/moderation/rounds/missing-round-1',
      headers: moderatorHeaders,
      payload: { close: true },
    });
    expect(missing.statusCode).toBe(404);
    const malformed = await app.inject({
      method: 'PATCH',
      url: '/api/moderation/rounds/x',
      headers: moderatorHeaders,
      payload: { close: true },
    });
    expect(malformed.statusCode).toBe(400);
    expect(errorOf(malformed).message).toMatch(/must be a round id/);
    expect((await app.inject({ url: '/api/rounds' })).json().rounds).toEqual([]);
  });

  it('tables and exports filter by round', async () => {
    const app = await feedbackApp(database);
    const outside = await post(app, validBody({ body: 'Before any round' }));
    const roundId = await openRound(app, { name: 'February round' });
    const inside = await post(app, validBody({ body: 'During the round' }));
    await decide(app, [outside.id, inside.id], 'approved');
    const ids = async (url: string) => (await app.inject({ url })).json().rows.map((r: { id: string }) => r.id);
    expect(await ids(`/api/responses?round=${roundId}`)).toEqual([inside.id]);
    expect(await ids('/api/responses?round=none')).toEqual([outside.id]);
    const json = (await app.inject({ url: `/api/exports?format=json&round=${roundId}` })).json();
    expect(json.annotations.map((a: { id: string }) => a.id)).toEqual([inside.id]);
    const csv = (
      await app.inject({ url: `/api/moderation/export?format=csv&round=${roundId}`, headers: moderatorHeaders })
    ).body;
    expect(csv).toContain('During the round');
    expect(csv).toContain('February round');
    expect(csv).not.toContain('Before any round');
  });
});
