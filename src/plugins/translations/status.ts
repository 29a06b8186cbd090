/**
 * Which translated docs pages follow an older English revision. Every page under
 * `i18n/<locale>/docusaurus-plugin-content-docs/current/` records in its front matter the SHA-256
 * of the English file it was translated from (`translation.source`, src/shared/contentModel.ts);
 * a page whose English file's hash is different now is stale and needs its translator again.
 * Checked in CI by tests/unit/i18n/staleness.test.ts; `npx tsx src/plugins/translations/status.ts`
 * prints the same report with the hash to record after updating a translation.
 *
 * Glossary definitions are translated entry by entry (src/data/glossaryTranslations.ts) and follow
 * the same rule: a translated definition records the SHA-256 of the English definition's text, and
 * is stale once that text changes.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import matter from 'gray-matter';
import { GLOSSARY } from '../../data/glossary';
import { GLOSSARY_TRANSLATIONS } from '../../data/glossaryTranslations';
import {
  PageFrontMatterSchema,
  contentErrors,
  type GlossaryTerm,
  type GlossaryTermTranslation,
  type TranslationRecord,
} from '../../shared/contentModel';

export const TRANSLATED_DOCS_DIR = (locale: string) =>
  path.join('i18n', locale, 'docusaurus-plugin-content-docs', 'current');

/** SHA-256 (hex) of a file's bytes: what `translation.source` records. */
export function sourceHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

export interface TranslationStatus {
  locale: string;
  /** Path inside docs/, `/` separated. */
  docPath: string;
  state: 'current' | 'stale' | 'invalid';
  /** Why a page is stale or invalid, in words a translator can act on. */
  problem?: string;
  /** The English file's hash now. */
  englishHash?: string;
}

function* markdownFiles(dir: string, prefix = ''): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) yield* markdownFiles(path.join(dir, entry.name), relative);
    else if (/\.mdx?$/.test(entry.name)) yield relative;
  }
}

/** The status of every translated docs page of every locale folder under `siteDir/i18n`. */
export function translationStatuses(siteDir: string): TranslationStatus[] {
  const i18nDir = path.join(siteDir, 'i18n');
  if (!existsSync(i18nDir)) return [];
  const statuses: TranslationStatus[] = [];
  for (const locale of readdirSync(i18nDir).sort()) {
    const docsDir = path.join(siteDir, TRANSLATED_DOCS_DIR(locale));
    if (!existsSync(docsDir)) continue;
    for (const docPath of [...markdownFiles(docsDir)].sort()) {
      statuses.push(statusOf(siteDir, locale, docPath));
    }
  }
  return statuses;
}

export function statusOf(siteDir: string, locale: string, docPath: string): TranslationStatus {
  const base = { locale, docPath };
  const englishFile = path.join(siteDir, 'docs', docPath);
  if (!existsSync(englishFile)) {
    return {
      ...base,
      state: 'invalid',
      problem: `no English source docs/${docPath}: remove the translation or move it`,
    };
  }
  const englishHash = sourceHash(readFileSync(englishFile, 'utf8'));
  const { data } = matter(readFileSync(path.join(siteDir, TRANSLATED_DOCS_DIR(locale), docPath), 'utf8'));
  const errors = contentErrors(PageFrontMatterSchema, data, `${TRANSLATED_DOCS_DIR(locale)}/${docPath}`);
  if (errors.length > 0) return { ...base, englishHash, state: 'invalid', problem: errors.join('; ') };
  const translation = (data as { translation?: TranslationRecord }).translation;
  if (!translation) {
    return {
      ...base,
      englishHash,
      state: 'invalid',
      problem: 'no `translation` front matter: record `by`, `date` and `source` (the English file’s SHA-256)',
    };
  }
  if (translation.source !== englishHash) {
    return {
      ...base,
      englishHash,
      state: 'stale',
      problem: `docs/${docPath} changed since this translation (${translation.date}): update the translation, then set translation.source to ${englishHash}`,
    };
  }
  return { ...base, englishHash, state: 'current' };
}

export interface GlossaryTranslationStatus {
  locale: string;
  termId: string;
  /** `untranslated`: the locale shows the English definition (not an error). */
  state: 'current' | 'stale' | 'untranslated';
  problem?: string;
  /** The English definition's hash now: what `translation.source` records. */
  englishHash: string;
}

/**
 * The status of every term's definition in every locale of `translations`.
 *
 * @param glossary - the English glossary (src/data/glossary.ts)
 * @param translations - per locale, term id → translation (src/data/glossaryTranslations.ts)
 */
export function glossaryTranslationStatuses(
  glossary: readonly GlossaryTerm[],
  translations: Readonly<Record<string, Readonly<Record<string, GlossaryTermTranslation>>>>,
): GlossaryTranslationStatus[] {
  const statuses: GlossaryTranslationStatus[] = [];
  for (const [locale, table] of Object.entries(translations)) {
    for (const term of glossary) {
      const englishHash = sourceHash(term.definition);
      const translated = table[term.id];
      const base = { locale, termId: term.id, englishHash };
      if (!translated?.definition || !translated.translation) statuses.push({ ...base, state: 'untranslated' });
      else if (translated.translation.source !== englishHash)
        statuses.push({
          ...base,
          state: 'stale',
          problem: `the English definition of "${term.id}" changed since this translation (${translated.translation.date}): update the ${locale} definition in src/data/glossaryTranslations.ts, then set its translation.source to ${englishHash}`,
        });
      else statuses.push({ ...base, state: 'current' });
    }
  }
  return statuses;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const status of translationStatuses(process.cwd())) {
    console.log(
      `${status.state.padEnd(8)} ${status.locale}/${status.docPath}${status.problem ? `: ${status.problem}` : ''}`,
    );
  }
  for (const status of glossaryTranslationStatuses(GLOSSARY, GLOSSARY_TRANSLATIONS)) {
    if (status.state === 'current') continue;
    console.log(`${status.state.padEnd(8)} ${status.locale} glossary ${status.termId}: ${status.problem ?? ''}`);
  }
}
