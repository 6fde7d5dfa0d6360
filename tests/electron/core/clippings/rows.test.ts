// A clipping's excerpt reads only the start of its text, and must read exactly as excerptOf over
// the whole text would.
import { describe, expect, it } from 'vitest';
import { excerptOfStart } from '../../../../electron/core/clippings/rows';
import { excerptOf } from '../../../../shared/text';
import { articleText, articleWords } from '../../../helpers/articles';

describe('excerptOfStart', () => {
  const long = articleText(articleWords(3, 20_000));
  it.each([
    ['empty', ''],
    ['short', 'A short clipping.'],
    ['exactly the excerpt length', 'x'.repeat(240)],
    ['one over', 'x'.repeat(241)],
    ['a long article', long],
    ['a long run of blank lines early on', `Title\n${'\n'.repeat(5000)}${long}`],
    ['spaces around the cut', `${'word '.repeat(300)}${' '.repeat(3000)}${long}`],
    ['an emoji at the excerpt’s end', `${'x'.repeat(238)}😀${long}`],
    ['long text without spaces', 'y'.repeat(100_000)],
  ])('reads as excerptOf over the whole text: %s', (_name, text) => {
    expect(excerptOfStart(text)).toBe(excerptOf(text));
  });
});
