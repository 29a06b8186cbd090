/**
 * The block labels (control names, provenance badges) in the locale being built, read from the
 * same `i18n/<locale>/code.json` that `translate()` reads in the browser, so the static HTML and
 * the React components say the same words.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { blockLabelsFrom, ENGLISH_BLOCK_LABELS, type BlockLabels } from '../../shared/blockLabels';
import { DEFAULT_LOCALE } from '../../shared/locales';

/** @throws Error when the locale's code.json exists but is not JSON */
export function blockLabelsForLocale(locale: string, siteDir: string): BlockLabels {
  if (locale === DEFAULT_LOCALE) return ENGLISH_BLOCK_LABELS;
  const file = path.join(siteDir, 'i18n', locale, 'code.json');
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return ENGLISH_BLOCK_LABELS;
  }
  try {
    return blockLabelsFrom(JSON.parse(text) as Record<string, { message: string }>);
  } catch (error) {
    throw new Error(`${file} is not valid JSON: ${(error as Error).message}`, { cause: error });
  }
}
