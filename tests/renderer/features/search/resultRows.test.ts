import { describe, expect, it } from 'vitest';
import { moveRow, resultRows } from '../../../../renderer/src/features/search/resultRows';
import { groupHits } from '../../../../renderer/src/features/search/searchGroups';
import { NO_COUNTS, hit } from './search-fixture';

describe('resultRows and moveRow', () => {
  it('lists every hit and a Show more row where the group has more, only when paging is possible', () => {
    const groups = groupHits([hit('clipping', 'c1'), hit('card', 'k1')], { ...NO_COUNTS, clipping: 5, card: 1 });
    expect(resultRows(groups, true).map((r) => r.id)).toEqual(['search-hit-clipping-c1', 'search-more-clipping', 'search-hit-card-k1']);
    expect(resultRows(groups, false).map((r) => r.id)).toEqual(['search-hit-clipping-c1', 'search-hit-card-k1']);
  });

  it('moves within the list without wrapping', () => {
    expect(moveRow(-1, 3, 'ArrowDown')).toBe(0);
    expect(moveRow(2, 3, 'ArrowDown')).toBe(2);
    expect(moveRow(0, 3, 'ArrowUp')).toBe(0);
    expect(moveRow(1, 3, 'End')).toBe(2);
    expect(moveRow(1, 0, 'ArrowDown')).toBe(-1);
  });
});
