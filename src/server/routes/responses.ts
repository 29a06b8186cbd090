/**
 * The public comment-response tables: per Framework page (`?page=…`) and for the whole site, with
 * filters by page, stakeholder type, focus, comment type, disposition and round. Only approved public
 * top-level comments appear; approved editors-only comments matching the filter are counted,
 * never shown. Paged by `offset` (FEEDBACK_LIMITS.pageSize rows).
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ErrorResponse } from '../../shared/annotations';
import { normalizeRoutePath } from '../../shared/blockRegister';
import { FEEDBACK_LIMITS, ResponsesQuery, ResponsesResponse, type ResponseRow } from '../../shared/feedback';
import { commentLanguageTag } from '../../shared/locales';
import { toPublic } from '../annotations';
import { matchesFilter, publicComments } from '../exports/filter';
import type { FeedbackService } from '../feedback/service';
import type { StoredAnnotation } from '../repository';

export interface ResponseRoutesOptions {
  feedback: FeedbackService;
}

export const responseRoutes: FastifyPluginAsyncTypebox<ResponseRoutesOptions> = async (app, options) => {
  const { feedback } = options;
  const { repository } = feedback;

  function toRow(a: StoredAnnotation): ResponseRow {
    const context = feedback.contextOf(a);
    const view = toPublic(a);
    const row: ResponseRow = {
      id: a.id,
      page: a.target.page,
      pageTitle: context.pageTitle,
      paragraphId: a.target.paragraphId,
      paragraphStart: context.paragraphStart,
      paragraphUrl: context.paragraphUrl,
      bodyHtml: a.bodyHtml,
      language: commentLanguageTag(a.language),
      stakeholder: view.stakeholder,
      focus: view.focus,
      commentType: view.commentType,
      createdAt: a.createdAt,
    };
    if (context.section) row.section = context.section;
    if (a.target.quote) row.quote = a.target.quote.exact;
    if (a.organisation) row.organisation = a.organisation;
    if (view.round) row.round = view.round;
    if (view.disposition) row.disposition = view.disposition;
    return row;
  }

  app.get(
    '/api/responses',
    { schema: { querystring: ResponsesQuery, response: { 200: ResponsesResponse, 400: ErrorResponse } } },
    async (request, reply) => {
      reply.header('Cache-Control', 'no-cache');
      const { offset: offsetText, ...filter } = request.query;
      const offset = Number(offsetText ?? 0);
      const shown = (await publicComments(repository, filter)).filter((a) => a.parentId === undefined);
      const approved = await repository.list({ status: 'approved' });
      const editorsOnly = approved.filter(
        (a) => a.visibility === 'editors' && a.parentId === undefined && matchesFilter(a, filter),
      ).length;
      const rounds = (await repository.listRounds()).map((r) => ({ id: r.id, name: r.name }));
      // The page filter offers the pages that have something to show, whatever the other filters.
      const titles = new Map<string, string>();
      for (const a of approved) {
        if (a.visibility !== 'public' || a.parentId !== undefined) continue;
        const path = normalizeRoutePath(a.target.page);
        if (!titles.has(path)) titles.set(path, feedback.contextOf(a).pageTitle);
      }
      const pages = [...titles]
        .map(([path, title]) => ({ path, title }))
        .sort((x, y) => x.title.localeCompare(y.title, 'en') || x.path.localeCompare(y.path));
      const answer = {
        rows: shown.slice(offset, offset + FEEDBACK_LIMITS.pageSize).map(toRow),
        total: shown.length,
        offset,
        editorsOnly,
        rounds,
        pages,
      };
      if (!filter.page) return answer;
      const pageTitle = feedback.blocks()?.page(filter.page)?.title ?? shown[0]?.pageTitle;
      return pageTitle ? { ...answer, pageTitle } : answer;
    },
  );
};
