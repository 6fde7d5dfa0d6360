import { describe, expect, it } from 'vitest';
import { filtersIn, withoutFilter } from '../../../../renderer/src/features/search/queryFilters';

describe('filtersIn and withoutFilter', () => {
  it('finds the typed filters, quoted values included, and drops one', () => {
    const query = 'convoy outlet:Reuters entity:"Abu Bakr al-Baghdadi" -tag:rumour';
    expect(filtersIn(query)).toEqual(['outlet:Reuters', 'entity:"Abu Bakr al-Baghdadi"', '-tag:rumour']);
    expect(withoutFilter(query, 'entity:"Abu Bakr al-Baghdadi"')).toBe('convoy outlet:Reuters -tag:rumour');
    expect(filtersIn('http://example.com convoy')).toEqual([]);
  });
});
