/**
 * Docusaurus plugin: paragraph-level search with FlexSearch, fully static.
 *
 * Read this file as the table of contents; each step is a module of its own:
 * 1. options.ts       validate the options (DEFAULT_OPTIONS + schema)
 * 2. collectPages.ts  list the pages to index with their type and provenance (allContentLoaded)
 * 3. extractPages.ts  extract paragraphs from the built HTML (postBuild), or from the Markdown
 *                     sources under `docusaurus start` (extract.ts is the shared contract)
 * 4. build.ts         records → FlexSearch export + glossary synonyms
 * 5. write.ts         content-hashed index files (one per part) + manifest
 * The plugin owns its theme components (theme/: `@theme/SearchBar`, the navbar button and dialog;
 * `@theme/SearchPage`) and adds the `/search` route itself, as Docusaurus's own search themes do.
 * The query side (browser and CLI) lives in src/shared/search/ and src/client/search/.
 */
import path from 'node:path';
import logger from '@docusaurus/logger';
import type { LoadContext, Plugin } from '@docusaurus/types';
import {
  MANIFEST_PATH,
  SEARCH_PLUGIN_NAME,
  SEARCH_WORKER_NAME,
  type SearchGlobalData,
} from '../../shared/search/record';
import { EARLY_KEYS_SCRIPT } from '../../shared/search/earlyKeys';
import { languageOfLocale } from '../../shared/search/language';
import { buildIndex } from './build';
import { collectPages, type IndexedPage } from './collectPages';
import { extractBuiltPages, extractSourcePages } from './extractPages';
import type { PluginOptions } from './options';
import { writeIndex } from './write';

const FLEXSEARCH_COMPACT = path.join(path.dirname(require.resolve('flexsearch')), 'flexsearch.compact.module.min.js');

export default function searchPlugin(context: LoadContext, options: PluginOptions): Plugin<void> {
  const { baseUrl } = context.siteConfig;
  // Each locale's build indexes with its language's analyser (and says so in the index file).
  const language = languageOfLocale(context.i18n.currentLocale);
  const development = process.env.NODE_ENV === 'development' && options.devIndex;
  // Served by the dev server at the base URL, like the build output is in production.
  const devSiteDir = path.join(context.generatedFilesDir, SEARCH_PLUGIN_NAME, 'dev-site');
  let pages: IndexedPage[] = [];

  return {
    name: SEARCH_PLUGIN_NAME,

    getThemePath() {
      return path.resolve(__dirname, 'theme');
    },

    getTypeScriptThemePath() {
      return path.resolve(__dirname, 'theme');
    },

    async allContentLoaded({ allContent, actions }) {
      pages = collectPages(allContent, options, { baseUrl, trailingSlash: context.siteConfig.trailingSlash });
      const manifestUrl = `${baseUrl}${options.outputDir}/${path.basename(MANIFEST_PATH)}`;
      actions.setGlobalData({ manifestUrl, language } satisfies SearchGlobalData);
      actions.addRoute({ path: `${baseUrl}search`, component: '@theme/SearchPage', exact: true });
      if (development) {
        const index = await buildIndex(
          await extractSourcePages(context.siteDir, pages, baseUrl),
          baseUrl,
          language,
          context.siteDir,
          options.parts,
        );
        await writeIndex(devSiteDir, options.outputDir, index);
      }
    },

    getClientModules() {
      // Sets <html data-hydrated="true"> once React has hydrated the page: the app-ready signal.
      return [path.resolve(__dirname, '../../client/search/appReady.ts')];
    },

    injectHtmlTags() {
      // Buffers Ctrl/Cmd+K and `/` pressed before hydration (see src/client/search/earlyKeys.ts).
      return { headTags: [{ tagName: 'script', innerHTML: EARLY_KEYS_SCRIPT }] };
    },

    configureWebpack(_config, isServer) {
      // The site bundles FlexSearch's "compact" build (Document, store, export/import; no Worker,
      // which also drags in Node-only code): the same index format as the full build used here.
      const resolve = { alias: { flexsearch: FLEXSEARCH_COMPACT } };
      // The search worker stays one file: its packages (FlexSearch, stemmer, …) are not split into
      // a vendors chunk it would fetch with a request of its own.
      const optimization = isServer
        ? {}
        : {
            splitChunks: {
              cacheGroups: {
                defaultVendors: {
                  test: /[\\/]node_modules[\\/]/,
                  priority: -10,
                  reuseExistingChunk: true,
                  // As by default ('async'), except the worker's chunk.
                  chunks: (chunk: { name?: string | null; canBeInitial(): boolean }) =>
                    !chunk.canBeInitial() && chunk.name !== SEARCH_WORKER_NAME,
                },
              },
            },
          };
      if (!development) return { resolve, optimization };
      return {
        resolve,
        optimization,
        devServer: { static: [{ directory: devSiteDir, publicPath: baseUrl, watch: false }] },
      } as object;
    },

    async postBuild({ outDir }) {
      const started = performance.now();
      const extracted = await extractBuiltPages(outDir, pages, options.contentSelector, baseUrl);
      const parts = await buildIndex(extracted, baseUrl, language, context.siteDir, options.parts);
      const written = await writeIndex(outDir, options.outputDir, parts);
      const records = parts.reduce((sum, part) => sum + part.n, 0);
      const files = written.files
        .map((file, part) => `${path.relative(outDir, file)} (${Math.round(written.bytes[part]! / 1024)} KiB)`)
        .join(', ');
      const ms = Math.round(performance.now() - started);
      logger.info(
        `Search (${language}): indexed ${records} paragraphs of ${extracted.length} pages into ${files} (${ms} ms).`,
      );
    },
  };
}

export { validateOptions } from './options';
