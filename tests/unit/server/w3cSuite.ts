/**
 * The W3C Web Annotation Working Group's test suite (JSON Schema draft-04 assertions) as a
 * validator: `mustFailures(kind, document)` lists the MUST assertions a document fails.
 *
 * The suite is not in this repository: it lives in `shared/w3c-annotation-tests`, beside the
 * clone (CI: `../shared`). Found by looking in `shared/` of the repository's parent, then of each
 * ancestor directory; a missing suite is an error naming where it was looked for, never a skip.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** Where the suite is: ../shared/w3c-annotation-tests from the repository root, or higher up. */
export function suiteDir(): string {
  const tried: string[] = [];
  for (let dir = path.dirname(REPO_ROOT); ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'shared', 'w3c-annotation-tests');
    tried.push(candidate);
    if (existsSync(path.join(candidate, 'annotations', 'annotationMusts.test'))) return candidate;
    if (path.dirname(dir) === dir) break;
  }
  throw new Error(
    `The W3C Web Annotation test suite is missing. Looked in: ${tried.join(', ')}. ` +
      'CI lays shared/ beside the clone; copy shared/w3c-annotation-tests there.',
  );
}

const read = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;

export type SuiteKind = 'annotation' | 'collection' | 'page';
const TEST_FILES: Record<SuiteKind, string> = {
  annotation: 'annotations/annotationMusts.test',
  collection: 'collections/collectionMusts.test',
  page: 'collections/pages/pageMusts.test',
};

interface Assertion {
  file: string;
  expectValid: boolean;
  check: (data: unknown) => boolean;
}

/** Compiles every MUST assertion of the three .test files against the suite's definitions. */
export function loadSuite() {
  const dir = suiteDir();
  const ajv = new Ajv({ allErrors: false, strict: false, validateFormats: true });
  addFormats(ajv);
  for (const file of readdirSync(path.join(dir, 'definitions'))) {
    if (file.endsWith('.json')) ajv.addSchema(read(path.join(dir, 'definitions', file)));
  }
  const assertions = {} as Record<SuiteKind, Assertion[]>;
  let n = 0;
  for (const [kind, testFile] of Object.entries(TEST_FILES) as [SuiteKind, string][]) {
    const files = (read(path.join(dir, testFile)).assertions as string[]) ?? [];
    assertions[kind] = files.map((file) => {
      const schema = read(path.join(dir, file));
      if (schema.assertionType !== 'must') throw new Error(`${file} is not a MUST assertion`);
      // Ids repeat across assertion files; a unique one at the same base keeps relative $refs working.
      const check = ajv.compile({ ...schema, id: `assertion-${++n}.json` });
      return { file, expectValid: schema.expectedResult !== 'invalid', check: (data: unknown) => Boolean(check(data)) };
    });
  }
  /** The MUST assertions `document` fails (empty: conforms). */
  const mustFailures = (kind: SuiteKind, document: unknown): string[] =>
    assertions[kind].filter((a) => a.check(document) !== a.expectValid).map((a) => a.file);
  const count = (kind: SuiteKind) => assertions[kind].length;
  /** The suite's sample annotations: name → parsed JSON (or the raw text when it is not JSON). */
  const samples = (which: 'correct' | 'incorrect') => {
    const folder = path.join(dir, 'tools', 'samples', which);
    return readdirSync(folder)
      .sort()
      .map((file) => {
        const text = readFileSync(path.join(folder, file), 'utf8');
        try {
          return { file, document: JSON.parse(text) as unknown };
        } catch {
          return { file, document: text as unknown };
        }
      });
  };
  return { mustFailures, count, samples };
}
