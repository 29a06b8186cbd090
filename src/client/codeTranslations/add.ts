/**
 * Browser and server render: adds a group of interface strings to the object
 * `@docusaurus/Translate` reads, so the feature that imported them renders in the reader's
 * language. The groups, and why they exist: src/plugins/codeTranslationGroups.
 */
import codeTranslations from '@generated/codeTranslations';

/** @param messages - id → translated message, as in `@generated/codeTranslations` */
export function addCodeTranslations(messages: Readonly<Record<string, string>>): void {
  Object.assign(codeTranslations, messages);
}
