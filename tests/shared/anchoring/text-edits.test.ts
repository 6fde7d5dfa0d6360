import { describe, expect, it } from 'vitest';
import { applyEdits, editsForEach } from './text-edits';

// The scale tests derive their expected offsets from this helper, so it is checked on its own.
describe('applyEdits (test helper)', () => {
  it('applies edits in any order and maps offsets around them', () => {
    const edited = applyEdits('abcdefghij', [
      { at: 6, remove: 2, insert: 'XYZ' },
      { at: 1, remove: 0, insert: '++' },
      { at: 3, remove: 1, insert: '' },
    ]);
    expect(edited.text).toBe('a++bcefXYZij');
    expect([0, 1, 2, 3, 4, 6, 8, 10].map(edited.mapOffset)).toEqual([0, 1, 4, 5, 5, 7, 10, 12]);
  });

  it('refuses overlapping edits', () => {
    expect(() =>
      applyEdits('abcdef', [
        { at: 1, remove: 3, insert: '' },
        { at: 2, remove: 1, insert: 'x' },
      ]),
    ).toThrow('overlap');
  });

  it('builds one edit per match', () => {
    expect(editsForEach('a\r\nb\r\n', /\r\n/g, () => '\n')).toEqual([
      { at: 1, remove: 2, insert: '\n' },
      { at: 4, remove: 2, insert: '\n' },
    ]);
  });
});
