import { describe, expect, it } from 'vitest';
import { splitHighlights } from '../../../../renderer/src/features/search/HighlightedText';

describe('splitHighlights', () => {
  it('marks the highlighted spans and keeps the text around them', () => {
    expect(
      splitHighlights('an armed convoy crossed', [
        [9, 15],
        [3, 8],
      ]),
    ).toEqual([
      { text: 'an ', marked: false },
      { text: 'armed', marked: true },
      { text: ' ', marked: false },
      { text: 'convoy', marked: true },
      { text: ' crossed', marked: false },
    ]);
  });

  it('clips spans that overlap or fall outside the text instead of throwing, and never reads mark-up', () => {
    expect(
      splitHighlights('abcdef', [
        [-3, 2],
        [1, 4],
        [5, 99],
        [4, 4],
      ]),
    ).toEqual([
      { text: 'ab', marked: true },
      { text: 'cd', marked: true },
      { text: 'e', marked: false },
      { text: 'f', marked: true },
    ]);
    expect(splitHighlights('<b>x</b>', [])).toEqual([{ text: '<b>x</b>', marked: false }]);
  });
});
