/** `@generated/i18n` for DOM tests: the English site, as the build generates it. */
import { SITE_LOCALES } from '../../../src/shared/locales';

export default {
  defaultLocale: 'en',
  currentLocale: 'en',
  locales: ['en', 'fr', 'es', 'ar'],
  localeConfigs: Object.fromEntries(
    SITE_LOCALES.map(({ code, label, htmlLang, direction }) => [code, { label, htmlLang, direction }]),
  ),
};
