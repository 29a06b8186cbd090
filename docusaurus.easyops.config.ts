/**
 * Benchmark only: the same site with @easyops-cn/docusaurus-search-local added, built by
 * `npm run bench:search` into node_modules/.cache/bench-search/build-easyops
 * (`npx docusaurus build --config docusaurus.easyops.config.ts --out-dir …`), so both indexes are
 * compared on the same built content.
 *
 * The site's own search stays registered: its swizzled SearchBar and /search page take precedence
 * over easyops's theme components anyway, and only easyops's index (`search-index.json`) is measured.
 * Both plugins add a /search route, hence duplicate routes are only a warning here.
 */
import type { Config } from '@docusaurus/types';
import config from './docusaurus.config';

/** The options the toolchain baseline measured (shared/reference/baseline.md §2), in English. */
const EASYOPS_OPTIONS = {
  hashed: true,
  indexDocs: true,
  indexBlog: true,
  indexPages: false,
  language: ['en'],
  highlightSearchTermsOnTargetPage: true,
  explicitSearchResultPath: true,
};

const easyopsConfig: Config = {
  ...config,
  onDuplicateRoutes: 'warn',
  themes: [...(config.themes ?? []), ['@easyops-cn/docusaurus-search-local', EASYOPS_OPTIONS]],
};

export default easyopsConfig;
