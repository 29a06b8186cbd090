/**
 * Search's reader-facing names in the reader's language: content types (English wording in
 * src/shared/search/labels.ts, which the CLI uses) and provenance labels (the block labels' ids).
 */
import { translate } from '@docusaurus/Translate';
import type { ContentType } from '@site/src/shared/contentModel';
import type { Provenance } from '@site/src/shared/paragraphId';
import { TYPE_LABELS } from '@site/src/shared/search/labels';
import { provenanceLabel as blockProvenanceLabel } from '@site/src/components/Block/labels';

export function typeLabel(type: ContentType): string {
  switch (type) {
    case 'definition':
      return translate({ id: 'search.type.definition', message: 'Definition' });
    case 'principle':
      return translate({ id: 'search.type.principle', message: 'Principles' });
    case 'enabling-environment':
      return translate({ id: 'search.type.enablingEnvironment', message: 'Enabling environment' });
    case 'roadmap':
      return translate({ id: 'search.type.roadmap', message: 'Roadmap' });
    case 'glossary':
      return translate({ id: 'search.type.glossary', message: 'Glossary' });
    case 'background':
      return translate({ id: 'search.type.background', message: 'Background' });
    case 'blog':
      return translate({ id: 'search.type.blog', message: 'News and events' });
    default:
      return TYPE_LABELS[type];
  }
}

export function provenanceLabel(provenance: Provenance): string {
  return blockProvenanceLabel(provenance).label;
}
