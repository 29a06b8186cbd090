/**
 * remark plugin: gives every block of a Framework page a stable id, a permalink control, a
 * comment control and, where it differs from its page, a provenance badge.
 *
 * Ids come from `src/shared/paragraphId.ts`, the function the search index and the comment
 * service use too. A translated page (i18n/<locale>/…) takes the ids of its English source's
 * blocks instead (translatedSource.ts), so paragraphs are named alike in every language. Labels
 * are written in the locale being built, from its code.json (buildLabels.ts).
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { DEFAULT_LOCALE } from '../../shared/locales';
import { blockLabelsForLocale } from './buildLabels';
import { decorateBlock } from './decorateBlock';
import { planBlocks, planTranslatedBlocks, translatedDocOf } from './translatedSource';

export interface BlockIdsOptions {
  /** Page provenance from front matter is read by the page; blocks only record differences. */
  readonly enabled?: boolean;
  /** The locale being built: control labels and provenance badges are written in it. */
  readonly locale?: string;
  /** Where `i18n/` is (defaults to the working directory, as for `docusaurus build`). */
  readonly siteDir?: string;
}

export default function remarkBlockIds(options: BlockIdsOptions = {}) {
  const locale = options.locale ?? DEFAULT_LOCALE;
  const labels = blockLabelsForLocale(locale, options.siteDir ?? process.cwd());
  return (tree: Root, file: VFile): void => {
    if (options.enabled === false) return;
    const filePath = file.path ?? '(unknown file)';
    const translated = translatedDocOf(filePath);
    const blocks = translated ? planTranslatedBlocks(tree, translated, filePath) : planBlocks(tree, filePath);
    for (const block of blocks) decorateBlock(block, block.controls, labels);
  };
}
