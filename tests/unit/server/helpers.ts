/**
 * Shared test fixtures for the comment service: a config, a tiny built "site" on disk, a valid
 * create body, and an app on a fresh SQLite DATA_DIR driven through inject() (no port opened).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../../../src/server/app';
import type { Config } from '../../../src/server/config';
import type { CreateAnnotationBody, ErrorResponse, ModerationListResponse } from '../../../src/shared/annotations';
import { LIMITS } from '../../../src/shared/annotationFields';
import { BLOCK_REGISTER_FILE, type BlockRegister } from '../../../src/shared/blockRegister';

export const MODERATOR_TOKEN = 'test-moderator-token-0123456789';
export const PUBLIC_ORIGIN = 'https://framework.example.org';
export const INLINE_SCRIPT = 'document.documentElement.dataset.theme="light";';

const cleanups: (() => void | Promise<void>)[] = [];

/** Runs and forgets every registered cleanup (call from afterEach/afterAll). */
export async function cleanup(): Promise<void> {
  while (cleanups.length) await cleanups.pop()!();
}

/** Registers work for the next cleanup() (last registered runs first). */
export function onCleanup(work: () => void | Promise<void>): void {
  cleanups.push(work);
}

/** A temporary directory removed at cleanup(). */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** A minimal built site: pages with an inline script, a 404 page and a hashed asset. */
export function fakeSite(): string {
  const dir = tempDir('fw-site-');
  const page = (title: string) =>
    `<!doctype html><html><head><title>${title}</title><script>${INLINE_SCRIPT}</script></head><body>${title}</body></html>`;
  mkdirSync(path.join(dir, 'docs'), { recursive: true });
  mkdirSync(path.join(dir, 'assets', 'js'), { recursive: true });
  writeFileSync(path.join(dir, 'index.html'), page('Home'));
  writeFileSync(path.join(dir, 'docs', 'definition.html'), page('Definition'));
  writeFileSync(path.join(dir, '404.html'), page('Page not found'));
  // Docusaurus with trailingSlash: false writes both blog.html and a blog/ folder.
  mkdirSync(path.join(dir, 'blog'), { recursive: true });
  writeFileSync(path.join(dir, 'blog.html'), page('Blog index'));
  writeFileSync(path.join(dir, 'blog', 'first-post.html'), page('First post'));
  writeFileSync(path.join(dir, 'assets', 'js', 'main.0123abcd.js'), 'console.log(1);');
  writeFileSync(path.join(dir, BLOCK_REGISTER_FILE), JSON.stringify(FAKE_REGISTER));
  // A French edition and no other: a comment in Spanish has no published text to quote.
  mkdirSync(path.join(dir, 'fr'), { recursive: true });
  writeFileSync(path.join(dir, 'fr', BLOCK_REGISTER_FILE), JSON.stringify(FAKE_FRENCH_REGISTER));
  return dir;
}

/** Paragraph ids the service tests comment on, as a build would publish them. */
const TEST_PARAGRAPH_IDS = ['p-3f2a1c', 'p-citizen', 'p-1', 'p-2', 'p-7', 'p-x', 'p-parent', 'p-other', 'p-removed'];

/** Wide characters that NFC writes as two code units (U+0958 → U+0915 U+093C). */
const EXPANDING = '\u0958'.repeat(LIMITS.quoteContext - 4);

/** Paragraphs the quote tests select passages from; every other block reads "Text of <id> on <page>.". */
export const QUOTABLE: Record<string, string> = {
  'p-1': 'Who is a citizen: the definition of citizen data in this Framework, and of citizen data in practice.',
  'p-citizen': `Passages: abc, la Cité des données (2024), st${EXPANDING}the passage${EXPANDING}en.`.normalize('NFC'),
  'p-parent': 'A paragraph with a quoted passage, for replies to inherit.',
};

/** The fake site's block register: three pages with the same ids (ids are unique per page), one retired id. */
export const FAKE_REGISTER: BlockRegister = fakeRegister((id, page) => QUOTABLE[id] ?? `Text of ${id} on ${page}.`);

/** The fake site's French edition: the same pages and ids, in French. */
export const FAKE_FRENCH_REGISTER: BlockRegister = fakeRegister((id, page) => `Texte de ${id} sur ${page}.`);

