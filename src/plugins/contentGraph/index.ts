/**
 * Docusaurus plugin: validates every Framework page's front matter against the content model and
 * writes the content graph (related pages, back-links, sources) as a data module,
 * `@generated/content-graph/default/content-graph.json`, which the components that need it import
 * (src/components/useContentGraph.ts). Not global data: that ships in every page's main bundle.
 */
import type { LoadContext, Plugin } from '@docusaurus/types';
import { buildContentGraph, type ContentGraph } from '../../shared/contentGraph';
import { readBlogPosts, readDocPages } from './readDocPages';
import { validateContent } from './validateContent';

/** The plugin's name, and so its data folder: `.docusaurus/content-graph/default/`. */
export const CONTENT_GRAPH_PLUGIN = 'content-graph';

export default function contentGraphPlugin(context: LoadContext): Plugin<void> {
  return {
    name: CONTENT_GRAPH_PLUGIN,
    async allContentLoaded({ allContent, actions }) {
      const docs = readDocPages(allContent, context.i18n.currentLocale, context.i18n.defaultLocale);
      validateContent(docs, readBlogPosts(allContent));
      const graph: ContentGraph = buildContentGraph(docs.map((doc) => doc.page));
      await actions.createData('content-graph.json', JSON.stringify(graph));
    },
  };
}
