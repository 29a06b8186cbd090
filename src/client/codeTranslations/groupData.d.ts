/** A group's interface strings as src/plugins/codeTranslationGroups writes them: id → message. */
declare module '@generated/fw-code-translation-groups/default/*.json' {
  const messages: Readonly<Record<string, string>>;
  export default messages;
}
