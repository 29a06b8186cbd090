/**
 * The public, read-only W3C Web Annotation container at /annotations/ (Web Annotation Protocol):
 * the AnnotationCollection of every approved public comment, paged by AnnotationPages
 * (`?page=n`), each annotation at its own IRI, and our JSON-LD context at /ns/consultation.jsonld.
 *
 * Headers the protocol asks of a container: the annotation media type with its profile, Link
 * (type BasicContainer; constrainedBy the protocol), ETag (with If-None-Match → 304), Allow (no
 * POST/PUT/DELETE: this container is read-only) and Vary (Accept, Prefer). A `Prefer` header with
 * PreferMinimalContainer links the first page instead of embedding it; PreferContainedIRIs lists
 * annotation IRIs instead of descriptions.
 */
import { createHash } from 'node:crypto';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import Type from 'typebox';
import { AnnotationParams } from '../../shared/annotations';
import { FEEDBACK_LIMITS } from '../../shared/feedback';
import { findVisible } from '../annotations';
import { HttpError } from '../errors';
import { publicComments } from '../exports/filter';
import {
  ANNO_MEDIA_TYPE,
  CONTAINER_PATH,
  CONTEXT_PATH,
  consultationContext,
  lastModified,
  toW3CAnnotation,
  toW3CCollection,
  toW3CPage,
  type JsonLd,
} from '../exports/w3c';
import type { FeedbackService } from '../feedback/service';

export interface ContainerRoutesOptions {
  feedback: FeedbackService;
}

const READ_ONLY = 'GET, HEAD, OPTIONS';
const PREFER_MINIMAL = 'http://www.w3.org/ns/ldp#PreferMinimalContainer';
const PREFER_IRIS = 'http://www.w3.org/ns/oa#PreferContainedIRIs';
export const CONTAINER_LINKS = [
  '<http://www.w3.org/ns/ldp#BasicContainer>; rel="type"',
  '<http://www.w3.org/TR/annotation-protocol/>; rel="http://www.w3.org/ns/ldp#constrainedBy"',
].join(', ');

const ContainerQuery = Type.Object(
  {
    page: Type.Optional(
      Type.String({
        pattern: '^(0|[1-9][0-9]{0,5})$',
        errorMessage: 'must be a page number: 0, 1, 2… (no leading zeros)',
      }),
    ),
    iris: Type.Optional(Type.Literal('1')),
  },
  { additionalProperties: false },
);

/** Sends a JSON-LD document with a strong ETag of its bytes; 304 when the client has it. */
function sendJsonLd(request: FastifyRequest, reply: FastifyReply, document: JsonLd, vary: string) {
  const json = JSON.stringify(document);
  const etag = `"${createHash('sha1').update(json).digest('base64url')}"`;
  reply.header('ETag', etag).header('Vary', vary).header('Allow', READ_ONLY).header('Cache-Control', 'no-cache');
  const known = request.headers['if-none-match']?.split(',').map((tag) => tag.trim()) ?? [];
  if (known.includes(etag) || known.includes('*')) return reply.code(304).send();
  // A Buffer: Fastify would append "; charset=utf-8" to a string, and the protocol names the exact type.
  return reply.type(ANNO_MEDIA_TYPE).send(Buffer.from(json));
}

export const containerRoutes: FastifyPluginAsyncTypebox<ContainerRoutesOptions> = async (app, options) => {
  const { feedback } = options;
  const { origin, repository } = feedback;
  const collectionId = `${origin}${CONTAINER_PATH}`;

  app.get(CONTEXT_PATH, async (_request, reply) => {
    reply.header('Cache-Control', 'public, max-age=3600').header('Access-Control-Allow-Origin', '*');
    return reply.type('application/ld+json').send(JSON.stringify(consultationContext(origin)));
  });

  app.options(CONTAINER_PATH, async (_request, reply) => {
    return reply.header('Allow', READ_ONLY).header('Link', CONTAINER_LINKS).code(204).send();
  });

  app.get(CONTAINER_PATH, { schema: { querystring: ContainerQuery } }, async (request, reply) => {
    const annotations = await publicComments(repository, {});
    const modified = lastModified(annotations, new Date(0).toISOString());
    const prefer = request.headers.prefer ?? '';
    const iris = request.query.iris === '1' || (request.query.page === undefined && prefer.includes(PREFER_IRIS));
    const pageIri = (n: number) => `${collectionId}?page=${n}${iris ? '&iris=1' : ''}`;
    const pageOptions = { origin, collectionId, pageIri, pageSize: FEEDBACK_LIMITS.pageSize, modified, iris };
    reply.header('Link', CONTAINER_LINKS).header('Access-Control-Allow-Origin', '*');
    if (request.query.page !== undefined) {
      const n = Number(request.query.page);
      const pages = Math.max(1, Math.ceil(annotations.length / FEEDBACK_LIMITS.pageSize));
      if (n >= pages) {
        throw HttpError.notFound(`No page ${n} in this collection: pages run from 0 to ${pages - 1}.`);
      }
      return sendJsonLd(request, reply, toW3CPage(annotations, n, pageOptions), 'Accept, Prefer');
    }
    const collection = toW3CCollection(annotations, {
      ...pageOptions,
      label: 'Comments on the Copenhagen Framework on Citizen Data',
      embedFirst: !prefer.includes(PREFER_MINIMAL),
    });
    return sendJsonLd(request, reply, collection, 'Accept, Prefer');
  });

  app.get(`${CONTAINER_PATH}:id`, { schema: { params: AnnotationParams } }, async (request, reply) => {
    const annotation = await findVisible(repository, request.params.id);
    if (!annotation) throw HttpError.notFound(`No published comment with id ${request.params.id}.`);
    reply.header('Link', '<http://www.w3.org/ns/ldp#Resource>; rel="type"').header('Access-Control-Allow-Origin', '*');
    return sendJsonLd(request, reply, toW3CAnnotation(annotation, { origin, withContext: true }), 'Accept');
  });
};
