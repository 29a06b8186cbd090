/**
 * Every check of the content model in one pure function, shared by the build and the tests:
 * schemas, file-name/id agreement, and references to sources and pages that must exist.
 */
import {
  BlogFrontMatterSchema,
  contentErrors,
  GlossaryTermSchema,
  GlossaryTermTranslationSchema,
  PageFrontMatterSchema,
  SourceSchema,
  type GlossaryTerm,
  type GlossaryTermTranslation,
  type Source,
} from './contentModel';

export interface PageSource {
  /** Path such as `docs/principles/index.md`. */
  source: string;
  frontMatter: Record<string, unknown>;
}

/**
 * `docs/principles/index.md` → `principles/index`; a translation
 * (`i18n/fr/docusaurus-plugin-content-docs/current/principles/index.md`) has its English page's id.
 */
export function docIdFromSource(source: string): string {
  return source.replace(/^(docs|i18n\/[^/]+\/docusaurus-plugin-content-docs\/current)\//, '').replace(/\.mdx?$/, '');
}

/**
 * @param pages - docs pages (`docs/…`)
 * @param blogPosts - blog posts (`blog/…`); they carry a provenance statement and sources too
 * @returns one fix-it message per problem; empty when the content model is satisfied
 */
export function contentProblems(
  pages: readonly PageSource[],
  sources: readonly Source[],
  glossary: readonly GlossaryTerm[],
  blogPosts: readonly PageSource[] = [],
): string[] {
  const problems: string[] = [];
  const sourceIds = new Set(sources.map((s) => s.id));
  const docIds = new Set(pages.map((p) => docIdFromSource(p.source)));

  const checkRefs = (label: string, refs: { sources?: unknown; related?: unknown }) => {
    for (const id of asStrings(refs.sources)) {
      if (!sourceIds.has(id))
        problems.push(`${label}: source "${id}" is not in src/data/sources.ts; add it there or fix the id`);
    }
    for (const id of asStrings(refs.related)) {
      if (!docIds.has(id))
        problems.push(`${label}: related page "${id}" does not exist (use a doc id such as principles/index)`);
    }
  };

  for (const source of sources) {
    problems.push(...contentErrors(SourceSchema, source, `source ${source.id}`));
    if (!source.url && !source.note)
      problems.push(`source ${source.id}: without a "url", a "note" must say why no address can be given`);
  }
  duplicates(sources.map((s) => s.id)).forEach((id) =>
    problems.push(`source "${id}" is defined twice in src/data/sources.ts`),
  );

  for (const term of glossary) {
    const label = `glossary term ${term.id}`;
    problems.push(...contentErrors(GlossaryTermSchema, term, label));
    checkRefs(label, term);
  }
  duplicates(glossary.map((t) => t.id)).forEach((id) =>
    problems.push(`glossary term "${id}" is defined twice in src/data/glossary.ts`),
  );

  for (const page of pages) {
    problems.push(...contentErrors(PageFrontMatterSchema, page.frontMatter, page.source));
    const fileId = docIdFromSource(page.source).split('/').at(-1);
    if (page.frontMatter.id !== undefined && page.frontMatter.id !== fileId) {
      problems.push(
        `${page.source}: "id" is "${String(page.frontMatter.id)}" but the file is named "${fileId}"; make them the same so links and ids agree`,
      );
    }
    checkRefs(page.source, page.frontMatter);
  }

  for (const post of blogPosts) {
    problems.push(...contentErrors(BlogFrontMatterSchema, post.frontMatter, post.source));
    checkRefs(post.source, { sources: post.frontMatter.sources });
  }
  return problems;
}

/**
 * @param glossary - the English glossary, the source of every translation
 * @param translations - per locale, term id → that term in the locale
 * @returns one fix-it message per problem: a translation that fails its schema, names a term the
 *   English glossary lacks, a term left untranslated in a locale, or a translated definition without
 *   its translation record (or a record without a definition)
 */
export function glossaryTranslationProblems(
  glossary: readonly GlossaryTerm[],
  translations: Readonly<Record<string, Readonly<Record<string, GlossaryTermTranslation>>>>,
): string[] {
  const problems: string[] = [];
  const byId = new Map(glossary.map((t) => [t.id, t]));
  for (const [locale, table] of Object.entries(translations)) {
    for (const [id, translation] of Object.entries(table)) {
      const english = byId.get(id);
      if (!english)
        problems.push(`${locale} glossary translation "${id}": no such term in src/data/glossary.ts; fix the id`);
      else problems.push(...unexpandedAcronymProblems(english, translation, `${locale} glossary translation "${id}"`));
      problems.push(
        ...contentErrors(GlossaryTermTranslationSchema, translation, `${locale} glossary translation ${id}`),
      );
      if (translation.definition !== undefined && translation.translation === undefined)
        problems.push(
          `${locale} glossary translation "${id}": a definition needs its \`translation\` record (by, date, source)`,
        );
      if (translation.definition === undefined && translation.translation !== undefined)
        problems.push(`${locale} glossary translation "${id}": a \`translation\` record without a definition`);
    }
    for (const id of byId.keys())
      if (!Object.hasOwn(table, id))
        problems.push(`glossary term "${id}" has no ${locale} translation in src/data/glossaryTranslations.ts`);
  }
  return problems;
}

/**
 * An acronym the English glossary leaves unexpanded ("Our sources do not spell out the acronym")
 * stays so in every language: the translation keeps one of the English acronyms in its name and
 * adds no name or acronym the English entry lacks (a spelled-out name, or another language's
 * acronym for the body, would claim what our sources do not say).
 */
function unexpandedAcronymProblems(
  english: GlossaryTerm,
  translation: GlossaryTermTranslation,
  label: string,
): string[] {
  if (!/spell (?:out )?(?:the|these) acronyms?|spell the acronym out/i.test(english.definition)) return [];
  const allowed = new Set([...(english.acronyms ?? []), ...(english.aliases ?? [])].map((name) => name.toLowerCase()));
  const added = [...(translation.acronyms ?? []), ...(translation.aliases ?? [])].filter(
    (name) => !allowed.has(name.toLowerCase()),
  );
  const problems = added.map(
    (name) => `${label}: "${name}" spells out or renames an acronym the English entry says our sources do not expand`,
  );
  const acronyms = english.acronyms ?? [];
  if (acronyms.length > 0 && !acronyms.some((acronym) => translation.term.includes(acronym)))
    problems.push(
      `${label}: the name "${translation.term}" drops the acronym ${acronyms.join(' / ')}, which our sources do not expand`,
    );
  return problems;
}

function asStrings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

function duplicates(ids: readonly string[]): string[] {
  return ids.filter((id, index) => ids.indexOf(id) !== index);
}
