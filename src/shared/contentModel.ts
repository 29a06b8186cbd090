/**
 * The content model: what every Framework page declares in its front matter, and what every
 * glossary term holds. One schema per content type; the build (content graph plugin) and the
 * tests validate against the same schemas and print the same fix-it messages.
 *
 * Pure: no DOM, no Node APIs.
 */
import Type, { type Static, type TSchema } from 'typebox';
import Value from 'typebox/value';
import { PARAGRAPH_ID_PATTERN, PROVENANCES } from './paragraphId';

// Content types live in a schema-free module so browser code (the /search page's URL parameters)
// can read them without shipping the schema library; re-exported so build code keeps one import.
export { CONTENT_TYPES, contentTypeOf, type ContentType } from './contentTypes';

const Slug = Type.String({ pattern: '^[a-z0-9][a-z0-9-]*$', maxLength: 64 });
const DocId = Type.String({ pattern: '^[a-z0-9][a-z0-9-]*(/[a-z0-9][a-z0-9-]*)*$', maxLength: 128 });
const SourceId = Type.String({ pattern: '^[a-z0-9][a-z0-9-]*$', maxLength: 64 });
const Provenance = Type.Enum(PROVENANCES);

/** Docusaurus's own front matter keys that pages may use alongside the content model. */
const DOCUSAURUS_KEYS = {
  sidebar_label: Type.Optional(Type.String({ maxLength: 60 })),
  sidebar_position: Type.Optional(Type.Number()),
  slug: Type.Optional(Type.String()),
  keywords: Type.Optional(Type.Array(Type.String())),
  hide_table_of_contents: Type.Optional(Type.Boolean()),
  pagination_label: Type.Optional(Type.String()),
  toc_min_heading_level: Type.Optional(Type.Integer()),
  toc_max_heading_level: Type.Optional(Type.Integer()),
};

/**
 * Who translated a page under i18n/<locale>/ and which English revision it follows: `source` is
 * the SHA-256 (hex) of the English file's content when the translation was made, so a check can
 * flag translations whose English page changed since (tests/unit/i18n/staleness.test.ts).
 */
export const TranslationSchema = Type.Object(
  {
    by: Type.String({ minLength: 3, maxLength: 120 }),
    date: Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' }),
    source: Type.String({ pattern: '^[0-9a-f]{64}$' }),
  },
  { additionalProperties: false },
);
export type TranslationRecord = Static<typeof TranslationSchema>;

/** Front matter of every docs page. */
export const PageFrontMatterSchema = Type.Object(
  {
    id: Slug,
    title: Type.String({ minLength: 3, maxLength: 120 }),
    description: Type.String({ minLength: 20, maxLength: 300 }),
    provenance: Provenance,
    sources: Type.Array(SourceId, { minItems: 1, uniqueItems: true }),
    related: Type.Optional(Type.Array(DocId, { uniqueItems: true })),
    /** Only on translated pages (i18n/<locale>/docusaurus-plugin-content-docs/). */
    translation: Type.Optional(TranslationSchema),
    ...DOCUSAURUS_KEYS,
  },
  { additionalProperties: false },
);
export type PageFrontMatter = Static<typeof PageFrontMatterSchema>;

/**
 * What the content model requires of a blog post's front matter, on top of Docusaurus's own blog
 * keys (title, authors, date…, validated by the blog plugin): a provenance statement and its
 * sources, like every docs page.
 */
export const BlogFrontMatterSchema = Type.Object(
  {
    provenance: Provenance,
    sources: Type.Array(SourceId, { minItems: 1, uniqueItems: true }),
  },
  { additionalProperties: true },
);
export type BlogFrontMatter = Static<typeof BlogFrontMatterSchema>;

/** One entry of the glossary (`src/data/glossary.ts`). */
export const GlossaryTermSchema = Type.Object(
  {
    /** Anchor on the glossary page is `term-<id>`. */
    id: Slug,
    term: Type.String({ minLength: 2, maxLength: 80 }),
    /** Short forms readers type, e.g. NSO; search treats them as synonyms of the term. */
    acronyms: Type.Optional(Type.Array(Type.String({ pattern: '^[A-Za-z0-9&+-]{2,12}$' }))),
    /** Other spellings or names that mean the same thing. */
    aliases: Type.Optional(Type.Array(Type.String({ minLength: 2, maxLength: 80 }))),
    definition: Type.String({ minLength: 20, maxLength: 600 }),
    provenance: Provenance,
    sources: Type.Array(SourceId, { minItems: 1, uniqueItems: true }),
    related: Type.Optional(Type.Array(DocId, { uniqueItems: true })),
  },
  { additionalProperties: false },
);
export type GlossaryTerm = Static<typeof GlossaryTermSchema>;

