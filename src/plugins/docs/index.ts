/**
 * Docusaurus plugin: the classic docs plugin (`@docusaurus/plugin-content-docs`, same options,
 * same name, same routes), with one addition: each doc's metadata carries its page's slice of the
 * content graph (`PageGraphSlice`: the page's provenance, its sources, its related pages and the
 * titles of the pages it links to, and on the glossary page its terms in the site's language), read
 * by src/theme/DocItem/Content through `useDoc()`.
 *
 * Why: the whole graph and the whole source register, imported by the components, shipped in
 * every docs page's first load (about 7 KB gzip; first-load budget, issue 13), although a page
 * shows only its own few entries. A doc's metadata is already part of that page's own chunk (the
 * MDX loader imports it), so the slice costs neither a request nor an entry in the route table
 * that every page loads (a route module per doc did: 2.5 KB gzip more in main.js and the runtime).
 * Likewise the glossary: a translated glossary page that imported the data carried every English
 * definition and every translation record besides its own text (4.9 KB gzip over budget in Arabic).
 */
import type { LoadContext, Plugin } from '@docusaurus/types';
import pluginContentDocs, { type LoadedContent, type PluginOptions } from '@docusaurus/plugin-content-docs';
import { GLOSSARY } from '../../data/glossary';
import { glossaryTableFor } from '../../data/glossaryTranslations';
import { SOURCES_BY_ID } from '../../data/sources';
import { buildContentGraph, pageGraphSlice, PAGE_GRAPH_FIELD } from '../../shared/contentGraph';
import { GLOSSARY_DOC_ID, glossaryPageEntries, type GlossaryPageEntry } from '../../shared/glossary';
import { readDocs } from '../contentGraph/readDocPages';

export { validateOptions } from '@docusaurus/plugin-content-docs';

/** The glossary page's terms in `locale` (matched by doc id, which every locale shares). */
function glossaryOf(docId: string, locale: string): GlossaryPageEntry[] | undefined {
  if (docId !== GLOSSARY_DOC_ID) return undefined;
  return glossaryPageEntries(GLOSSARY, locale, glossaryTableFor(locale));
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
      const { currentLocale } = context.i18n;
      for (const doc of content.loadedVersions.flatMap((version) => version.docs)) {
        const slice = pageGraphSlice(graph, doc.id, SOURCES_BY_ID, glossaryOf(doc.id, currentLocale));
        Object.assign(doc, { [PAGE_GRAPH_FIELD]: slice });
      }
      return content;
    },
  };
}
