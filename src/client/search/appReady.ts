/**
 * Docusaurus client module of the search plugin: marks the document once React has hydrated it,
 * `<html data-hydrated="true">`, an observable "app ready" signal that end-to-end tests (and
 * anything else) can wait on instead of on time.
 */
export function onRouteDidUpdate(): void {
  document.documentElement.dataset.hydrated = 'true';
}
