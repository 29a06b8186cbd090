import { readBrief, readSiteText } from './tests/unit/content/sharedBrief';
import { indexGrams, sharedRuns, tokenize } from './tests/unit/content/copyCheck';
const n = Number(process.argv[2] ?? 9);
const brief = readBrief().map((f) => ({ f, g: indexGrams(tokenize(f.text), n) }));
for (const file of readSiteText()) for (const { f, g } of brief) for (const r of sharedRuns(tokenize(file.text), g, n)) console.log(`${file.name}:${r.siteLine} ${f.name.slice(7)}:${r.sourceLine} (${r.words}) ${r.text}`);
