/**
 * `@docusaurus/useDocusaurusContext` for DOM tests: the English site's context as the build
 * generates it. The real hook's module ships JSX in a .js file and reads every generated file.
 */
import siteConfig from './generatedConfig';
import i18n from './generatedI18n';

export default function useDocusaurusContext() {
  return { siteConfig, i18n };
}
