/** `@generated/docusaurus.config` for DOM tests: the English site at the root, as the build generates it. */
export default { baseUrl: '/' };
