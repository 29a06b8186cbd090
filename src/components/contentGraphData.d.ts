/**
 * The content graph as the build writes it (src/plugins/contentGraph: `createData`), imported by
 * the components that need it, so it ships in the docs pages' chunks instead of every page's
 * main bundle (it did as global data: 3.5 KB gzip on the home page, the blog and /search).
 */
declare module '@generated/content-graph/default/content-graph.json' {
  import type { ContentGraph } from '@site/src/shared/contentGraph';

  const graph: ContentGraph;
  export default graph;
}
