/**
 * `@docusaurus/useGlobalData` for DOM tests: the English site's plugin data as the build gives it,
 * for the plugins whose components are tested here (the search plugin's manifest and language).
 */
import { SEARCH_PLUGIN_NAME, type SearchGlobalData } from '../../../src/shared/search/record';

const PLUGIN_DATA: Record<string, unknown> = {
  [SEARCH_PLUGIN_NAME]: { manifestUrl: '/search/manifest.json', language: 'en' } satisfies SearchGlobalData,
};

export function usePluginData(name: string): unknown {
  if (!(name in PLUGIN_DATA)) throw new Error(`No plugin data for ${name} in the DOM tests' stand-in`);
  return PLUGIN_DATA[name];
}
