/**
 * Reader-facing names used by search results and filters, in the order groups and filters are
 * shown. Pure: used by the interface and the CLI.
 */
import type { ContentType } from '../contentModel';
import { PROVENANCE_LABELS } from '../blocks';
import { PROVENANCES, type Provenance } from '../paragraphId';

export const TYPE_LABELS: Record<ContentType, string> = {
  definition: 'Definition',
  principle: 'Principles',
  'enabling-environment': 'Enabling environment',
  roadmap: 'Roadmap',
  glossary: 'Glossary',
  background: 'Background',
  blog: 'News and events',
};

/** Content types in the order the search page lists its filters. */
export const TYPE_ORDER = Object.keys(TYPE_LABELS) as ContentType[];

export const PROVENANCE_ORDER: readonly Provenance[] = PROVENANCES;

export function provenanceLabel(provenance: Provenance): string {
  return PROVENANCE_LABELS[provenance].label;
}

/** Breadcrumb shown under a result: page title › headings. */
export function breadcrumbOf(title: string, path: readonly string[]): string {
  return [title, ...path].join(' › ');
}
