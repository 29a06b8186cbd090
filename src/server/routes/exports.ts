/**
 * Exports for consolidation, in the formats editors already use, with the filters of the response
 * tables (page, stakeholder, focus, comment type, disposition, round):
 *
 * - `GET /api/exports?format=…` (public): approved public comments only;
 * - `GET /api/moderation/export?format=…` (editors): every comment, with moderation status,
 *   visibility and who decided.
 *
 * Formats: `json`, `csv` (comment table with labels), `iso-csv` and `iso-xlsx` (the ISO/IEC
 * commenting template layout), `w3c` (one AnnotationCollection with every annotation embedded).
 * Each names the language a comment was written in (BCP 47): a `Language` column, a `language`
 * key, or the W3C TextualBody's own `language`.
 */
import type { FastifyPluginAsyncTypebox, TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyReply } from 'fastify';
import { ExportFormatQuery, type ExportFormat, type FeedbackFilter } from '../../shared/feedback';
import { commentLanguageTag } from '../../shared/locales';
import { toModerated, toPublic } from '../annotations';
import { commentColumns, ISO_COLUMNS, type ExportRow } from '../exports/columns';
import { allComments, publicComments } from '../exports/filter';
import { toCsv, toXlsx } from '../exports/spreadsheet';
import { ANNO_MEDIA_TYPE, lastModified, toW3CCollection } from '../exports/w3c';
import { requireModerator } from '../feedback/moderator';
import type { FeedbackService } from '../feedback/service';
import type { StoredAnnotation } from '../repository';

export interface ExportRoutesOptions {
  feedback: FeedbackService;
}

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const exportRoutes: FastifyPluginAsyncTypebox<ExportRoutesOptions> = async (app, options) => {
  const { feedback } = options;
  const { origin, repository } = feedback;

  async function send(
    reply: FastifyReply,
    scope: 'public' | 'internal',
    format: ExportFormat,
    annotations: StoredAnnotation[],
    requestUrl: string,
  ) {
    const now = new Date();
    const exportedAt = now.toISOString();
    const name = `comments-${scope}-${exportedAt.slice(0, 10)}`;
    const rows = (): ExportRow[] => annotations.map((a) => ({ a, context: feedback.contextOf(a) }));
    const attach = (extension: string) =>
      reply.header('Content-Disposition', `attachment; filename="${name}.${extension}"`);
    switch (format) {
      case 'csv':
        attach('csv');
        return reply.type('text/csv; charset=utf-8').send(toCsv(commentColumns(scope), rows()));
      case 'iso-csv':
        attach('iso.csv');
        return reply.type('text/csv; charset=utf-8').send(toCsv(ISO_COLUMNS, rows()));
      case 'iso-xlsx':
        attach('iso.xlsx');
        return reply.type(XLSX_TYPE).send(await toXlsx(ISO_COLUMNS, rows(), 'Comments', now));
      case 'w3c': {
        attach('jsonld');
        const collectionId = `${origin}${requestUrl}`;
        const collection = toW3CCollection(annotations, {
          origin,
          collectionId,
          pageIri: () => `${collectionId}#page1`,
          pageSize: Math.max(1, annotations.length),
          modified: lastModified(annotations, exportedAt),
          internal: scope === 'internal',
          label: 'Comments on the Copenhagen Framework on Citizen Data',
          embedFirst: true,
        });
        return reply.type(ANNO_MEDIA_TYPE).send(Buffer.from(JSON.stringify(collection)));
      }
      default: {
        attach('json');
        // Every item names its language (BCP 47), the default one included: the file mixes them.
        const items =
          scope === 'public'
            ? annotations.map((a) => ({ ...toPublic(a), language: commentLanguageTag(a.language) }))
            : annotations.map((a) => ({
                ...toModerated(a),
                language: commentLanguageTag(a.language),
                ...(a.disposition ? { disposition: a.disposition } : {}),
                context: feedback.contextOf(a),
              }));
        return reply.type('application/json; charset=utf-8').send(JSON.stringify({ exportedAt, annotations: items }));
      }
    }
  }

  const filterOf = ({ format: _format, ...filter }: FeedbackFilter & { format?: ExportFormat }) => filter;

  app.get('/api/exports', { schema: { querystring: ExportFormatQuery } }, async (request, reply) => {
    reply.header('Cache-Control', 'no-cache');
    const annotations = await publicComments(repository, filterOf(request.query));
    return send(reply, 'public', request.query.format ?? 'json', annotations, request.url);
  });

  await app.register(async (scope) => {
    const editors = scope.withTypeProvider<TypeBoxTypeProvider>();
    editors.addHook('onRequest', requireModerator());
    editors.get('/api/moderation/export', { schema: { querystring: ExportFormatQuery } }, async (request, reply) => {
      const annotations = await allComments(repository, filterOf(request.query));
      return send(reply, 'internal', request.query.format ?? 'json', annotations, request.url);
    });
  });
};
