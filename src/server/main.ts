/**
 * The entry point: reads the configuration, resolves the secrets, builds the app and listens.
 * Stops gracefully on SIGTERM/SIGINT (finishes in-flight requests, closes the database). Run as
 * `node --import tsx src/server/main.ts` (`npm run serve`); tests/e2e/support/globalSetup.ts does.
 */
import { buildApp } from './app';
import { ConfigError, loadConfig, type Config } from './config';
import { randomToken, resolveIpHashSalt } from './secrets';

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

  const app = await buildApp(config);
  if (generatedToken) {
    app.log.warn(
      `MODERATOR_TOKEN is not set; this run's moderator token is: ${generatedToken} ` +
        '(it changes at every start: set MODERATOR_TOKEN, 16+ characters, in the environment to keep one)',
    );
  }

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

  await app.listen({ port: config.port, host: config.host });
  app.log.info(
    `${config.databaseUrl ? 'PostgreSQL' : `SQLite in ${config.dataDir}`}; public origin ${config.publicOrigin}`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(
    `The comment service could not start: ${error instanceof Error ? error.stack : String(error)}\n`,
  );
  process.exit(1);
});
