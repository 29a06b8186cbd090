/**
 * Checks the built HTML itself: every Framework page states its provenance and every block of its
 * text is addressable, with a permalink and a comment control.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { extractText, getDocumentProxy } from 'unpdf';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { GLOSSARY } from '../../src/data/glossary';
import { glossaryTableFor } from '../../src/data/glossaryTranslations';
import { BLOCK } from '../../src/shared/blocks';
import { CODE_TRANSLATION_GROUP_NAMES, groupOf } from '../../src/plugins/codeTranslationGroups/groups';
import { HANDOUT_FILE, hasOwnHandout } from '../../src/shared/handout';
import { PREFIXED_LOCALES, SITE_LOCALES } from '../../src/shared/locales';
import { PARAGRAPH_ID_PATTERN } from '../../src/shared/paragraphId';

const BUILD = path.resolve(__dirname, '../../build');

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return htmlFiles(full);
    return entry.name.endsWith('.html') ? [full] : [];
  });
}

const docsPages = htmlFiles(path.join(BUILD, 'docs')).map((file) => ({
  name: path.relative(BUILD, file),
  tree: fromHtml(readFileSync(file, 'utf8')),
}));

describe('built Framework pages', () => {
  it('exist', () => {
    expect(docsPages.length).toBeGreaterThanOrEqual(5);
  });

  it.each(docsPages.map((page) => [page.name, page] as const))(
    '%s states its provenance and sources',
    (_name, page) => {
      expect(select('.fw-page-provenance', page.tree)).toBeDefined();
      expect(select('#page-sources', page.tree)).toBeDefined();
    },
  );

  it.each(docsPages.map((page) => [page.name, page] as const))(
    '%s gives every block a unique id and controls',
    (_name, page) => {
      const markdown = select('.theme-doc-markdown', page.tree);
      expect(markdown).toBeDefined();
      const meta = selectAll(`.${BLOCK.metaClassName}`, markdown!).flatMap((node) => selectAll('*', node));
      const blocks = selectAll('p, li, blockquote, table', markdown!)
        .filter((node) => !meta.includes(node))
        .filter(
          // A block's own inner paragraph, and the table inside its wrapper, are covered by the block.
          (node) =>
            !selectAll(`.${BLOCK.className}`, markdown!).some(
              (block) => block !== node && selectAll('p, table', block).includes(node),
            ),
        );
      const ids = blocks.map((node) => node.properties.id);
      const unaddressed = blocks.filter(
        (node) => !(node.properties.className as string[] | undefined)?.includes(BLOCK.className),
      );
      expect(unaddressed.map((node) => node.tagName)).toEqual([]);
      for (const id of ids) expect(String(id)).toMatch(PARAGRAPH_ID_PATTERN);
      expect(new Set(ids).size).toBe(ids.length);
      // Every block has a permalink, except navigation items (the `none` rule of BlockControls):
      // a list item that starts with a link to another page of this site.
      const withoutControls = selectAll(`.${BLOCK.className}`, markdown!).filter(
        (block) => !select(`.${BLOCK.permalinkClassName}`, block),
      );
      for (const block of withoutControls) {
        expect(block.tagName).toBe('li');
        expect(select(':scope > a[href^="/"], :scope > p:first-child > a[href^="/"]', block)).toBeTruthy();
      }
    },
  );
});

describe('heading links', () => {
  it.each([
    'docs/definition.html',
    'docs/background/glossary.html',
    'fr/docs/background/glossary.html',
    'ar/docs/definition.html',
    'blog/2024/02/26/side-event-from-insights-to-action.html',
  ])('are named after their heading’s text in %s, never after its id', (file) => {
    const tree = fromHtml(readFileSync(path.join(BUILD, file), 'utf8'));
    const links = selectAll('h2 > a.hash-link, h3 > a.hash-link', tree);
    expect(links.length).toBeGreaterThan(1);
    const named = selectAll('h2:has(> a.hash-link), h3:has(> a.hash-link)', tree).map((heading) => {
      const link = select(':scope > a.hash-link', heading)!;
      const id = String(heading.properties.id);
      return {
        id,
        label: String(link.properties.ariaLabel),
        text: toString(heading)
          .replace(/\u200b/g, '')
          .trim(),
      };
    });
    for (const { id, label, text } of named) {
      expect(label, id).toContain(text.replace(/\s+/g, ' '));
      if (text !== id) expect(label.endsWith(id), `${id}: ${label}`).toBe(false);
    }
  });
});

describe('the glossary in every language', () => {
  /** Each term's section: its source and page links, internal ones without the locale prefix. */
  const termLinks = (file: string, locale: string): Map<string, string[]> => {
    const tree = fromHtml(readFileSync(path.join(BUILD, file), 'utf8'));
    const sections = selectAll('section[aria-labelledby^="term-"]', tree);
    return new Map(
      sections.map((section) => [
        String(section.properties.ariaLabelledBy),
        selectAll(`.${BLOCK.metaClassName} a[href]`, section).map((a) =>
          String(a.properties.href).replace(new RegExp(`^/${locale}/`), '/'),
        ),
      ]),
    );
  };
  const english = termLinks('docs/background/glossary.html', 'en');

  it('gives every English term its sources and related pages', () => {
    expect(english.size).toBeGreaterThanOrEqual(40);
    expect(english.get('term-citizen-data-heading')).toEqual([
      'https://sdg.iisd.org/news/un-collaborative-seeks-input-on-draft-citizen-data-framework/',
      'https://www.data4sdgs.org/citizen-data',
      '/docs/definition',
    ]);
  });

  it.each(PREFIXED_LOCALES)('gives every term the same sources and related pages in %s', (locale) => {
    expect(termLinks(`${locale}/docs/background/glossary.html`, locale)).toEqual(english);
  });

  /** What a term's section says of its other names: each line of its meta block, as text. */
  const otherNames = (file: string, id: string): string[] => {
    const tree = fromHtml(readFileSync(path.join(BUILD, file), 'utf8'));
    const section = select(`section[aria-labelledby="term-${id}-heading"]`, tree)!;
    return selectAll(`.${BLOCK.metaClassName} > p`, section)
      .map((line) => toString(line))
      .filter((line) => !line.startsWith('See') && !line.startsWith('Voir'));
  };

  it('names a term’s English other names, marked as English, on a translated page, and only there', () => {
    // A French reader meets "community data" in English documents: the French page says it.
    expect(otherNames('fr/docs/background/glossary.html', 'citizen-data')).toEqual([
      'En anglais, aussi : community data.',
    ]);
    const french = fromHtml(readFileSync(path.join(BUILD, 'fr/docs/background/glossary.html'), 'utf8'));
    expect(
      selectAll('section[aria-labelledby="term-nso-heading"] span[lang="en"]', french).map((span) => toString(span)),
    ).toContain('national statistics office; national statistical institute');
    // The French names first, then the English ones.
    expect(otherNames('fr/docs/background/glossary.html', 'nso')).toEqual([
      'Aussi appelé : office national de statistique; bureau national de statistique.',
      'En anglais, aussi : national statistics office; national statistical institute.',
    ]);
    expect(otherNames('docs/background/glossary.html', 'citizen-data')).toEqual(['Also called: community data.']);
  });

  it.each(PREFIXED_LOCALES)(
    'ships no English definition that %s shows translated, and no translation record, in its scripts',
    (locale) => {
      const dir = path.join(BUILD, locale, 'assets', 'js');
      const all = readdirSync(dir)
        .filter((name) => name.endsWith('.js'))
        .map((name) => readFileSync(path.join(dir, name), 'utf8'));
      // Translation records are nowhere; definitions are looked for in the glossary page's own
      // chunk (the one holding its entries, src/plugins/docs), since an English page not yet
      // translated may share a sentence with a definition.
      for (const script of all)
        for (const { translation } of Object.values(glossaryTableFor(locale)!))
          if (translation) expect(script.includes(translation.source)).toBe(false);
      const pageChunks = all.filter((script) => script.includes('englishAcronyms'));
      expect(pageChunks).toHaveLength(1);
      const scripts = pageChunks[0]!;
      const table = glossaryTableFor(locale)!;
      const translated = GLOSSARY.filter((term) => table[term.id]?.definition);
      expect(translated.length).toBeGreaterThan(0);
      // The bundler may escape non-ASCII characters: look for the plain-ASCII stretches of each
      // English definition that its translation does not share (names kept in English).
      for (const term of translated) {
        const translation = table[term.id]!.definition!;
        for (const [english] of term.definition.matchAll(/[\x20-\x7e]{24,}/g))
          if (!translation.includes(english)) expect(scripts.includes(english), `${term.id}: ${english}`).toBe(false);
      }
    },
  );
});

