/**
 * A site path in the language being shown: `/event/2024-02-26/input` → `/fr/event/2024-02-26/input`
 * on the French site. For addresses a reader takes elsewhere (QR codes on the projector, links
 * that leave the client router), so they open the page in the language they were shown in.
 */
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { localePath } from '@site/src/shared/locales';

export function useLocalePath(path: string): string {
  const { i18n } = useDocusaurusContext();
  return localePath(path, i18n.currentLocale);
}
