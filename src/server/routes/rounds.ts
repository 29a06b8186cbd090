/**
 * Consultation rounds. Readers: every round with its state, and which paragraphs of a page are
 * closed (so threads show read-only with the closing date). Editors: open a round on the whole
 * Framework, a page or a section, with dates and a name; rename it, move its dates, close it.
 */
import type { FastifyPluginAsyncTypebox, TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { ErrorResponse } from '../../shared/annotations';
import { normalizeRoutePath } from '../../shared/blockRegister';
import {
  CreateRoundBody,
  Round,
  RoundParams,
  RoundsResponse,
  RoundStatusQuery,
  RoundStatusResponse,
  UpdateRoundBody,
  type ParagraphRound,
} from '../../shared/feedback';
import { FEEDBACK_LIMITS } from '../../shared/feedbackFields';
import { FieldText } from '../commentText';
import { HttpError } from '../errors';
import { newAnnotationId } from '../secrets';
import { requireModerator } from '../feedback/moderator';
import { governingRound, toRoundView } from '../feedback/rounds';
import type { FeedbackService } from '../feedback/service';
import type { StoredRound } from '../repository';

export interface RoundRoutesOptions {
  feedback: FeedbackService;
}

const errors = { 400: ErrorResponse, 401: ErrorResponse, 404: ErrorResponse };

function checkDates(opensAt: string, closesAt: string | undefined | null) {
  if (closesAt && Date.parse(closesAt) <= Date.parse(opensAt)) {
    throw HttpError.badRequest('closesAt: must be after opensAt', [
      { field: 'closesAt', message: 'must be after the opening date' },
    ]);
  }
}

const iso = (value: string) => new Date(value).toISOString();

export const roundRoutes: FastifyPluginAsyncTypebox<RoundRoutesOptions> = async (app, options) => {
  const { feedback } = options;
  const repository = feedback.repository;

  /**
   * The published page at `path` (current or moved), or null without a register (nothing to check
   * against). @throws HttpError 400 naming `page` when the site publishes no such page.
   */
  const publishedPage = (path: string) => {
    const blocks = feedback.blocks();
    if (!blocks) return null;
    const found = blocks.page(path);
    if (!found) {
      throw HttpError.badRequest(
        `page: no published page at ${path}: name a page of this site, such as /docs/definition`,
        [{ field: 'page', message: 'not a published page of this site' }],
      );
    }
    return found;
  };

  app.get('/api/rounds', { schema: { response: { 200: RoundsResponse } } }, async (_request, reply) => {
    reply.header('Cache-Control', 'no-cache');
    const now = new Date();
    return { rounds: (await repository.listRounds()).map((r) => toRoundView(r, now)) };
  });

  app.get(
    '/api/rounds/status',
    { schema: { querystring: RoundStatusQuery, response: { 200: RoundStatusResponse, ...errors } } },
    async (request, reply) => {
      reply.header('Cache-Control', 'no-cache');
      const page = normalizeRoutePath(request.query.page);
      const rounds = await repository.listRounds();
      const now = new Date();
      const pageRound = governingRound(rounds, page, undefined, now);
      const paragraphs: Record<string, ParagraphRound> = {};
      // Section rounds need the register to know which paragraphs are in the section.
      if (rounds.some((r) => r.section !== undefined)) {
        for (const block of feedback.blocks()?.page(page)?.blocks ?? []) {
          const governing = governingRound(rounds, page, block.headings[0], now);
          if (governing && governing.roundId !== pageRound?.roundId) paragraphs[block.id] = governing;
        }
      }
      return pageRound ? { page, pageRound, paragraphs } : { page, paragraphs };
    },
  );

  await app.register(async (scope) => {
    const editors = scope.withTypeProvider<TypeBoxTypeProvider>();
    editors.addHook('onRequest', requireModerator());

    editors.post(
      '/api/moderation/rounds',
      { schema: { body: CreateRoundBody, response: { 201: Round, ...errors } } },
      async (request, reply) => {
        const { page, section } = request.body;
        if (section !== undefined && page === undefined) {
          throw HttpError.badRequest('section: a section round needs its page', [
            { field: 'page', message: 'needed with "section"' },
          ]);
        }
        // As stored: visible text within its limit, and a page and section the site publishes (a
        // round on a page that does not exist governs nothing, and says nothing of it).
        const fields = new FieldText();
        const name = fields.required('name', request.body.name, FEEDBACK_LIMITS.roundName);
        const sectionName =
          section === undefined ? undefined : fields.required('section', section, FEEDBACK_LIMITS.section);
        fields.throwIfAny();
        const published = page === undefined ? undefined : publishedPage(page);
        if (published && sectionName !== undefined) {
          const sections = [...new Set(published.blocks.flatMap((block) => block.headings.slice(0, 1)))];
          if (!sections.includes(sectionName)) {
            throw HttpError.badRequest(
              `section: "${sectionName}" is not a top-level section of ${published.path}; its sections are: ${sections.join(' · ')}`,
              [{ field: 'section', message: `not a top-level section of ${published.path}` }],
            );
          }
        }
        const now = new Date().toISOString();
        const opensAt = request.body.opensAt ? iso(request.body.opensAt) : now;
        const closesAt = request.body.closesAt ? iso(request.body.closesAt) : undefined;
        checkDates(opensAt, closesAt);
        const round: StoredRound = { id: newAnnotationId(), name, opensAt, createdAt: now, updatedAt: now };
        if (page !== undefined) round.page = published?.path ?? normalizeRoutePath(page);
        if (sectionName !== undefined) round.section = sectionName;
        if (closesAt !== undefined) round.closesAt = closesAt;
        await repository.insertRound(round);
        return reply.code(201).send(toRoundView(round, new Date()));
      },
    );

    editors.patch(
      '/api/moderation/rounds/:id',
      { schema: { params: RoundParams, body: UpdateRoundBody, response: { 200: Round, ...errors } } },
      async (request) => {
        const existing = (await repository.listRounds()).find((r) => r.id === request.params.id);
        if (!existing) throw HttpError.notFound(`No consultation round with id ${request.params.id}.`);
        const { name, opensAt, closesAt, close } = request.body;
        const now = new Date().toISOString();
        const fields = new FieldText();
        const cleanName = name === undefined ? undefined : fields.required('name', name, FEEDBACK_LIMITS.roundName);
        fields.throwIfAny();
        const patch = {
          name: cleanName,
          opensAt: opensAt === undefined ? undefined : iso(opensAt),
          closesAt: close ? now : closesAt === undefined ? undefined : closesAt === null ? null : iso(closesAt),
          updatedAt: now,
        };
        checkDates(
          patch.opensAt ?? existing.opensAt,
          patch.closesAt === undefined ? existing.closesAt : patch.closesAt,
        );
        const updated = await repository.updateRound(existing.id, patch);
        if (!updated) throw HttpError.notFound(`No consultation round with id ${request.params.id}.`);
        return toRoundView(updated, new Date());
      },
    );
  });
};
