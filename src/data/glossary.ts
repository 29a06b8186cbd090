/**
 * The glossary: every term the Framework pages link to. Validated entry by entry in
 * tests/unit/content/glossary.test.ts; search uses the acronyms and aliases as synonyms.
 */
import type { GlossaryTerm } from '../shared/contentModel';

export const GLOSSARY: readonly GlossaryTerm[] = [
  {
    id: 'citizen-data',
    term: 'Citizen data',
    definition:
      'Data from initiatives that citizens either start themselves or are sufficiently engaged in, at least at the design and/or collection stage of the data value chain.',
    provenance: 'summary',
    sources: ['iisd-2024-02-14'],
    related: ['definition/index'],
  },
  {
    id: 'nso',
    term: 'National statistical office',
    acronyms: ['NSO'],
    definition: 'The government body that produces a country’s official statistics.',
    provenance: 'summary',
    sources: ['iisd-2024-02-14'],
  },
];
