/**
 * Docusaurus plugin: a locale's interface strings load with the features that show them
 * (groups.ts says which and why); main.js keeps only the rest.
 *
 * How: `@docusaurus/Translate` reads one object, `@generated/codeTranslations`. In a production
 * build that import resolves to the eager part of it (an alias, prepended so it wins over
 * Docusaurus's `@generated` one), and each group is a data module,
 * `@generated/fw-code-translation-groups/default/<group>.json`, that its feature's modules import
 * through src/client/codeTranslations/<group>.ts, which adds it to that same object.
 *
 * The split happens in configureWebpack because the whole set (the site's code.json over the
 * themes' shipped translations) exists only once Docusaurus has written
 * `.docusaurus/codeTranslations.json`: after every plugin's content lifecycle, before bundling.
 * `docusaurus start` keeps Docusaurus's own behaviour (no alias, empty groups), so editing
 * code.json while it runs shows at once, as it always did.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import { CODE_TRANSLATION_GROUP_NAMES, splitCodeTranslations, type CodeTranslations } from './groups';

/** The plugin's name, and so its data folder: `.docusaurus/fw-code-translation-groups/default/`. */
export const CODE_TRANSLATION_GROUPS_PLUGIN = 'fw-code-translation-groups';

/** The file main.js imports instead of Docusaurus's whole set. */
const EAGER_FILE = 'eager.json';

export default function codeTranslationGroups(context: LoadContext): Plugin<void> {
  const dataDir = path.join(context.generatedFilesDir, CODE_TRANSLATION_GROUPS_PLUGIN, 'default');
  const write = (file: string, messages: CodeTranslations) =>
    writeFileSync(path.join(dataDir, file), `${JSON.stringify(messages)}\n`);
  return {
    name: CODE_TRANSLATION_GROUPS_PLUGIN,
    configureWebpack() {
      mkdirSync(dataDir, { recursive: true });
      if (process.env.NODE_ENV === 'development') {
        for (const group of CODE_TRANSLATION_GROUP_NAMES) write(`${group}.json`, {});
        return {};
      }
      const all = JSON.parse(
        readFileSync(path.join(context.generatedFilesDir, 'codeTranslations.json'), 'utf8'),
      ) as CodeTranslations;
      const { eager, groups } = splitCodeTranslations(all);
      write(EAGER_FILE, eager);
      for (const group of CODE_TRANSLATION_GROUP_NAMES) write(`${group}.json`, groups[group]);
      return {
        mergeStrategy: { 'resolve.alias': 'prepend' },
        resolve: { alias: { '@generated/codeTranslations$': path.join(dataDir, EAGER_FILE) } },
      };
    },
  };
}
