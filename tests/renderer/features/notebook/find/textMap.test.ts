import { describe, expect, it } from 'vitest';
import { segmentAt } from '../../../../../renderer/src/features/notebook/find/textMap';

describe('segmentAt', () => {
  it('finds the text node holding an offset', () => {
    const starts = [0, 5, 9, 20];
    expect(segmentAt(starts, 0)).toBe(0);
    expect(segmentAt(starts, 4)).toBe(0);
    expect(segmentAt(starts, 5)).toBe(1);
    expect(segmentAt(starts, 19)).toBe(2);
    expect(segmentAt(starts, 500)).toBe(3);
  });
});
