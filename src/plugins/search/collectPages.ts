/**
 * Lists the pages to index, with what the built HTML does not say reliably: each page's content
 * type (from its doc id, through `contentTypeOf`), its provenance (front matter) and its source
 * file (for the development index).
 */
import type { AllContent } from '@docusaurus/types';
import type { LoadedContent as DocsContent } from '@docusaurus/plugin-content-docs';
import type { BlogContent } from '@docusaurus/plugin-content-blog';
import { applyTrailingSlash } from '@docusaurus/utils-common';
import { contentTypeOf, type ContentType } from '../../shared/contentModel';
import { PROVENANCES, type Provenance } from '../../shared/paragraphId';
import type { PluginOptions } from './options';

export interface IndexedPage {
  /** Permalink, e.g. `/docs/principles`. */
  path: string;
  title: string;
  type: ContentType;
  provenance: Provenance;
  /** Site-relative source file, e.g. `docs/principles/index.md`. */
  source: string;
}

function provenanceOf(frontMatter: Record<string, unknown>, fallback: Provenance): Provenance {
  const value = frontMatter.provenance;
  return (PROVENANCES as readonly unknown[]).includes(value) ? (value as Provenance) : fallback;
}

function siteRelative(source: string): string {
  return source.replace(/^@site\//, '');
}

/** Where a page is really served: Docusaurus applies `trailingSlash` to routes, not to permalinks. */
export interface SiteUrls {
  baseUrl: string;
  trailingSlash: boolean | undefined;
}

export function collectPages(allContent: AllContent, options: PluginOptions, site: SiteUrls): IndexedPage[] {
  const docs = allContent['docusaurus-plugin-content-docs']?.default as DocsContent | undefined;
  const blog = allContent['docusaurus-plugin-content-blog']?.default as BlogContent | undefined;
  const pages: IndexedPage[] = (docs?.loadedVersions ?? []).flatMap((version) =>
    version.docs.map((doc) => ({
      path: applyTrailingSlash(doc.permalink, site),
      title: doc.title,
      type: contentTypeOf(doc.id),
      provenance: provenanceOf(doc.frontMatter as Record<string, unknown>, 'summary'),
      source: siteRelative(doc.source),
    })),
  );
  if (options.indexBlog) {
    for (const post of blog?.blogPosts ?? []) {
      pages.push({
        path: applyTrailingSlash(post.metadata.permalink, site),
        title: post.metadata.title,
        type: 'blog',
        provenance: provenanceOf(post.metadata.frontMatter as Record<string, unknown>, options.blogProvenance),
        source: siteRelative(post.metadata.source),
      });
    }
  }
  const excluded = new Set(options.excludePaths);
  return pages.filter((page) => !excluded.has(page.path));
}
