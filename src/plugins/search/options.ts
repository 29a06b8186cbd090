/**
 * The plugin's options: written once as DEFAULT_OPTIONS, validated by a schema whose defaults
 * are read from it, so the README table, the schema and the code cannot disagree.
 */
import { Joi } from '@docusaurus/utils-validation';
import type { OptionValidationContext } from '@docusaurus/types';
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
}

export const DEFAULT_OPTIONS: PluginOptions = {
  outputDir: 'search',
  contentSelector: '.theme-doc-markdown, #__blog-post-container',
  indexBlog: true,
  blogProvenance: 'summary',
  excludePaths: [],
  devIndex: true,
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
});

/** Docusaurus calls this with the options from `docusaurus.config.ts`. */
export function validateOptions({
  validate,
  options,
}: OptionValidationContext<Partial<PluginOptions> | undefined, PluginOptions>): PluginOptions {
  return validate(schema, options ?? {});
}
