/**
 * TEMPORARY entry (foundation issue): serves the built site and GET /api/health. The comment
 * service issue replaces this with the app factory + config + repository layout.
 */
import Fastify from 'fastify';
import fastifyStatic from '@fastify/static';
import path from 'node:path';

const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? '0.0.0.0';
const siteDir = path.resolve(process.env.SITE_DIR ?? 'build');

async function main(): Promise<void> {
  const app = Fastify({ logger: { level: process.env.LOG_LEVEL ?? 'info' } });
  app.get('/api/health', async () => ({ status: 'ok' }));
  await app.register(fastifyStatic, { root: siteDir, extensions: ['html'] });
  app.setNotFoundHandler((_request, reply) => reply.code(404).sendFile('404.html'));
  await app.listen({ port, host });
}

void main();