describe('interface strings in every language', () => {
  /** A locale's scripts: main.js, and the others. */
  const scriptsOf = (locale: string) => {
    const dir = path.join(BUILD, locale, 'assets/js');
    const files = readdirSync(dir).filter((file) => file.endsWith('.js'));
    const read = (file: string) => readFileSync(path.join(dir, file), 'utf8');
    return {
      main: read(files.find((file) => file.startsWith('main.'))!),
      others: files.filter((file) => !file.startsWith('main.')).map(read),
    };
  };

  it.each(PREFIXED_LOCALES)(
    'in %s, main.js carries no feature’s strings and each loads with its feature (src/plugins/codeTranslationGroups)',
    (locale) => {
      const ids = Object.keys(JSON.parse(readFileSync(`i18n/${locale}/code.json`, 'utf8')) as object);
      const { main, others } = scriptsOf(locale);
      const grouped = ids.filter((id) => groupOf(id));
      expect(new Set(grouped.map(groupOf)).size).toBe(CODE_TRANSLATION_GROUP_NAMES.length);
      // Neither a group's data ("id":"message") nor a module that uses its ids (id:"…").
      expect(grouped.filter((id) => main.includes(`"${id}"`))).toEqual([]);
      expect(grouped.filter((id) => !others.some((script) => script.includes(`"${id}":"`)))).toEqual([]);
      // The rest, what every page may show, is main.js's.
      const eager = ids.filter((id) => !groupOf(id));
      expect(eager.filter((id) => !main.includes(`"${id}":"`))).toEqual([]);
    },
  );

  it.each(PREFIXED_LOCALES)('in %s, the not-found page names the four components in the language', (locale) => {
    const messages = JSON.parse(readFileSync(`i18n/${locale}/code.json`, 'utf8')) as Record<
      string,
      { message: string }
    >;
    const tree = fromHtml(readFileSync(path.join(BUILD, locale, '404.html'), 'utf8'));
    const items = selectAll('main li', tree).map((item) => toString(item));
    expect(items).toHaveLength(4);
    for (const component of ['definition', 'principles', 'enablingEnvironment', 'roadmap']) {
      const title = messages[`home.component.${component}.title`]?.message;
      expect(title, component).toBeDefined();
      expect(
        items.some((item) => item.startsWith(`${title}: `)),
        `${component}: ${title}`,
      ).toBe(true);
    }
    expect(items.join(' ')).not.toContain('Operational definition');
  });
});

