/**
 * The side event's live routes: attendees send input from the floor and game answers from their
 * phones (no account; limited per device, see plugins/rateLimit.ts), and the presenter view
 * follows approved input, the count received and the game's tally as server-sent events.
 *
 * Input from the floor is stored as a comment on the input page (shared/event.ts says why), through
 * the same createAnnotation() as any comment: same sanitising, same pre-moderation, same
 * moderation queue and export.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import { ErrorResponse } from '../../shared/annotations';
import {
  EVENT_INPUT_PATH,
  EventState,
  FloorInputBody,
  FloorInputCreated,
  FOCUS_AREAS,
  focusParagraphId,
  GameAnswerBody,
} from '../../shared/event';
import { findCard } from '../../shared/game/cards';
import { createAnnotation, type CommentPolicy } from '../annotations';
import { HttpError } from '../errors';
import { summarise } from '../validationMessages';
import type { EventHub } from '../live/eventHub';
import type { PageCache } from '../pageCache';
import { limitKey, WRITE_LIMIT } from '../plugins/rateLimit';
import type { AnnotationRepository } from '../repository';
import { addressBlock, hashAddress } from '../secrets';

export interface EventRoutesOptions {
  repository: AnnotationRepository;
  pageCache: PageCache;
  hub: EventHub;
  policy: CommentPolicy;
  ipHashSalt: string;
  /** Most open presenter streams per instance. */
  maxStreams?: number;
  /**
   * Most open presenter streams from one network (address block): one client holding every slot
   * would shut the projector out, while a venue's few presenter screens stay far below it.
   */
  maxStreamsPerNetwork?: number;
}

const errors = { 400: ErrorResponse, 401: ErrorResponse, 404: ErrorResponse, 413: ErrorResponse, 429: ErrorResponse };

/** The floor input's fields by the names of the comment fields they are stored as. */
const FLOOR_FIELD_OF: Record<string, string> = { body: 'text', authorName: 'name' };

/**
 * Runs `create`, naming a refused field as the floor input calls it (`text`, not the comment's
 * `body`), so the error speaks of what the attendee's phone sent.
 */
async function inFloorFields<T>(create: () => Promise<T>): Promise<T> {
  try {
    return await create();
  } catch (error) {
    if (!(error instanceof HttpError) || !error.fields) throw error;
    const fields = error.fields.map((f) => ({ ...f, field: FLOOR_FIELD_OF[f.field] ?? f.field }));
    throw new HttpError(error.statusCode, summarise(fields), fields, error.retryAfterSeconds, error.coded);
  }
}

/** Keeps idle connections open through proxies that close silent ones (many do at 30-60 s). */
const HEARTBEAT_MS = 20_000;

/** A game answer per card per phone; a room answering fast stays well inside it. */
const GAME_LIMIT = { rateLimit: { groupId: 'game', max: 60 } } as const;

export const eventRoutes: FastifyPluginAsyncTypebox<EventRoutesOptions> = async (app, options) => {
  const { repository, pageCache, hub, policy, ipHashSalt, maxStreams = 500, maxStreamsPerNetwork = 50 } = options;
  /** Open streams: ended before the server closes, which would otherwise wait for them forever. */
  const streams = new Set<() => void>();
  /** Open streams by network (`addressBlock`). */
  const streamsOf = new Map<string, number>();
  app.addHook('preClose', async () => {
    for (const end of streams) end();
  });

  app.get('/api/event/state', { schema: { response: { 200: EventState, ...errors } } }, async (_request, reply) => {
    reply.header('Cache-Control', 'no-store');
    return hub.current();
  });

  app.get('/api/event/stream', async (request, reply) => {
    if (hub.connections >= maxStreams) {
      throw new HttpError(503, 'Too many presenter views are open on this server: close one and reload.');
    }
    const network = addressBlock(request.ip);
    const fromNetwork = streamsOf.get(network) ?? 0;
    if (fromNetwork >= maxStreamsPerNetwork) {
      throw new HttpError(
        429,
        `Too many presenter views (${maxStreamsPerNetwork}) are open from your network: close one and reload.`,
        undefined,
        30,
      );
    }
    streamsOf.set(network, fromNetwork + 1);
    let counted = true;
    const uncount = () => {
      if (!counted) return;
      counted = false;
      const left = (streamsOf.get(network) ?? 1) - 1;
      if (left > 0) streamsOf.set(network, left);
      else streamsOf.delete(network);
    };
    let initial: Awaited<ReturnType<EventHub['current']>>;
    try {
      initial = await hub.current();
    } catch (error) {
      uncount();
      throw error;
    }
    reply.hijack();
    const raw = reply.raw;
    raw.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
      // Tells nginx-style proxies not to buffer the stream.
      'X-Accel-Buffering': 'no',
    });
    const send = (state: unknown) => raw.write(`event: state\ndata: ${JSON.stringify(state)}\n\n`);
    raw.write('retry: 3000\n\n');
    send(initial);
    const unsubscribe = hub.subscribe(send);
    const heartbeat = setInterval(() => raw.write(': keep-alive\n\n'), HEARTBEAT_MS).unref();
    const end = () => {
      clearInterval(heartbeat);
      unsubscribe();
      uncount();
      streams.delete(end);
      // A stream never becomes an idle keep-alive connection: it ends with its socket.
      raw.destroy();
    };
    streams.add(end);
    request.raw.once('close', end);
    raw.once('close', end);
    raw.once('error', end);
  });

  app.post(
    '/api/event/input',
    { config: WRITE_LIMIT, schema: { body: FloorInputBody, response: { 201: FloorInputCreated, ...errors } } },
    async (request, reply) => {
      const { focus, text, name } = request.body;
      const { annotation } = await inFloorFields(() =>
        createAnnotation(
          repository,
          policy,
          {
            target: { page: EVENT_INPUT_PATH, paragraphId: focusParagraphId(focus), paragraphHash: 'floor' },
            body: text,
            authorName: name?.trim() ? name : 'Attendee',
            stakeholder: 'other',
            focus: FOCUS_AREAS[focus],
            commentType: 'suggestion',
            visibility: 'public',
          },
          { ipHash: hashAddress(request.ip, ipHashSalt), limitKey: limitKey(request) },
        ),
      );
      pageCache.invalidate(EVENT_INPUT_PATH);
      reply.code(201).header('Cache-Control', 'no-store');
      return { id: annotation.id, status: annotation.status };
    },
  );

  app.post(
    '/api/event/game/answers',
    { config: GAME_LIMIT, schema: { body: GameAnswerBody, response: { 204: Type.Null(), ...errors } } },
    async (request, reply) => {
      const { card, answer } = request.body;
      if (!findCard(card)) throw HttpError.notFound(`No game card with id ${card}.`);
      if (!request.deviceId) {
        throw HttpError.badRequest(
          'Your browser has no device token yet: reload the game page (cookies must be allowed) and answer again.',
          undefined,
          { code: 'noDeviceToken' },
        );
      }
      await hub.answer(request.deviceId, card, answer);
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/api/event/game/reset',
    { schema: { response: { 204: Type.Null(), ...errors } } },
    async (request, reply) => {
      // The app's one credential check: a wrong token counts towards the throttle like anywhere else.
      await app.moderatorAuth.require(
        request,
        reply,
        'Moderator sign-in required to reset the game: send "Authorization: Bearer <MODERATOR_TOKEN>".',
      );
      await hub.resetGame();
      return reply.code(204).send(null);
    },
  );
};
