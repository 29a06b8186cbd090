/**
 * Interface strings that load with their feature (src/plugins/codeTranslationGroups): the split of
 * a locale's messages on plain objects, and the rule that keeps every string translated, checked on
 * every module under src/: a module that uses an id of a group imports that group's module. Ids are
 * found as string literals, which is how `write-translations` finds them too (an id built at run
 * time would escape both, and there is none).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CODE_TRANSLATION_GROUPS,
  CODE_TRANSLATION_GROUP_NAMES,
  groupOf,
  splitCodeTranslations,
  type CodeTranslationGroup,
} from '../../../src/plugins/codeTranslationGroups/groups';

const SRC = path.resolve(__dirname, '../../../src');
const ids = new Set(Object.keys(JSON.parse(readFileSync('i18n/fr/code.json', 'utf8')) as object));

function* modules(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* modules(file);
    else if (/\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts')) yield file;
  }
}

/** The groups whose ids a module's text names, as string literals (ids are literals: write-translations reads them). */
function groupsUsed(text: string, knownIds: ReadonlySet<string>): Set<CodeTranslationGroup> {
  const used = new Set<CodeTranslationGroup>();
  for (const [, literal] of text.matchAll(/['"`]([\w.-]+)['"`]/g)) {
    const group = knownIds.has(literal!) ? groupOf(literal!) : undefined;
    if (group) used.add(group);
  }
  return used;
}

/** The groups a module imports (`import '…/codeTranslations/<group>'`). */
function groupsImported(text: string): Set<string> {
  return new Set([...text.matchAll(/^import ['"][^'"]*\/codeTranslations\/(\w+)['"];?$/gm)].map((match) => match[1]!));
}

describe('a locale’s interface strings, split by feature', () => {
  it('puts an id in the first group with a prefix of it, and every other id in main.js’s part', () => {
    expect(groupOf('comments.form.submit')).toBe('comments');
    expect(groupOf('insights.title')).toBe('feedback');
    expect(groupOf('feedback.round.open')).toBe('feedback');
    expect(groupOf('theme.common.skipToMainContent')).toBeUndefined();
    expect(groupOf('search.page.title')).toBeUndefined();
    // A prefix is a whole segment: "commentsX" is not the comment panel's.
    expect(groupOf('commentsX.title')).toBeUndefined();
    // What every Framework page renders with its HTML stays in main.js.
    expect(groupOf('comments.intro.label')).toBeUndefined();
    expect(groupOf('feedback.responses.pageLink')).toBeUndefined();
    expect(groupOf('feedback.responses.title')).toBe('feedback');
    // An exact id, not a prefix.
    expect(groupOf('feedback.responses.pageLinkLabel')).toBe('feedback');
  });

  it('splits the messages without losing or repeating one', () => {
    const { eager, groups } = splitCodeTranslations({
      'theme.common.skipToMainContent': 'Aller au contenu principal',
      'comments.form.submit': 'Envoyer',
      'insights.title': 'Aperçus',
      'feedback.round.open': 'Ouvert',
    });
    expect(eager).toEqual({ 'theme.common.skipToMainContent': 'Aller au contenu principal' });
    expect(groups).toEqual({
      comments: { 'comments.form.submit': 'Envoyer' },
      moderation: {},
      feedback: { 'insights.title': 'Aperçus', 'feedback.round.open': 'Ouvert' },
      event: {},
      home: {},
    });
  });

  it('has a module under src/client/codeTranslations for every group, and each group holds ids', () => {
    for (const group of CODE_TRANSLATION_GROUP_NAMES) {
      expect(readFileSync(path.join(SRC, 'client/codeTranslations', `${group}.ts`), 'utf8')).toContain(
        `@generated/fw-code-translation-groups/default/${group}.json`,
      );
      expect(
        [...ids].filter((id) => groupOf(id) === group).length,
        `${group}: ${CODE_TRANSLATION_GROUPS[group].join(', ')}`,
      ).toBeGreaterThan(0);
    }
  });

  it('finds the groups a module uses and imports', () => {
    const text = [
      "import '@site/src/client/codeTranslations/comments';",
      "import Translate, { translate } from '@docusaurus/Translate';",
      "translate({ id: 'comments.form.submit', message: 'Send' });",
      '<Translate id="moderation.title">Moderation</Translate>;',
      "const notAnId = 'event.not-in-code-json';",
    ].join('\n');
    const known = new Set(['comments.form.submit', 'moderation.title', 'event.title']);
    expect(groupsUsed(text, known)).toEqual(new Set(['comments', 'moderation']));
    expect(groupsImported(text)).toEqual(new Set(['comments']));
  });

  it('is imported by every module under src/ that uses one of its ids', () => {
    const missing: string[] = [];
    for (const file of modules(SRC)) {
      const text = readFileSync(file, 'utf8');
      const imported = groupsImported(text);
      for (const group of groupsUsed(text, ids))
        if (!imported.has(group))
          missing.push(`${path.relative(SRC, file)}: import '@site/src/client/codeTranslations/${group}';`);
    }
    expect(missing).toEqual([]);
  });
});