describe('the handout in every language', () => {
  it.each(SITE_LOCALES.map((l) => l.code))(
    'in %s: written where the handout’s fonts set the script, with no character lost to "?"',
    async (locale) => {
      const file = path.join(BUILD, PREFIXED_LOCALES.includes(locale) ? locale : '', HANDOUT_FILE);
      expect(existsSync(file)).toBe(hasOwnHandout(locale));
      if (!existsSync(file)) return;
      const { text } = await extractText(await getDocumentProxy(new Uint8Array(readFileSync(file))), {
        mergePages: true,
      });
      // A character the fonts cannot draw and that has no ASCII fold prints as "?".
      expect(text.match(/\?{2,}|\w\?\w/g) ?? []).toEqual([]);
      // The QR codes' captions and the footer are in the handout's language.
      const captions: Record<string, string[]> = {
        en: ['This page, online', 'Guiding principles', 'Enabling environment', '· built 20'],
        fr: ['Cette page', 'Principes directeurs', 'Environnement favorable', '· version du 20'],
        es: ['Esta página', 'Principios rectores', 'Entorno propicio', '· versión del 20'],
      };
      for (const caption of captions[locale] ?? []) expect(text, locale).toContain(caption);
    },
  );
});

describe('canonical addresses across languages', () => {
  const canonicals = (file: string) =>
    selectAll('link[rel="canonical"]', fromHtml(readFileSync(path.join(BUILD, file), 'utf8'))).map((link) =>
      new URL(String(link.properties.href)).pathname.replace(/\/$/, ''),
    );

  it.each(PREFIXED_LOCALES)('a page not yet translated into %s names the English page as canonical', (locale) => {
    expect(canonicals(`${locale}/docs/roadmap.html`)).toEqual(['/docs/roadmap']);
  });

  it.each(PREFIXED_LOCALES)('a page translated into %s is its own canonical', (locale) => {
    expect(canonicals(`${locale}/docs/definition.html`)).toEqual([`/${locale}/docs/definition`]);
  });
});
