import { describe, expect, it } from 'vitest';
import { nearest } from '../../../../../renderer/src/features/notebook/find/NoteMatchPlugin';

describe('nearest', () => {
  it('picks the occurrence closest to where the core found the match', () => {
    const matches = [{ start: 3 }, { start: 120 }, { start: 400 }];
    expect(nearest(matches, 110)).toEqual({ start: 120 });
    expect(nearest(matches, 0)).toEqual({ start: 3 });
    expect(nearest([], 5)).toBeNull();
  });
});
