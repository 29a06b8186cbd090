/**
 * One runner, five tiers (vitest projects), from fastest to slowest; `npm test` runs them in this
 * order and prints each one's time (scripts/testTiers.ts):
 * - `unit`: pure logic, build plugins on fixtures, the service through inject() on SQLite. No build,
 *   no browser, no PostgreSQL: the tier to run on every change (`npm run test:unit`, with `dom`).
 * - `dom`: browser code in happy-dom (tests/dom).
 * - `integration`: PostgreSQL and child processes (repository suite and the feedback loop's service
 *   tests on both databases, crash safety).
 * - `built`: reads the built site in ./build (index, relevance, built HTML, byte budgets).
 * - `e2e`: the built site and the real server in Debian's Chromium, journeys only.
 */
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const here = (relative: string) => fileURLToPath(new URL(relative, import.meta.url));

/** Docusaurus's client aliases, as the bundler resolves them, for browser code under test. */
const DOCUSAURUS_CLIENT_ALIASES = [
  ...Object.entries({
    '@docusaurus/ExecutionEnvironment': here(
      'node_modules/@docusaurus/core/lib/client/exports/ExecutionEnvironment.js',
    ),
    // The real module ships JSX and reads generated files; DOM tests use English defaults.
    '@docusaurus/Translate': here('tests/dom/support/translate.ts'),
    '@docusaurus/Link': here('tests/dom/support/Link.ts'),
    '@docusaurus/router': here('tests/dom/support/router.ts'),
    '@docusaurus/useBaseUrl': here('tests/dom/support/useBaseUrl.ts'),
    '@docusaurus/useDocusaurusContext': here('tests/dom/support/useDocusaurusContext.ts'),
    '@docusaurus/useGlobalData': here('tests/dom/support/useGlobalData.ts'),
    '@generated/docusaurus.config': here('tests/dom/support/generatedConfig.ts'),
    '@generated/i18n': here('tests/dom/support/generatedI18n.ts'),
    '@site': here('.'),
    // The theme's code components, for the swizzled MDX `code` (src/theme/MDXComponents/Code.tsx).
    '@theme/CodeBlock': here('tests/dom/support/themeCode.tsx'),
    '@theme/CodeInline': here('tests/dom/support/themeCode.tsx'),
    // The theme's sidebar items, for the ejected docs sidebar of the mobile menu (src/theme/DocSidebar/Mobile).
    '@theme/DocSidebarItems': here('tests/dom/support/themeDocSidebarItems.ts'),
    // The theme's navbar items, for the ejected desktop dropdown (src/theme/NavbarItem/DropdownNavbarItem).
    '@theme/NavbarItem/NavbarNavLink': here('tests/dom/support/themeNavbarItem/NavbarNavLink.ts'),
  }).map(([find, replacement]) => ({ find, replacement })),
  { find: /^@theme\/NavbarItem$/, replacement: here('tests/dom/support/themeNavbarItem/NavbarItem.ts') },
  // The theme's hooks our components use (not `…/internal`, which the tests that need it mock).
  { find: /^@docusaurus\/theme-common$/, replacement: here('tests/dom/support/themeCommon.ts') },
  // The classic theme's components that src/theme wraps: stand-ins (its own ship untranspiled JSX).
  { find: /^@theme-original\/(.*)$/, replacement: here('tests/dom/support/themeOriginal/$1.ts') },
  // English: no translated strings, in main.js's part or in a feature's group
  // (src/plugins/codeTranslationGroups).
  {
    find: /^@generated\/(codeTranslations|fw-code-translation-groups\/default\/\w+\.json)$/,
    replacement: here('tests/dom/support/noCodeTranslations.json'),
  },
];

/**
 * The tiers run on every change: worker threads (cheaper to start than processes) and one worker
 * per core. Vitest's default is one fewer than the cores, which on a 2-core machine is a single
 * worker: `npm run test:unit` took 41 s there, about 30 s with two, 19 s since the dom tier runs in
 * VM contexts (below). `--maxWorkers` overrides it.
 */
const FAST_TIER_WORKERS = { pool: 'threads', maxWorkers: availableParallelism() } as const;

/** Need PostgreSQL or spawn servers. */
const INTEGRATION = [
  'tests/unit/server/repository.test.ts',
  'tests/unit/server/postgresApp.test.ts',
  'tests/unit/server/durability.test.ts',
  'tests/unit/server/liveInstances.test.ts',
  // The feedback loop (issue 11), each test on SQLite and on PostgreSQL (feedbackHelpers.ts).
  'tests/unit/server/dispositions.test.ts',
  'tests/unit/server/exports.test.ts',
  'tests/unit/server/feedbackReads.test.ts',
  'tests/unit/server/rounds.test.ts',
  'tests/unit/server/w3cContainer.test.ts',
];
/** Read ./build. */
const BUILT = [
  'tests/unit/search/devIndex.test.ts',
  'tests/unit/search/relevance.test.ts',
  'tests/e2e/builtSite.test.ts',
  'tests/built/**/*.test.ts',
];

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          exclude: [...INTEGRATION, ...BUILT],
          // Test files share a worker's module cache: importing Fastify, unified and TypeBox once per
          // worker instead of once per file is most of this tier's speed. Files keep no global state.
          isolate: false,
          ...FAST_TIER_WORKERS,
          environment: 'node',
          testTimeout: 20_000,
        },
      },
      {
        // Components are compiled as the site compiles them (@docusaurus/tsconfig preserves JSX for
        // the bundler; here Vite's transform turns it into react/jsx-runtime calls).
        oxc: { jsx: { runtime: 'automatic' } },
        test: {
          name: 'dom',
          include: ['tests/dom/**/*.test.ts'],
          alias: DOCUSAURUS_CLIENT_ALIASES,
          environment: 'happy-dom',
          ...FAST_TIER_WORKERS,
          // Each file in its own VM context of a reused worker: as isolated as a worker per file,
          // without starting a worker and loading happy-dom per file (the tier took 15 s, now 5 s).
          pool: 'vmThreads',
          testTimeout: 20_000,
        },
      },
      {
        test: {
          name: 'integration',
          include: INTEGRATION,
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'built',
          include: BUILT,
          environment: 'node',
          globalSetup: ['tests/built/support/requireBuild.ts'],
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          exclude: BUILT,
          environment: 'node',
          globalSetup: ['tests/e2e/support/globalSetup.ts'],
          // Browser tests share one server and one Chromium per file; files run one at a time on 2 cores.
          fileParallelism: false,
          // A journey with axe at two widths takes ~15 s on an idle machine and several times that
          // on a loaded one (CI may share its 2 cores with another CPU-heavy process).
          testTimeout: 120_000,
          hookTimeout: 120_000,
          // expect.poll waits on what the page shows (counts, rows): 1 s, vitest's default, is
          // shorter than a chunk load plus a request on a loaded 2-core machine.
          expect: { poll: { timeout: 15_000 } },
        },
      },
    ],
  },
});
