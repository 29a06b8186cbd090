/**
 * `npm run build`'s steps after `docusaurus build`, in order: the offline service worker
 * (src/plugins/offline), then brotli and gzip copies of every compressible file, the worker
 * included (src/plugins/precompress). They run here rather than in a plugin's postBuild because
 * Docusaurus runs every plugin's postBuild at once, and the search index and the block register
 * are written in theirs. Usage: tsx scripts/postBuild.ts [siteDir=build]
 */
import path from 'node:path';
import { generateServiceWorker } from '../src/plugins/offline';
import { precompressSite } from '../src/plugins/precompress';

async function main(): Promise<void> {
  const siteDir = path.resolve(process.argv[2] ?? 'build');
  const where = path.relative(process.cwd(), siteDir) || '.';
  const { cacheId, warnings } = await generateServiceWorker(siteDir);
  for (const warning of warnings) console.warn(`Service worker: ${warning}`);
  console.log(`Service worker written to ${where}/sw.js (caches ${cacheId}-*).`);
  const started = process.hrtime.bigint();
  const r = await precompressSite(siteDir);
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  const kib = (n: number) => `${(n / 1024).toFixed(0)} KiB`;
  console.log(
    `Precompressed ${r.files} files in ${where}: ${kib(r.rawBytes)} raw, ${kib(r.gzipBytes)} gzip, ${kib(r.brotliBytes)} brotli (${ms.toFixed(0)} ms).`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
