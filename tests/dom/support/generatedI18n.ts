/** `@generated/i18n` for DOM tests: the English site, as the build generates it. */
export default { defaultLocale: 'en', currentLocale: 'en', locales: ['en', 'fr', 'es', 'ar'] };
