/**
 * The interface translations (i18n/<locale>/code.json, written by `npm run write-translations` and
 * translated by hand): every string of our own is translated in every locale, keeps the
 * placeholders of the others (a lost `{count}` prints nothing), and has at most as many plural
 * forms as the locale has plural categories (Docusaurus's usePluralForm picks by position).
 * Docusaurus's own theme strings come translated from @docusaurus/theme-translations, and none is
 * left in English where it has no translation (`themeBase`).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BLOCK_LABEL_IDS } from '../../../src/shared/blockLabels';
import { PREFIXED_LOCALES } from '../../../src/shared/locales';
import { PROVENANCES } from '../../../src/shared/paragraphId';

type Messages = Record<string, { message: string; description?: string }>;

const messages: Record<string, Messages> = Object.fromEntries(
  PREFIXED_LOCALES.map((locale) => [locale, JSON.parse(readFileSync(`i18n/${locale}/code.json`, 'utf8')) as Messages]),
);
const ownIds = Object.keys(messages.fr!).filter((id) => !id.startsWith('theme.'));
const placeholders = (text: string) => [...new Set(text.match(/\{\w+\}/g) ?? [])].sort();
/** Plural forms in Docusaurus's order: zero, one, two, few, many, other (those the locale has). */
const pluralCategories = (locale: string) => new Intl.PluralRules(locale).resolvedOptions().pluralCategories.length;

/**
 * Docusaurus's theme strings in English (@docusaurus/theme-translations' base locale), which
 * `write-translations` copies where the theme has no translation of its own: such a copy reads
 * "Toggle navigation bar" or "(opens in new tab)" to an Arabic screen reader.
 */
const themeBase: Record<string, string> = Object.assign(
  {},
  ...['theme-common'].map(
    (file) =>
      JSON.parse(
        readFileSync(`node_modules/@docusaurus/theme-translations/locales/base/${file}.json`, 'utf8'),
      ) as Record<string, string>,
  ),
);
/** Theme strings that are rightly the same as in English: the same word, or no word at all. */
const SAME_AS_ENGLISH: Record<string, readonly string[]> = {
  fr: [
    'theme.navbar.mobileVersionsDropdown.label', // Versions
    'theme.admonition.danger', // danger
    'theme.admonition.info', // info
    'theme.tags.tagsPageTitle', // Tags
    'theme.blog.author.pageTitle', // {authorName} - {nPosts}
  ],
  es: ['theme.blog.author.pageTitle'],
  ar: ['theme.blog.author.pageTitle'],
};

describe('interface translations', () => {
  it('has every id the site’s code asks for, so no string falls back to English unnoticed', () => {
    // translate({ id: '…' }) and <Translate id="…">, as `npm run write-translations` finds them.
    const use =
      /(?:\btranslate\(\s*\{\s*(?:message:\s*(?:'[^']*'|"[^"]*"),\s*)?|<Translate\s+)id[:=]\s*\{?\s*["'`]([^"'`]+)["'`]/g;
    const files = execFileSync('git', ['ls-files', 'src/*.ts', 'src/*.tsx'], { encoding: 'utf8' }).trim().split('\n');
    const used = new Set(
      files.flatMap((file) => [...readFileSync(file, 'utf8').matchAll(use)].map((match) => match[1]!)),
    );
    expect(used.size).toBeGreaterThan(400);
    for (const locale of PREFIXED_LOCALES)
      expect(
        [...used].filter((id) => !(id in messages[locale]!)),
        locale,
      ).toEqual([]);
  });

  it('has the same ids in every locale', () => {
    for (const locale of PREFIXED_LOCALES)
      expect(Object.keys(messages[locale]!).sort(), locale).toEqual(Object.keys(messages.fr!).sort());
    expect(ownIds.length).toBeGreaterThan(400);
  });

  it('translates every string of our own in every locale (no message left identical everywhere)', () => {
    // Messages that are the same in French, Spanish and Arabic are English left untranslated.
    const sameEverywhere = ownIds.filter((id) =>
      PREFIXED_LOCALES.every((l) => messages[l]![id]!.message === messages.fr![id]!.message),
    );
    const names = new Set(['home.lead.collaborativeLink', 'home.guide.item', 'navbar.title']);
    expect(sameEverywhere.filter((id) => !names.has(id))).toEqual([]);
  });

  it('keeps every placeholder of a message in every locale', () => {
    const lost = ownIds.flatMap((id) =>
      PREFIXED_LOCALES.filter(
        (locale) =>
          placeholders(messages[locale]![id]!.message).join() !== placeholders(messages.fr![id]!.message).join(),
      ).map((locale) => `${locale} ${id}`),
    );
    expect(lost).toEqual([]);
  });

  it('leaves none of the theme’s strings in English, unless the word is the same in the language', () => {
    expect(Object.keys(themeBase).length).toBeGreaterThan(100);
    for (const locale of PREFIXED_LOCALES) {
      const english = Object.entries(messages[locale]!)
        .filter(([id, { message }]) => id.startsWith('theme.') && themeBase[id] === message)
        .map(([id]) => id)
        .sort();
      expect(english, locale).toEqual([...(SAME_AS_ENGLISH[locale] ?? [])].sort());
    }
  });

  it('gives plural messages no more forms than the locale has plural categories, and Arabic all six', () => {
    for (const locale of PREFIXED_LOCALES) {
      for (const id of ownIds) {
        const forms = messages[locale]![id]!.message.split('|').length;
        expect(forms, `${locale} ${id}`).toBeLessThanOrEqual(pluralCategories(locale));
      }
    }
    expect(messages.ar!['search.status.count']!.message.split('|')).toHaveLength(6);
    expect(messages.fr!['search.status.count']!.message.split('|')).toHaveLength(pluralCategories('fr'));
  });

  it('never drops the number from a "one" form that also covers zero (French: 0 is singular)', () => {
    // Docusaurus picks the form by Intl.PluralRules: in French select(0) is 'one', so a "one"
    // form without the number reads "Un résultat" when nothing matched.
    const wrong = PREFIXED_LOCALES.filter((locale) => new Intl.PluralRules(locale).select(0) === 'one').flatMap(
      (locale) =>
        ownIds
          .filter((id) => messages[locale]![id]!.message.includes('|'))
          .filter((id) => {
            // The "one" form must show every value the "other" form shows, the number included.
            const forms = messages[locale]![id]!.message.split('|');
            return placeholders(forms[0]!).join() !== placeholders(forms.at(-1)!).join();
          })
          .map((id) => `${locale} ${id}: ${messages[locale]![id]!.message.split('|')[0]}`),
    );
    expect(wrong).toEqual([]);
  });

  it('has the labels the build writes into static HTML (blocks.ts ids)', () => {
    const ids = [
      BLOCK_LABEL_IDS.permalink,
      BLOCK_LABEL_IDS.comments,
      ...PROVENANCES.flatMap((p) => [BLOCK_LABEL_IDS.provenanceLabel(p), BLOCK_LABEL_IDS.provenanceExplanation(p)]),
    ];
    for (const locale of PREFIXED_LOCALES)
      for (const id of ids) expect(messages[locale]![id], `${locale} ${id}`).toBeDefined();
  });

  it('uses Docusaurus’s shipped theme translations', () => {
    expect(messages.fr!['theme.common.skipToMainContent']!.message).toBe('Aller au contenu principal');
    expect(messages.ar!['theme.docs.paginator.navAriaLabel']!.message).toBe('صفحة التوثيق');
  });
});
