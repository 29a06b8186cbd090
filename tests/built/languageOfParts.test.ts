/**
 * WCAG 2.2 SC 3.1.2 (Language of Parts) on the built translated sites: English text shown on the
 * French, Spanish and Arabic sites carries `lang="en"`, so a screen reader switches voice. In
 * French and Spanish English cannot be told by its script, so the test looks for data known to
 * be English wherever it is shown: the titles and sidebar labels of the pages the locale has not
 * translated (they fall back to the English file), their tables of contents, and the titles and
 * publishers of the source register (src/data/sources.ts, English unless an entry says otherwise).
 * The named examples come from a scan of build/ar; the sweeps cover every page of each locale.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import type { Element, Root, RootContent } from 'hast';
import { SOURCES } from '../../src/data/sources';
import { PREFIXED_LOCALES } from '../../src/shared/locales';
import { sourceLanguage } from '../../src/shared/textLanguage';

const BUILD = path.resolve(__dirname, '../../build');
const I18N = path.resolve(__dirname, '../../i18n');
const THEME_FILES = ['docusaurus-theme-classic/navbar.json', 'docusaurus-theme-classic/footer.json'];

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return htmlFiles(full);
    return entry.name.endsWith('.html') ? [full] : [];
  });
}

/** A text node of the page's body with the language it is in: its nearest `lang`. */
interface Text {
  readonly text: string;
  readonly lang: string | undefined;
  /** Tag names and classes of the nearest ancestors, for failure messages. */
  readonly where: string;
}

const SKIPPED = new Set(['script', 'style', 'template', 'head', 'svg', 'noscript']);

function langOf(element: Element): string | undefined {
  const lang = element.properties.lang;
  return typeof lang === 'string' ? lang : undefined;
}

function texts(root: Root): Text[] {
  const found: Text[] = [];
  const walk = (node: RootContent | Root, lang: string | undefined, where: readonly string[]) => {
    if (node.type === 'text') {
      const text = node.value.trim();
      if (text) found.push({ text, lang, where: where.slice(-4).join(' > ') });
      return;
    }
    if (node.type !== 'element' && node.type !== 'root') return;
    if (node.type === 'element' && SKIPPED.has(node.tagName)) return;
    const own = node.type === 'element' ? langOf(node) : undefined;
    const label =
      node.type === 'element'
        ? `${node.tagName}${[...((node.properties.className as string[] | undefined) ?? [])].map((c) => `.${c}`).join('')}`
        : '';
    for (const child of node.children) walk(child, own ?? lang, label ? [...where, label] : where);
  };
  walk(root, undefined, []);
  return found;
}

/** The nearest `lang` of the element: its own or an ancestor's, from the root. */
function nearestLang(root: Root, target: Element): string | undefined {
  let result: string | undefined;
  const walk = (node: Root | Element, lang: string | undefined): boolean => {
    const own = node.type === 'element' ? (langOf(node) ?? lang) : lang;
    if (node === target) {
      result = own;
      return true;
    }
    return node.children.some((child) => child.type === 'element' && walk(child, own));
  };
  walk(root, undefined);
  return result;
}

interface Page {
  readonly name: string;
  readonly tree: Root;
}

/**
 * English text of the register: every source's title and publisher of more than one word. A
 * one-word name (EGRISS, PARIS21) is an acronym, the same in every language, which translators
 * write in their text as it is (proper names are outside SC 3.1.2).
 */
const ENGLISH_SOURCE_TEXT = new Set(
  SOURCES.filter((source) => sourceLanguage(source) === 'en')
    .flatMap((source) => [source.title, source.publisher])
    .filter((text) => /\s/.test(text)),
);

