/**
 * Docusaurus plugin: the classic docs plugin (`@docusaurus/plugin-content-docs`, same options,
 * same name, same routes), with one addition: each doc's metadata carries its page's slice of the
 * content graph (`PageGraphSlice`: the page's provenance, its sources, its related pages and the
 * titles of the pages it links to), read by src/theme/DocItem/Content through `useDoc()`.
 *
 * Why: the whole graph and the whole source register, imported by the components, shipped in
 * every docs page's first load (about 7 KB gzip; first-load budget, issue 13), although a page
 * shows only its own few entries. A doc's metadata is already part of that page's own chunk (the
 * MDX loader imports it), so the slice costs neither a request nor an entry in the route table
 * that every page loads (a route module per doc did: 2.5 KB gzip more in main.js and the runtime).
 */
import type { LoadContext, Plugin } from '@docusaurus/types';
import pluginContentDocs, { type LoadedContent, type PluginOptions } from '@docusaurus/plugin-content-docs';
import { GLOSSARY } from '../../data/glossary';
import { SOURCES_BY_ID } from '../../data/sources';
import { buildContentGraph, pageGraphSlice, PAGE_GRAPH_FIELD } from '../../shared/contentGraph';
import { GLOSSARY_PATH } from '../../shared/glossary';
import { splitLocalePath } from '../../shared/locales';
import { readDocs, type LoadedDoc } from '../contentGraph/readDocPages';

export { validateOptions } from '@docusaurus/plugin-content-docs';

/** What a page's own components cite or link to besides its front matter: the glossary's terms. */
function extraReferences(doc: LoadedDoc): { citedSources?: string[]; linkedDocs?: string[] } {
  // Every locale's glossary (`/fr/docs/background/glossary`) is the glossary.
  if (splitLocalePath(doc.page.permalink).path !== GLOSSARY_PATH) return {};
  return {
    citedSources: GLOSSARY.flatMap((term) => term.sources),
    linkedDocs: GLOSSARY.flatMap((term) => term.related ?? []),
  };
}

export default async function docsWithPageGraph(
  context: LoadContext,
  options: PluginOptions,
): Promise<Plugin<LoadedContent>> {
  const docs = await pluginContentDocs(context, options);
  return {
    ...docs,
    async loadContent() {
      const content = await docs.loadContent!();
      const loaded = readDocs(content);
      const graph = buildContentGraph(loaded.map((doc) => doc.page));
      const byId = new Map(loaded.map((doc) => [doc.page.id, doc]));
      for (const doc of content.loadedVersions.flatMap((version) => version.docs)) {
        const page = byId.get(doc.id)!;
        Object.assign(doc, { [PAGE_GRAPH_FIELD]: pageGraphSlice(graph, doc.id, SOURCES_BY_ID, extraReferences(page)) });
      }
      return content;
    },
  };
}
