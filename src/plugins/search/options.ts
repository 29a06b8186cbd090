/**
 * The plugin's options: written once as DEFAULT_OPTIONS, validated by a schema whose defaults
 * are read from it, so the README table, the schema and the code cannot disagree.
 */
import { Joi } from '@docusaurus/utils-validation';
import type { OptionValidationContext } from '@docusaurus/types';
import { CONTENT_TYPES, type ContentType } from '../../shared/contentTypes';
import { PROVENANCES, type Provenance } from '../../shared/paragraphId';

export interface PluginOptions {
  /** Folder of the build output (and of the dev server) that receives the index files. */
  outputDir: string;
  /** CSS selector of a page's rendered Markdown in the built HTML. */
  contentSelector: string;
  /** Index blog posts (by section). */
  indexBlog: boolean;
  /** Provenance given to blog posts, which have no provenance front matter. */
  blogProvenance: Provenance;
  /** Page paths (permalinks) not to index, e.g. `/docs/background/sources`. */
  excludePaths: string[];
  /** Build an index from the Markdown sources under `docusaurus start`, so search works in development. */
  devIndex: boolean;
  /**
   * The index's parts, loaded one after the other, by the content types of their pages: a reader
   * can search the first as soon as it has arrived. Types listed nowhere make a last part; `[]`
   * publishes one file.
   */
  parts: ContentType[][];
}

export const DEFAULT_OPTIONS: PluginOptions = {
  outputDir: 'search',
  contentSelector: '.theme-doc-markdown, #__blog-post-container',
  indexBlog: true,
  blogProvenance: 'summary',
  excludePaths: [],
  devIndex: true,
  // The Framework's four components and its glossary first: background pages and news, which grow
  // with the years, come after.
  parts: [['definition', 'principle', 'enabling-environment', 'roadmap', 'glossary']],
};

const schema = Joi.object<PluginOptions>({
  outputDir: Joi.string()
    .pattern(/^[a-z0-9][a-z0-9-]*$/)
    .default(DEFAULT_OPTIONS.outputDir),
  contentSelector: Joi.string().min(1).default(DEFAULT_OPTIONS.contentSelector),
  indexBlog: Joi.boolean().default(DEFAULT_OPTIONS.indexBlog),
  blogProvenance: Joi.string()
    .valid(...PROVENANCES)
    .default(DEFAULT_OPTIONS.blogProvenance),
  excludePaths: Joi.array().items(Joi.string().pattern(/^\//)).default(DEFAULT_OPTIONS.excludePaths),
  devIndex: Joi.boolean().default(DEFAULT_OPTIONS.devIndex),
  parts: Joi.array()
    .items(
      Joi.array()
        .items(Joi.string().valid(...CONTENT_TYPES))
        .min(1),
    )
    .custom((parts: ContentType[][], helpers) => {
      const seen = new Set<ContentType>();
      for (const type of parts.flat()) {
        if (seen.has(type)) return helpers.message({ custom: `"parts" lists the content type "${type}" twice` });
        seen.add(type);
      }
      return parts;
    })
    .default(DEFAULT_OPTIONS.parts),
});

/** Docusaurus calls this with the options from `docusaurus.config.ts`. */
export function validateOptions({
  validate,
  options,
}: OptionValidationContext<Partial<PluginOptions> | undefined, PluginOptions>): PluginOptions {
  return validate(schema, options ?? {});
}
