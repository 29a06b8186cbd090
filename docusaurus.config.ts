/**
 * Site configuration. Everything that varies by environment is computed above the config object,
 * so the object itself stays declarative.
 */
import type { Config } from '@docusaurus/types';
import type * as Preset from '@docusaurus/preset-classic';
import type { Options as DocsOptions } from '@docusaurus/plugin-content-docs';
import { themes as prismThemes } from 'prism-react-renderer';
import remarkBlockIds from './src/plugins/blockIds';
import remarkGlossaryLinks from './src/plugins/glossaryLinks';
import remarkI18nLinks from './src/plugins/i18nLinks';
import { publicOriginFrom } from './src/shared/publicOrigin';
import { GUIDE_PAGES } from './src/components/HomeComponents/startHere';
import { DEFAULT_LOCALE, SITE_LOCALES } from './src/shared/locales';

/** PUBLIC_ORIGIN, read exactly as the comment service reads it (src/shared/publicOrigin.ts). */
const siteUrl = publicOriginFrom(process.env);

/**
 * The locale being built. `docusaurus build` builds every locale in turn and reloads this file for
 * each, setting DOCUSAURUS_CURRENT_LOCALE first (Docusaurus's documented way to vary the config by
 * locale); the remark plugins write localised labels into static HTML, so they need it.
 */
const currentLocale = process.env.DOCUSAURUS_CURRENT_LOCALE ?? DEFAULT_LOCALE;

const config: Config = {
  title: 'Copenhagen Framework on Citizen Data',
  tagline: 'A reference knowledge base: the definition, principles, enabling environment and roadmap, with sources.',
  favicon: 'img/favicon.svg',
  url: siteUrl,
  baseUrl: '/',
  trailingSlash: false,

  future: {
    v4: {
      removeLegacyPostBuildHeadAttribute: true,
      // Off on purpose: for the browsers in package.json's browserslist, the cascade layers are
      // compiled into `:not(#\#)` specificity boosts that override this site's colour variables,
      // which brings back the classic theme's colour-contrast failures.
      useCssCascadeLayers: false,
      siteStorageNamespacing: true,
      fasterByDefault: true,
      mdx1CompatDisabledByDefault: true,
    },
    faster: true,
  },

  // A broken link or anchor is a broken promise to a reader who follows a permalink.
  onBrokenLinks: 'throw',
  onBrokenAnchors: 'throw',
  onDuplicateRoutes: 'throw',
  markdown: {
    // .md files are CommonMark, so block markers such as {#id} are text, not MDX expressions.
    format: 'detect',
    hooks: { onBrokenMarkdownLinks: 'throw', onBrokenMarkdownImages: 'throw' },
  },

  i18n: {
    defaultLocale: DEFAULT_LOCALE,
    locales: SITE_LOCALES.map((locale) => locale.code),
    localeConfigs: Object.fromEntries(
      SITE_LOCALES.map(({ code, label, htmlLang, direction }) => [code, { label, htmlLang, direction }]),
    ),
  },

  presets: [
    [
      'classic',
      {
        // The docs plugin is src/plugins/docs below: the classic one, with each page's slice of the
        // content graph as a route module.
        docs: false,
        blog: {
          showReadingTime: true,
          blogTitle: 'News and events',
          blogDescription: 'News and event write-ups about the Copenhagen Framework on Citizen Data.',
          onInlineAuthors: 'ignore',
          onUntruncatedBlogPosts: 'ignore',
          feedOptions: { type: ['rss', 'atom'], xslt: false },
        },
        theme: { customCss: ['./src/css/custom.css', './src/css/print.css'] },
      } satisfies Preset.Options,
    ],
  ],

  plugins: [
    [
      './src/plugins/docs/index.ts',
      {
        sidebarPath: './sidebars.ts',
        // Before Docusaurus resolves Markdown links: on a translated site, a link between a
        // translated page and one not yet translated names the file that locale builds from.
        beforeDefaultRemarkPlugins: [[remarkI18nLinks, { locale: currentLocale }]],
        remarkPlugins: [
          [remarkBlockIds, { locale: currentLocale }],
          [remarkGlossaryLinks, { locale: currentLocale }],
        ],
        showLastUpdateTime: false,
      } satisfies DocsOptions,
    ],
    './src/plugins/contentGraph/index.ts',
    './src/plugins/search/index.ts',
    './src/plugins/blockRegister/index.ts',
    './src/plugins/comments/index.ts',
    './src/plugins/handout/index.ts',
    './src/plugins/codeHighlighting/index.ts',
    './src/plugins/codeTranslationGroups/index.ts',
  ],
  clientModules: [
    './src/client/permalinks/clientModule.ts',
    './src/client/glossaryPreview/clientModule.ts',
    './src/client/comments/clientModule.ts',
    './src/client/print/clientModule.ts',
    './src/client/offline/clientModule.ts',
    './src/client/progressBar/clientModule.ts',
    './src/client/prefetch/clientModule.ts',
  ],

  themeConfig: {
    colorMode: { respectPrefersColorScheme: true },
    navbar: {
      title: 'Copenhagen Framework',
      logo: { alt: '', src: 'img/logo.svg' },
      items: [
        {
          type: 'dropdown',
          label: 'Start here',
          position: 'left',
          items: GUIDE_PAGES.map((guide) => ({ to: guide.to, label: guide.label })),
        },
        {
          type: 'docSidebar',
          sidebarId: 'framework',
          position: 'left',
          label: 'The Framework',
          // The link is the section the page is in, not the page itself: every Framework page
          // would otherwise say it *is* the page this link opens (React Router's default, "page").
          'aria-current': 'true',
        },
        { to: '/docs/background', label: 'Background', position: 'left' },
        { to: '/blog', label: 'News', position: 'left' },
        { type: 'localeDropdown', position: 'right' },
        { type: 'search', position: 'right' },
      ],
    },
    footer: {
      style: 'dark',
      links: [
        {
          title: 'The Framework',
          items: [
            { label: 'Definition', to: '/docs/definition' },
            { label: 'Principles', to: '/docs/principles' },
            { label: 'Enabling environment', to: '/docs/enabling-environment' },
            { label: 'Roadmap', to: '/docs/roadmap' },
          ],
        },
        {
          title: 'Reference',
          items: [
            { label: 'Glossary', to: '/docs/background/glossary' },
            { label: 'Sources', to: '/docs/background/sources' },
            { label: 'Timeline', to: '/docs/background/timeline' },
            { label: 'How to read our labels', to: '/docs/background/how-to-read-our-labels' },
          ],
        },
        {
          title: 'Start here',
          items: GUIDE_PAGES.map((guide) => ({ label: guide.label, to: guide.to })),
        },
      ],
      copyright:
        'An independent reference site. Summaries are the editors’ own words. The official text of the Framework is not reproduced here; it will be linked once its official address is confirmed.',
    },
    prism: { theme: prismThemes.github, darkTheme: prismThemes.dracula },
  } satisfies Preset.ThemeConfig,
};

export default config;
