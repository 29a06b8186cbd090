/**
 * Where the content tests find the project's shared brief (FACTS.md and the seed event document)
 * and the site's own text files.
 *
 * The brief lives outside the repository, in `shared/` beside the clone (CI copies it there). A
 * worktree elsewhere can point at it with FW_SHARED_DIR. A missing brief fails loudly: a content
 * check that silently compares against nothing would pass every copied sentence.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export const REPO_ROOT = path.resolve(__dirname, '../../..');

export const SHARED_DIR = process.env.FW_SHARED_DIR
  ? path.resolve(process.env.FW_SHARED_DIR)
  : path.resolve(REPO_ROOT, '../shared');

export interface TextFile {
  /** Path relative to the repository (site files) or to shared/ (brief files). */
  readonly name: string;
  readonly text: string;
}

function readShared(relative: string): TextFile {
  const file = path.join(SHARED_DIR, relative);
  if (!existsSync(file)) {
    throw new Error(
      `The shared brief is missing: ${file} does not exist. The content checks compare the site against ` +
        `shared/framework/FACTS.md and shared/seed/, which must sit beside the repository (../shared), ` +
        `or set FW_SHARED_DIR to the directory that holds them.`,
    );
  }
  return { name: `shared/${relative}`, text: readFileSync(file, 'utf8') };
}

/** FACTS.md and every seed document. */
export function readBrief(): TextFile[] {
  const seedDir = path.join(SHARED_DIR, 'seed');
  const seeds = existsSync(seedDir)
    ? readdirSync(seedDir)
        .filter((name) => name.endsWith('.md'))
        .map((name) => readShared(`seed/${name}`))
    : [];
  if (seeds.length === 0) readShared('seed/side-event-2024-02-26.md');
  return [readShared('framework/FACTS.md'), ...seeds];
}

function walk(dir: string, pattern: RegExp): string[] {
  return readdirSync(path.join(REPO_ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return walk(relative, pattern);
    return pattern.test(entry.name) ? [relative] : [];
  });
}

function read(names: readonly string[]): TextFile[] {
  return names.map((name) => ({ name, text: readFileSync(path.join(REPO_ROOT, name), 'utf8') }));
}

/** Docs pages and blog posts: what readers read as pages. */
export function readPages(): TextFile[] {
  return read([...walk('docs', /\.mdx?$/), ...walk('blog', /\.mdx?$/)]);
}

/** Every file that holds reader-facing prose: pages, structured content, home page and components. */
export function readSiteText(): TextFile[] {
  return [
    ...readPages(),
    ...read([
      ...walk('src/data', /\.ts$/),
      ...walk('src/pages', /\.tsx?$/),
      ...walk('src/components', /\.tsx?$/),
      'src/shared/blocks.ts',
      'docusaurus.config.ts',
    ]),
  ];
}
