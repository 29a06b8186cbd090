/**
 * `npm run search -- "query"`: searches the built site's index from the command line, through the
 * same query module the browser runs, and prints a JSON array of results, best first:
 * `[{ "url": "/docs/principles#p-…", "title": "…", "type": "principle", "score": 4.12 }]`.
 *
 * Words read in another of the site's languages are named on stderr ("Showing results for “Citizen
 * data” (French: “données citoyennes”)."), and so are words that match nothing on the site ("No match for “Brazil”; showing
 * results for the other words."), so stdout stays JSON.
 *
 * Options: `--limit N` (default 10), `--type T` and `--provenance P` (repeatable), `--build DIR`,
 * `--locale fr` (that locale's index, analysed in its language).
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadBuiltIndex } from '../src/plugins/search/loadBuiltIndex';
import { CONTENT_TYPES, type ContentType } from '../src/shared/contentModel';
import { PROVENANCES, type Provenance } from '../src/shared/paragraphId';
import { translatedNotice, unmatchedNotice } from '../src/shared/search/labels';
import { thrownMessage } from '../src/shared/thrownMessage';

function pick<T extends string>(values: string[] | undefined, allowed: readonly T[], name: string): T[] {
  return (values ?? []).map((value) => {
    if (!(allowed as readonly string[]).includes(value))
      throw new Error(`Unknown ${name} "${value}": use one of ${allowed.join(', ')}.`);
    return value as T;
  });
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      limit: { type: 'string', default: '10' },
      type: { type: 'string', multiple: true },
      provenance: { type: 'string', multiple: true },
      build: { type: 'string', default: 'build' },
      locale: { type: 'string' },
    },
  });
  const query = positionals.join(' ');
  if (!query.trim())
    throw new Error('Usage: npm run search -- "query" [--limit N] [--type principle] [--provenance summary]');
  // A locale's index is in its folder of the build (`--locale fr` reads build/fr/search/).
  const buildDir = values.locale ? path.join(values.build, values.locale) : values.build;
  const { engine } = await loadBuiltIndex(buildDir);
  const { hits, plan } = engine.search(query, {
    limit: Number(values.limit),
    types: pick<ContentType>(values.type, CONTENT_TYPES, 'type'),
    provenances: pick<Provenance>(values.provenance, PROVENANCES, 'provenance'),
  });
  const results = hits.map(({ record, score }) => ({
    url: record.u,
    title: record.t,
    type: record.k,
    score: Number(score.toFixed(3)),
  }));
  const translated = translatedNotice(plan.translated);
  if (translated) process.stderr.write(`${translated}\n`);
  const notice = unmatchedNotice(plan.unknown, hits.length > 0);
  if (notice) process.stderr.write(`${notice}\n`);
  process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${thrownMessage(error)}\n`);
  process.exitCode = 1;
});
