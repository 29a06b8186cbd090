/** The response table's filters travel in the URL: query string and back, order and empties. */
import { describe, expect, it } from 'vitest';
import { filterFromSearch, filterQuery } from '../../../src/client/feedback/api';
import { firstWords } from '../../../src/shared/feedbackFields';

describe('filters in the URL', () => {
  it('writes only the set filters, in a stable order, and reads them back', () => {
    const query = filterQuery({ disposition: 'accepted', page: '/docs/definition', stakeholder: 'nso' });
    expect(query).toBe('?page=%2Fdocs%2Fdefinition&stakeholder=nso&disposition=accepted');
    expect(filterFromSearch(query)).toEqual({ page: '/docs/definition', stakeholder: 'nso', disposition: 'accepted' });
    expect(filterQuery({})).toBe('');
    expect(filterQuery({ round: 'none' }, { format: 'csv' })).toBe('?round=none&format=csv');
  });
  it('carries every filter of the tables: page, stakeholder type, focus, comment type, disposition and round', () => {
    const filter = {
      page: '/docs/definition',
      stakeholder: 'nso',
      focus: 'practicality',
      commentType: 'question',
      disposition: 'none',
      round: 'r-2024-02',
    } as const;
    const query = filterQuery(filter);
    expect(query).toBe(
      '?page=%2Fdocs%2Fdefinition&stakeholder=nso&focus=practicality&commentType=question&disposition=none&round=r-2024-02',
    );
    expect(filterFromSearch(query)).toEqual(filter);
  });
  it('ignores unknown and empty parameters', () => {
    expect(filterFromSearch('?colour=red&focus=&commentType=question')).toEqual({ commentType: 'question' });
  });
});

describe('firstWords', () => {
  it('keeps up to eight words and marks a cut', () => {
    expect(firstWords('  one two  three ')).toBe('one two three');
    expect(firstWords('a b c d e f g h i j')).toBe('a b c d e f g h …');
    expect(firstWords('')).toBe('');
  });
});
