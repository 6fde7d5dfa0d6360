import { describe, expect, it } from 'vitest';
import { groupHits, shownOf } from '../../../../renderer/src/features/search/searchGroups';
import { NO_COUNTS, hit } from './search-fixture';

describe('groupHits', () => {
  it('groups by kind in a fixed order, each hit once, knowing whether more are left', () => {
    const groups = groupHits([hit('note', 'n1'), hit('clipping', 'c1'), hit('note', 'n2'), hit('clipping', 'c1')], { ...NO_COUNTS, clipping: 1, note: 40 });
    expect(groups.map((g) => [g.kind, g.hits.map((h) => h.id), g.count, g.hasMore])).toEqual([
      ['clipping', ['c1'], 1, false],
      ['note', ['n1', 'n2'], 40, true],
    ]);
    expect(shownOf(groups, 'note')).toBe(2);
    expect(shownOf(groups, 'card')).toBe(0);
  });

  it('keeps a kind whose matches all ranked below the first page, to be shown with Show more', () => {
    const groups = groupHits([hit('clipping', 'c1')], { ...NO_COUNTS, clipping: 1, event: 3 });
    expect(groups.map((g) => [g.kind, g.hits.length, g.count, g.hasMore])).toEqual([
      ['clipping', 1, 1, false],
      ['event', 0, 3, true],
    ]);
  });
});
