/**
 * The app factory: builds the whole service (error handler, security headers, rate limits, the
 * repository, API routes, the static site) without listening, so tests drive it with inject() and
 * main.ts adds only the process concerns (config, listen, signals). Order matters and is stated:
 * error handler first so every plugin's errors share one shape; security before routes so every
 * response carries the headers; the site last so API routes win over files.
 */
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, { LogController, type FastifyInstance, type FastifyServerOptions } from 'fastify';
import path from 'node:path';
import { LIMITS } from '../shared/annotations';
import { decorateBlocks } from './blocks';
import type { Config } from './config';
import { installErrorHandler, installJsonParser } from './errors';
import { ModeratorAuth } from './moderatorAuth';
import { PageCache } from './pageCache';
import { registerCompression } from './plugins/compression';
import { serviceLogOptions } from './logOptions';
import { registerIdempotency } from './plugins/idempotency';
import { registerRateLimit } from './plugins/rateLimit';
import { registerRequestLog } from './plugins/requestLog';
import { allowedOrigins, registerSecurity } from './plugins/security';
import { prettyUrlRewriter, registerSite, sitePages } from './plugins/site';
import { createRepository, type AnnotationRepository } from './repository';
import { serializerCompiler } from './serializer';
import { validatorCompiler } from './validator';
import { LocalBus, PostgresBus, type LiveBus } from './live/bus';
import { EventHub } from './live/eventHub';
import { annotationRoutes } from './routes/annotations';
import { eventRoutes } from './routes/event';
import { healthRoutes } from './routes/health';
import { moderationRoutes } from './routes/moderation';
import { shortLinkRoutes } from './routes/shortLinks';
import { createFeedbackService } from './feedback/service';
import { feedbackRoutes } from './routes/feedback';

/** Things tests may substitute. */
export interface AppDeps {
  /** An already migrated repository; the app closes it when it closes. */
  repository?: AnnotationRepository;
  /** Logger options (level, stream), or false for none; serviceLogOptions adds what every log needs. */
  logger?: Exclude<FastifyServerOptions['logger'], true>;
  /**
   * How instances tell each other about changes. Default: LISTEN/NOTIFY on channel `fw_live` with
   * PostgreSQL, nothing with SQLite (one process). The app closes it when it closes.
   */
  liveBus?: LiveBus;
}

/** The service, ready to inject() or listen(). Secrets must be resolved (see secrets.ts / main.ts). */
export async function buildApp(config: Config, deps: AppDeps = {}): Promise<FastifyInstance> {
  if (config.moderatorToken.length < 16) throw new Error('buildApp: moderatorToken must be resolved (16+ characters).');
  if (!config.ipHashSalt) throw new Error('buildApp: ipHashSalt must be resolved.');

  const pages = sitePages(path.resolve(config.siteDir));
  const rewrite = prettyUrlRewriter(pages);
  const app = Fastify({
    logger: deps.logger === false ? false : serviceLogOptions(deps.logger ?? { level: config.logLevel }),
    bodyLimit: LIMITS.requestBytes,
    // A hop count is supported at runtime (proxy-addr) though Fastify's type omits it.
    trustProxy: config.trustProxy as FastifyServerOptions['trustProxy'],
    // A client that trickles its request in cannot hold a connection for long (slowloris).
    requestTimeout: 30_000,
    routerOptions: { ignoreTrailingSlash: false, maxParamLength: 100 },
    rewriteUrl: (request) => rewrite(request.url ?? '/'),
    // Fastify's two info lines per request would bury everything else under static files: see requestLog.ts.
    logController: new LogController({ disableRequestLogging: true }),
  }).withTypeProvider<TypeBoxTypeProvider>();
  registerRequestLog(app);
  // TypeBox validation (validator.ts): unknown fields are errors, never silently dropped; no coercion.
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installJsonParser(app);
  decorateBlocks(app, config.siteDir);

  let repository = deps.repository;
  if (!repository) {
    repository = createRepository(config, (error) => app.log.error({ err: error }, 'database connection error'));
    await repository.migrate();
  }
  const repo = repository;
  app.addHook('onClose', async () => repo.close());

  installErrorHandler(app);
  await registerSecurity(app, {
    siteDir: config.siteDir,
    origins: allowedOrigins(config.publicOrigin, config.host, config.port),
  });
  await registerRateLimit(app, {
    writesPerMinute: config.rateLimitWritesPerMinute,
    secret: config.ipHashSalt,
    secureCookie: config.publicOrigin.startsWith('https:'),
  });
  await registerCompression(app);
  await registerIdempotency(app);

  const bus =
    deps.liveBus ??
    (config.databaseUrl
      ? new PostgresBus(config.databaseUrl, 'fw_live', (error) =>
          app.log.warn({ err: error }, 'live bus: connection lost'),
        )
      : new LocalBus());
  await bus.ready();
  // One process owns a SQLite file, so its cache is exact. PostgreSQL instances share writes and
  // tell each other over the live bus; the expiry only bounds staleness while the bus reconnects.
  const pageCache = new PageCache(repo.dialect === 'sqlite' ? 5 * 60_000 : 30_000);
  const disconnect = pageCache.connect(bus);
  const hub = new EventHub(repo, pageCache, bus);
  app.addHook('onClose', async () => {
    hub.close();
    disconnect();
    await bus.close();
  });
  const feedback = createFeedbackService(
    repo,
    config.publicOrigin,
    () => app.blocks,
    (language) => app.blocksIn(language),
  );
  // Every moderator route and action checks credentials here, on one throttle (moderatorAuth.ts).
  app.decorate(
    'moderatorAuth',
    new ModeratorAuth({
      moderatorToken: config.moderatorToken,
      sessions: repo,
      secure: config.publicOrigin.startsWith('https:'),
    }),
  );
  await app.register(healthRoutes);
  await app.register(annotationRoutes, {
    repository: repo,
    pageCache,
    policy: { premoderation: config.premoderation },
    ipHashSalt: config.ipHashSalt,
    writesPerMinute: config.rateLimitWritesPerMinute,
    feedback,
  });
  await app.register(moderationRoutes, { repository: repo, pageCache });
  await app.register(eventRoutes, {
    repository: repo,
    pageCache,
    hub,
    policy: { premoderation: config.premoderation },
    ipHashSalt: config.ipHashSalt,
  });
  await app.register(shortLinkRoutes, {
    blocks: () => app.blocks,
    // A folder's index page answers its path with the slash: `/` and `/fr/` are `/index` and `/fr/index`.
    hasPage: (routePath) => pages.has(routePath) || (routePath.endsWith('/') && pages.has(`${routePath}index`)),
    publicOrigin: config.publicOrigin,
  });
  await app.register(feedbackRoutes, {
    feedback,
    pageCache,
    premoderation: config.premoderation,
  });
  await registerSite(app, config.siteDir);
  return app;
}
