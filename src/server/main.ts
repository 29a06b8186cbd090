/**
 * The entry point: reads the configuration, resolves the secrets, builds the app and listens.
 * Stops gracefully on SIGTERM/SIGINT (finishes in-flight requests, closes the database). Run as
 * `node --import tsx src/server/main.ts` (`npm run serve`); tests/e2e/support/globalSetup.ts does.
 *
 * In a terminal it prints a short human summary (startupSummary.ts) and log lines as text; without
 * one (a service manager, a container, CI) every line is JSON, for log collectors.
 */
import path from 'node:path';
import type { FastifyServerOptions } from 'fastify';
import { buildApp } from './app';
import { ConfigError, loadConfig, type Config } from './config';
import { SQLITE_FILE } from './repository/sqlite';
import { randomToken, resolveIpHashSalt } from './secrets';
import { defaultOriginWarning, originMismatch } from './siteOrigin';
import { describeDatabase, localUrl, logLevelFor, startupSummary } from './startupSummary';

const LEVELS: Record<number, string> = { 10: 'TRACE', 20: 'DEBUG', 30: 'INFO', 40: 'WARN', 50: 'ERROR', 60: 'FATAL' };

/** A pino destination that writes `HH:MM:SS LEVEL message` lines for a person at a terminal. */
function humanLogStream(out: NodeJS.WriteStream) {
  return {
    write(line: string) {
      try {
        const entry = JSON.parse(line) as { level: number; time: number; msg?: string; err?: { stack?: string } };
        const time = new Date(entry.time).toTimeString().slice(0, 8);
        const extra = entry.err?.stack ? `\n${entry.err.stack}` : '';
        out.write(`${time} ${LEVELS[entry.level] ?? entry.level} ${entry.msg ?? ''}${extra}\n`);
      } catch {
        out.write(line);
      }
    },
  };
}

async function main(): Promise<void> {
  let config: Config;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\nSee src/server/README.md for every variable.\n`);
      process.exit(1);
    }
    throw error;
  }
  const generatedToken = config.moderatorToken ? undefined : randomToken(24);
  config = {
    ...config,
    moderatorToken: config.moderatorToken || generatedToken!,
    ipHashSalt: resolveIpHashSalt(config.ipHashSalt, config.dataDir),
  };

  const terminal = Boolean(process.stdout.isTTY);
  const logger: FastifyServerOptions['logger'] = terminal
    ? {
        // LOG_LEVEL=info, as the summary suggests, must show more than the terminal's default.
        level: logLevelFor(config.logLevel, Boolean(process.env.LOG_LEVEL?.trim()), terminal),
        stream: humanLogStream(process.stdout),
      }
    : { level: config.logLevel };
  const app = await buildApp(config, { logger });
  const local = localUrl(config.host, config.port);
  const warnings = [
    originMismatch(config.siteDir, config.publicOrigin),
    defaultOriginWarning(Boolean(process.env.PUBLIC_ORIGIN?.trim()), config.publicOrigin, local),
  ].filter((warning): warning is string => warning !== undefined);

  let closing = false;
  const shutdown = (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down');
    // A stuck connection must not keep the process alive forever.
    setTimeout(() => process.exit(1), 10_000).unref();
    app.close().then(
      () => process.exit(0),
      (error: unknown) => {
        app.log.error({ err: error }, 'error while closing');
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  process.once('SIGINT', () => shutdown('SIGINT'));

  await app.listen({ port: config.port, host: config.host, listenTextResolver: () => '' });
  const database = describeDatabase(config.databaseUrl, path.join(config.dataDir, SQLITE_FILE));
  if (terminal) {
    process.stdout.write(
      startupSummary({
        localUrl: local,
        publicOrigin: config.publicOrigin,
        host: config.host,
        port: config.port,
        generatedToken,
        database,
        premoderation: config.premoderation,
        warnings,
      }),
    );
    return;
  }
  if (generatedToken) {
    app.log.warn(
      `MODERATOR_TOKEN is not set; this run's moderator token is: ${generatedToken} ` +
        '(it changes at every start: set MODERATOR_TOKEN, 16+ characters, in the environment to keep one)',
    );
  }
  for (const warning of warnings) app.log.warn(warning);
  app.log.info(
    { url: local, moderate: '/moderate', database, publicOrigin: config.publicOrigin },
    `listening on ${config.host}:${config.port}`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(
    `The comment service could not start: ${error instanceof Error ? error.stack : String(error)}\n`,
  );
  process.exit(1);
});