/**
 * A glossary term in another of the site's languages (`src/data/glossaryTranslations.ts`): the
 * name readers of that language use, so that the glossary page and previews can show it and search
 * can find the concept from a query in that language. Unofficial, like every translation here.
 */
export const GlossaryTermTranslationSchema = Type.Object(
  {
    term: Type.String({ minLength: 2, maxLength: 120 }),
    /** Short forms used in that language (ONG, ODS), where they differ from the English ones. */
    acronyms: Type.Optional(Type.Array(Type.String({ pattern: '^[A-Za-z0-9&+-]{2,12}$' }))),
    /** Other names or spellings in that language. */
    aliases: Type.Optional(Type.Array(Type.String({ minLength: 2, maxLength: 120 }))),
    /** The definition in that language; absent until translated (the English one is shown). */
    definition: Type.Optional(Type.String({ minLength: 20, maxLength: 800 })),
    /**
     * With a definition, and only then: who or what translated it, when, and which English
     * definition it follows (`source`: SHA-256 of the English `definition` text), so the
     * staleness check flags a definition whose English changed since (src/plugins/translations).
     */
    translation: Type.Optional(TranslationSchema),
  },
  { additionalProperties: false },
);
export type GlossaryTermTranslation = Static<typeof GlossaryTermTranslationSchema>;

/** One entry of the source register (`src/data/sources.ts`). */
export const SourceSchema = Type.Object(
  {
    id: SourceId,
    title: Type.String({ minLength: 3, maxLength: 240 }),
    publisher: Type.String({ minLength: 2, maxLength: 120 }),
    /** ISO date or partial date (2024, 2024-02, 2024-02-14). */
    date: Type.Optional(Type.String({ pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$' })),
    /** Omitted only when no address can be given; the note must then say why. */
    url: Type.Optional(Type.String({ pattern: '^https?://' })),
    /** How much weight the source carries: see FACTS.md's evidence labels. */
    kind: Type.Enum(['official', 'secondary', 'weak']),
    note: Type.Optional(Type.String({ maxLength: 400 })),
    /**
     * BCP 47 tag of the language the title and publisher are written in here; absent means
     * English (`sourceLanguage`, src/shared/textLanguage.ts), as is every entry so far, titles described in our words
     * included. They are shown as written on every locale's site, marked with this language
     * (WCAG 2.2 SC 3.1.2), so a source in another language must say which.
     */
    language: Type.Optional(Type.String({ pattern: '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$' })),
  },
  { additionalProperties: false },
);
export type Source = Static<typeof SourceSchema>;

/** Hints that turn a schema error into an instruction an author can follow. */
const FIELD_HINTS: Record<string, string> = {
  id: 'use lowercase words joined by hyphens, e.g. "participation"',
  title: 'give the page a title of 3 to 120 characters',
  description: 'write one sentence of 20 to 300 characters; it is used in search results and link previews',
  provenance: `use one of ${PROVENANCES.join(', ')} (official = the Framework's own text; summary = our words from the listed sources; pending = official text not yet available)`,
  sources: 'list at least one source id from src/data/sources.ts, e.g. [iisd-2024-02-14]',
  related: 'list doc ids such as principles/overview (folder/file id, no extension)',
  acronyms: 'acronyms are 2 to 12 letters, digits, &, + or -',
  date: 'use an ISO date: 2024, 2024-02 or 2024-02-14',
  url: 'use a full http(s) URL',
  kind: 'use official, secondary or weak',
};

function hintFor(path: string): string {
  const field = path.split('/')[1] ?? '';
  const hint = FIELD_HINTS[field];
  return hint ? ` (${hint})` : '';
}

/**
 * Validates a value against a content schema.
 *
 * @param label - what is validated, e.g. `docs/principles/inclusion.md`, for the message
 * @returns one readable message per problem; empty when valid
 */
export function contentErrors(schema: TSchema, value: unknown, label: string): string[] {
  const messages = new Set<string>();
  for (const error of Value.Errors(schema, value)) {
    if (error.keyword === 'boolean' || error.keyword === 'anyOf') continue;
    if (error.keyword === 'additionalProperties') {
      const extra = (error.params as { additionalProperties?: string[] }).additionalProperties ?? [];
      messages.add(
        `${label}: unknown front matter field(s) ${extra.map((k) => `"${k}"`).join(', ')}; remove them or add them to the content model in src/shared/contentModel.ts`,
      );
      continue;
    }
    if (error.keyword === 'required') {
      const missing = (error.params as { requiredProperties?: string[] }).requiredProperties ?? [];
      for (const key of missing) messages.add(`${label}: missing "${key}"${hintFor(`/${key}`)}`);
      continue;
    }
    const path = error.instancePath || '/';
    messages.add(`${label}: "${path.slice(1)}" ${error.message}${hintFor(path)}`);
  }
  return [...messages];
}

export { PARAGRAPH_ID_PATTERN };
