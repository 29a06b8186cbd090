/**
 * Stands in for the classic theme's `prism-include-languages` client module while the site lists
 * no additional Prism languages (src/plugins/codeHighlighting): there is nothing to register.
 */
export {};
