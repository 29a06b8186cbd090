/**
 * A locale's translation file as the build reads it: `i18n/<locale>/<file>` (Docusaurus's JSON of
 * `{ id: { message, description? } }`), as id → message. The search plugin reads the sidebar's
 * translated section names from it, the handout its QR captions.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** The docs plugin's translations: sidebar category labels among them. */
export const DOCS_TRANSLATIONS_FILE = 'docusaurus-plugin-content-docs/current.json';

/**
 * @param siteDir - the site's folder
 * @param file - the file under `i18n/<locale>/`, e.g. `DOCS_TRANSLATIONS_FILE`
 * @returns id → message; empty when the locale has no such file (as the default locale has none)
 * @throws Error naming the file when it is not JSON
 */
export function translationMessages(siteDir: string, locale: string, file: string): Record<string, string> {
  const location = path.join(siteDir, 'i18n', locale, file);
  if (!existsSync(location)) return {};
  let entries: Record<string, { message: string }>;
  try {
    entries = JSON.parse(readFileSync(location, 'utf8')) as Record<string, { message: string }>;
  } catch (error) {
    throw new Error(`${location} is not valid JSON: ${(error as Error).message}`, { cause: error });
  }
  return Object.fromEntries(Object.entries(entries).map(([id, { message }]) => [id, message]));
}
