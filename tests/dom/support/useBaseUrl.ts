/** `@docusaurus/useBaseUrl` for DOM tests: the site is served at `/` (its baseUrl). */
export default function useBaseUrl(path: string): string {
  return path;
}