describe.each(PREFIXED_LOCALES)('language of parts on the %s site', (locale) => {
  const dir = path.join(BUILD, locale);
  const pages: Page[] = htmlFiles(dir).map((file) => ({
    name: path.relative(dir, file),
    tree: fromHtml(readFileSync(file, 'utf8')),
  }));
  const page = (name: string): Root => {
    const found = pages.find((p) => p.name === name);
    if (!found) throw new Error(`${locale}/${name} is not in the build`);
    return found.tree;
  };
  /** The nearest `lang` of every element matching `selector` whose text is `text`. */
  const langsOf = (tree: Root, selector: string, text: string): (string | undefined)[] =>
    selectAll(selector, tree)
      .filter((element) => toString(element).trim() === text)
      .map((element) => nearestLang(tree, element));

  /** Docs pages of this locale that show the English text (src/components/TranslationNotice). */
  const fallbackPages = pages.filter(
    (p) => p.name.startsWith('docs/') && select('.fw-translation-notice--fallback', p.tree) !== undefined,
  );

  /** What those pages are called: their English titles and their own sidebar labels. */
  const fallbackNames = new Set(
    fallbackPages.flatMap((p) =>
      // The doc's own link: a category's link (a section's index page) has the category's label.
      [select('article h1', p.tree), select('.theme-doc-sidebar-item-link > .menu__link[aria-current="page"]', p.tree)]
        .filter((element): element is Element => element !== undefined)
        .map((element) => toString(element).trim()),
    ),
  );

  /**
   * Text of the site's own language that a page name may equal: "Sources" is also French. The
   * locale's translated interface strings, sidebar and footer labels.
   */
  const siteLanguageText = new Set(
    ['code.json', 'docusaurus-plugin-content-docs/current.json', ...THEME_FILES].flatMap((file) => {
      const messages = JSON.parse(readFileSync(path.join(I18N, locale, file), 'utf8')) as Record<
        string,
        { message: string }
      >;
      return Object.values(messages).map((entry) => entry.message);
    }),
  );
  const englishNames = new Set([...fallbackNames].filter((name) => !siteLanguageText.has(name)));

  it('has pages not yet translated, and translated ones (both kinds are checked)', () => {
    expect(fallbackPages.length).toBeGreaterThan(5);
    expect(fallbackNames).toContain('Questions people ask');
    expect(select('.fw-translation-notice--translated', page('docs/definition.html'))).toBeDefined();
  });

  it('marks the sidebar labels of untranslated pages English (on docs/definition)', () => {
    const tree = page('docs/definition.html');
    for (const label of ['Questions people ask', 'Known and not known', 'Citing correctly', 'Side event focus areas']) {
      const langs = langsOf(tree, '.theme-doc-sidebar-menu .menu__link', label);
      expect(langs, label).not.toEqual([]);
      expect(langs, label).toEqual(langs.map(() => 'en'));
    }
  });

  it('marks the labels of the enabling-environment sub-pages English in the sidebar', () => {
    const tree = page('docs/enabling-environment/other-actors.html');
    for (const label of ['National statistical offices', 'Artificial intelligence', 'Governance and stewardship']) {
      expect(langsOf(tree, '.theme-doc-sidebar-menu .menu__link', label), label).toEqual(['en']);
    }
  });

  it('leaves the labels of translated pages and of categories in the site language', () => {
    const tree = page('docs/definition.html');
    const active = select('.theme-doc-sidebar-menu .menu__link[aria-current="page"]', tree);
    expect(active && nearestLang(tree, active)).toBe(locale);
    const category = select('.theme-doc-sidebar-item-category > div > .menu__link', tree);
    expect(category && nearestLang(tree, category)).toBe(locale);
  });

  it('marks the table of contents of an untranslated page English ("What the sources say")', () => {
    const tree = page('docs/enabling-environment/artificial-intelligence.html');
    expect(langsOf(tree, '.table-of-contents a', 'What the sources say')).toEqual(['en']);
  });

  it('marks the previous/next link to an untranslated page English, not its "Next" label', () => {
    const tree = page('docs/at-a-glance.html');
    expect(langsOf(tree, '.pagination-nav__label', 'Questions people ask')).toEqual(['en']);
    const sublabel = select('.pagination-nav__sublabel', tree);
    expect(sublabel && nearestLang(tree, sublabel)).toBe(locale);
  });

  it('marks the breadcrumb of an untranslated page English', () => {
    const tree = page('docs/background/collaborative.html');
    expect(langsOf(tree, '.breadcrumbs__item--active .breadcrumbs__link', 'The Collaborative on Citizen Data')).toEqual(
      ['en'],
    );
  });

  it('marks the titles and publishers of English sources English (docs/definition, the glossary)', () => {
    for (const name of ['docs/definition.html', 'docs/background/glossary.html']) {
      const tree = page(name);
      const title = langsOf(tree, '.fw-sources a', 'UN Collaborative Seeks Input on Draft Citizen Data Framework');
      const publisher = langsOf(tree, '.fw-sources li span', 'IISD SDG Knowledge Hub');
      expect(title.length, name).toBeGreaterThan(0);
      expect(publisher.length, name).toBeGreaterThan(0);
      expect([...title, ...publisher], name).toEqual([...title, ...publisher].map(() => 'en'));
    }
  });

  it('marks every related-page link to an untranslated page English (translated pages included)', () => {
    const tree = page('docs/definition.html');
    const links = selectAll('.fw-page-references a', tree).filter((a) => fallbackNames.has(toString(a).trim()));
    expect(links.length).toBeGreaterThan(0);
    expect(links.map((a) => nearestLang(tree, a))).toEqual(links.map(() => 'en'));
  });

  it('marks every table of contents of an untranslated page English', () => {
    const unmarked = fallbackPages.flatMap((p) =>
      selectAll('.table-of-contents a', p.tree)
        .filter((a) => nearestLang(p.tree, a) !== 'en')
        .map((a) => `${p.name}: ${toString(a)}`),
    );
    expect(unmarked).toEqual([]);
  });

  it('marks English source text and English page names English wherever they appear', () => {
    // The sweep: every text node of every page that is an English source's title or publisher,
    // or the title or sidebar label of a page this locale has not translated.
    const unmarked = new Map<string, number>();
    let seen = 0;
    for (const p of pages) {
      for (const text of texts(p.tree)) {
        if (!ENGLISH_SOURCE_TEXT.has(text.text) && !englishNames.has(text.text)) continue;
        seen += 1;
        if (text.lang !== 'en') {
          const key = `${JSON.stringify(text.text)} in ${text.where} (lang=${text.lang}), e.g. ${p.name}`;
          unmarked.set(key, (unmarked.get(key) ?? 0) + 1);
        }
      }
    }
    expect(seen).toBeGreaterThan(100);
    expect([...unmarked.keys()]).toEqual([]);
  });
});
