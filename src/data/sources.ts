/**
 * The source register: every source a page cites, once. Pages cite by id in front matter; the
 * Sources page and each page's "Sources" list are generated from here.
 */
import type { Source } from '../shared/contentModel';

export const SOURCES: readonly Source[] = [
  {
    id: 'iisd-2024-02-14',
    title: 'UN Collaborative Seeks Input on Draft Citizen Data Framework',
    publisher: 'IISD SDG Knowledge Hub',
    date: '2024-02-14',
    url: 'https://sdg.iisd.org/news/un-collaborative-seeks-input-on-draft-citizen-data-framework/',
    kind: 'secondary',
  },
];
