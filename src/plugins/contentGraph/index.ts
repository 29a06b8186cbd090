/**
 * Docusaurus plugin: validates every Framework page's front matter against the content model and
 * publishes the content graph (related pages, back-links, sources) as global data.
 */
import type { LoadContext, Plugin } from '@docusaurus/types';
import { buildContentGraph, type ContentGraph } from '../../shared/contentGraph';
import { readBlogPosts, readDocPages } from './readDocPages';
import { validateContent } from './validateContent';

export const CONTENT_GRAPH_PLUGIN = 'content-graph';

export default function contentGraphPlugin(_context: LoadContext): Plugin<void> {
  return {
    name: CONTENT_GRAPH_PLUGIN,
    async allContentLoaded({ allContent, actions }) {
      const docs = readDocPages(allContent);
      validateContent(docs, readBlogPosts(allContent));
      const graph: ContentGraph = buildContentGraph(docs.map((doc) => doc.page));
      actions.setGlobalData(graph);
    },
  };
}
