import { describe, expect, it } from 'vitest';
import { formatHitCount } from '../../../../renderer/src/features/search/searchWords';

describe('formatHitCount', () => {
  it('reads the cap as "or more"', () => {
    expect(formatHitCount(12)).toBe('12');
    expect(formatHitCount(999)).toBe('999');
    expect(formatHitCount(1000)).toBe('1,000+');
  });
});