function fakeRegister(textOf: (id: string, page: string) => string): BlockRegister {
  return {
    version: 1,
    pages: ['/docs/definition', '/docs/x', '/docs/other'].map((page, index) => ({
      path: page,
      title: ['Definition of citizen data', 'Page X', 'Other page'][index]!,
      blocks: TEST_PARAGRAPH_IDS.map((id) => ({ id, text: textOf(id, page), headings: ['A section'] })),
    })),
    retired: { 'p-old-handout': { path: '/docs/definition', id: 'p-1' } },
    movedPages: { '/docs/old-definition': '/docs/definition' },
  };
}

/** A resolved configuration on a fresh DATA_DIR; override anything. */
export function testConfig(overrides: Partial<Config> = {}): Config {
  return {
    port: 3000,
    host: '127.0.0.1',
    dataDir: tempDir('fw-data-'),
    databaseUrl: '',
    moderatorToken: MODERATOR_TOKEN,
    publicOrigin: PUBLIC_ORIGIN,
    premoderation: true,
    rateLimitWritesPerMinute: 1000,
    siteDir: fakeSite(),
    logLevel: 'silent',
    ipHashSalt: 'test-salt-0123456789abcdef',
    trustProxy: false,
    sqliteSynchronous: 'NORMAL',
    ...overrides,
  };
}

/** An app on SQLite in a temporary DATA_DIR, closed at cleanup(). */
export async function testApp(overrides: Partial<Config> = {}): Promise<FastifyInstance> {
  const app = await buildApp(testConfig(overrides), { logger: false });
  cleanups.push(() => app.close());
  return app;
}

/** A valid create body; override fields (a `target` override is merged). */
export function validBody(overrides: Partial<CreateAnnotationBody> = {}): CreateAnnotationBody {
  const { target, ...rest } = overrides;
  return {
    target: { page: '/docs/definition', paragraphId: 'p-3f2a1c', paragraphHash: 'k2j4h5', ...target },
    body: 'Please **clarify** who counts as a citizen here.',
    authorName: 'Amina Diallo',
    stakeholder: 'cso',
    focus: 'practicality',
    commentType: 'question',
    visibility: 'public',
    ...rest,
  };
}

export const moderatorHeaders = { authorization: `Bearer ${MODERATOR_TOKEN}` };

/** POSTs a comment and returns the parsed 201 answer (fails the test otherwise). */
export async function post(app: FastifyInstance, body: unknown, headers: Record<string, string> = {}) {
  const response = await app.inject({ method: 'POST', url: '/api/annotations', payload: body as object, headers });
  if (response.statusCode !== 201) throw new Error(`POST failed: ${response.statusCode} ${response.body}`);
  return response.json<{ id: string; status: string; editToken: string }>();
}

/** The revision of each comment, as the moderation list shows it (what a decision names). */
export async function revisions(app: FastifyInstance): Promise<Map<string, string>> {
  const listed = await app.inject({ url: '/api/moderation/annotations', headers: moderatorHeaders });
  return new Map(listed.json<ModerationListResponse>().annotations.map((a) => [a.id, a.revision]));
}

/** Sets a status on comments through the moderation API, as an editor who has just read them. */
export async function decide(app: FastifyInstance, ids: string[], status: 'approved' | 'rejected' | 'spam') {
  const read = await revisions(app);
  const response = await app.inject({
    method: 'POST',
    url: '/api/moderation/decisions',
    headers: moderatorHeaders,
    // An id the list does not know is reported in `notFound`.
    payload: { items: ids.map((id) => ({ id, revision: read.get(id) ?? 'never-listed' })), status },
  });
  if (response.statusCode !== 200) throw new Error(`decision failed: ${response.statusCode} ${response.body}`);
}

/** The ErrorResponse of a response, asserting the shape. */
export function errorOf(response: LightMyRequestResponse): ErrorResponse {
  const body = response.json<ErrorResponse>();
  if (typeof body.message !== 'string' || body.statusCode !== response.statusCode) {
    throw new Error(`Not an ErrorResponse: ${response.body}`);
  }
  return body;
}
