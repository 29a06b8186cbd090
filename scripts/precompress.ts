/**
 * `npm run build`'s last step: brotli and gzip copies of every compressible file of the built site
 * (src/plugins/precompress). Usage: tsx scripts/precompress.ts [siteDir=build]
 */
import path from 'node:path';
import { precompressSite } from '../src/plugins/precompress';

const siteDir = path.resolve(process.argv[2] ?? 'build');
const started = process.hrtime.bigint();
precompressSite(siteDir).then(
  (r) => {
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    const kib = (n: number) => `${(n / 1024).toFixed(0)} KiB`;
    console.log(
      `Precompressed ${r.files} files in ${path.relative(process.cwd(), siteDir) || '.'}: ${kib(r.rawBytes)} raw, ${kib(r.gzipBytes)} gzip, ${kib(r.brotliBytes)} brotli (${ms.toFixed(0)} ms).`,
    );
  },
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
