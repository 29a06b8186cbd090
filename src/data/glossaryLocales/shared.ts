/**
 * What the per-locale glossary tables share (src/data/glossaryLocales/<locale>.ts): their type and
 * the translation record of machine-assisted definitions. See src/data/glossaryTranslations.ts.
 */
import type { GlossaryTermTranslation, TranslationRecord } from '../../shared/contentModel';

/** One locale's glossary: English term id → the term in that locale. */
export type GlossaryTable = Readonly<Record<string, GlossaryTermTranslation>>;

/** The record of the definitions translated on 2026-11-30, as translated pages label theirs. */
export function machineAssisted(source: string): TranslationRecord {
  return { by: 'machine-assisted (AI language model), not yet reviewed by a person', date: '2026-11-30', source };
}
