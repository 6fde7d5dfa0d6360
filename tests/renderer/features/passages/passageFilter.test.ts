import { describe, expect, it } from 'vitest';
import { describeFilter, hasFilters, listInput, without } from '../../../../renderer/src/features/passages/passageFilter';

const everything = {
  color: 'green' as const,
  label: 'claim',
  entity: { id: 'e1', type: 'place' as const, name: 'Albu Kamal' },
  clipping: { id: 'c1', title: 'Pledge in Albu Kamal' },
};

describe('passage filter', () => {
  it('asks passages.list for exactly the chosen parts', () => {
    expect(listInput({}, 0, 100)).toEqual({ offset: 0, limit: 100 });
    expect(listInput(everything, 200, 50)).toEqual({ offset: 200, limit: 50, color: 'green', label: 'claim', entityId: 'e1', clippingId: 'c1' });
  });

  it('knows when anything is filtered', () => {
    expect(hasFilters({})).toBe(false);
    expect(hasFilters({ label: 'claim' })).toBe(true);
    expect(hasFilters(without({ label: 'claim' }, 'label'))).toBe(false);
  });

  it('says in words what is filtered', () => {
    expect(describeFilter(everything)).toBe('green, labelled “claim”, linked to Albu Kamal, in “Pledge in Albu Kamal”');
    expect(describeFilter({ color: 'pink' })).toBe('pink');
  });

  it('removes one part and leaves the rest', () => {
    expect(without(everything, 'entity')).toEqual({ color: 'green', label: 'claim', clipping: everything.clipping });
    expect(everything.entity).toBeDefined();
  });
});
