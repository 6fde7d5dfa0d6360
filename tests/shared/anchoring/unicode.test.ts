import { describe, expect, it } from 'vitest';
import { anchor, describeSelection } from '../../../shared/anchoring';
import { isInsideCharacter, snapEndToCharacter, snapStartToCharacter } from '../../../shared/anchoring/character-boundaries';
import { expectAnchor, passageOf } from './helpers';
import { seededRandom } from './random-text';

// Offsets are UTF-16 code units. An emoji outside the Basic Multilingual Plane is two of them
// (a surrogate pair) and must never be cut; nor may a letter lose its combining marks.

const SMILE = '🙂'; // \ud83d\ude42
const GRIN = '😀'; // \ud83d\ude00
const FLAG_PARTS = '👍🏽'; // thumbs up + skin tone modifier: four code units, one character

describe('character boundaries', () => {
  it('are not inside a surrogate pair, before a combining mark or a modifier, or around a joiner', () => {
    const text = `a${SMILE}b`;
    expect(isInsideCharacter(text, 1)).toBe(false);
    expect(isInsideCharacter(text, 2)).toBe(true);
    expect(isInsideCharacter(text, 3)).toBe(false);
    expect(isInsideCharacter('cafe\u0301', 4)).toBe(true);
    expect(isInsideCharacter(FLAG_PARTS, 2)).toBe(true);
    expect(isInsideCharacter('👩\u200d💻', 2)).toBe(true);
    expect(isInsideCharacter('👩\u200d💻', 3)).toBe(true);
    expect(isInsideCharacter('abc', 0)).toBe(false);
    expect(isInsideCharacter('abc', 3)).toBe(false);
  });

  it('snap a start left and an end right to whole characters', () => {
    const text = `x${FLAG_PARTS}y`;
    expect(snapStartToCharacter(text, 2)).toBe(1);
    expect(snapStartToCharacter(text, 4)).toBe(1);
    expect(snapEndToCharacter(text, 2)).toBe(5);
    expect(snapEndToCharacter(text, 3)).toBe(5);
    const arabic = 'مُحَمَّد'; // letters with damma, fatha, shadda
    expect(snapEndToCharacter(arabic, 1)).toBe(2);
    expect(snapEndToCharacter(arabic, 4)).toBe(4);
    expect(snapEndToCharacter(arabic, 5)).toBe(7);
    expect(snapStartToCharacter(arabic, 6)).toBe(4);
  });
});

describe('describeSelection with emoji and marks', () => {
  it('widens a selection that cuts an emoji in half', () => {
    const text = `Rally ${SMILE} today`;
    expect(describeSelection(text, 7, 14).position).toEqual({ start: 6, end: 14 });
    expect(describeSelection(text, 0, 7).quote.exact).toBe(`Rally ${SMILE}`);
  });

  it('widens a selection that leaves an Arabic letter without its marks', () => {
    const text = 'قال مُحَمَّد إن';
    const passage = describeSelection(text, 4, 7); // stops between ح and its fatha
    expect(passage.quote.exact).toBe('مُحَ');
    expect(describeSelection(text, 4, 9).quote.exact).toBe('مُحَمَّ');
  });

  it('shortens a prefix or suffix rather than storing half an emoji', () => {
    const text = `${SMILE.repeat(20)}passage${SMILE.repeat(20)}`;
    const { quote } = describeSelection(text, 40, 47);
    expect(quote.exact).toBe('passage');
    expect(quote.prefix).toBe(SMILE.repeat(16));
    expect(quote.suffix).toBe(SMILE.repeat(16));
    // One letter either side: 32 code units back (or on) would land between the halves of a pair.
    const odd = `${SMILE.repeat(20)}xpassagey${SMILE.repeat(20)}`;
    const shifted = describeSelection(odd, 41, 48).quote;
    expect(shifted.prefix).toBe(`${SMILE.repeat(15)}x`);
    expect(shifted.suffix).toBe(`y${SMILE.repeat(15)}`);
  });
});

describe('anchor with emoji', () => {
  const TEXT = `Crowds ${SMILE} gathered in the square ${SMILE} before noon.`;
  const passage = passageOf(TEXT, `gathered in the square ${SMILE}`); // 10–35

  it('an emoji inserted before moves the passage by two code units', () => {
    expectAnchor(`${GRIN}${TEXT}`, passage, 'moved', 12, 37, `gathered in the square ${SMILE}`);
  });

  it('an emoji inside the passage swapped for another keeps both halves in the span', () => {
    const text = TEXT.replace(`square ${SMILE}`, `square ${GRIN}`);
    expectAnchor(text, passage, 'fuzzy', 10, 35, `gathered in the square ${GRIN}`);
  });

  it('an emoji inside the passage deleted', () => {
    expectAnchor(TEXT.replace(`square ${SMILE}`, 'square'), passage, 'fuzzy', 10, 32, 'gathered in the square');
  });

  it('a skin-tone modifier added to the emoji that ends the passage joins the span', () => {
    const thumbs = `We agree 👍 and sign.`;
    const agree = passageOf(thumbs, 'agree 👍');
    expectAnchor(thumbs.replace('👍', FLAG_PARTS), agree, 'fuzzy', 3, 13, `agree ${FLAG_PARTS}`);
  });
});

describe('anchor in Arabic', () => {
  const TEXT = 'قال المتحدث باسم الجيش إن القوات ستنسحب من المدينة خلال أسبوع.';
  const passage = passageOf(TEXT, 'القوات ستنسحب من المدينة'); // 26–50

  it('is exact when nothing changed', () => {
    expectAnchor(TEXT, passage, 'exact', 26, 50, 'القوات ستنسحب من المدينة');
  });

  it('moves after a word is inserted before it', () => {
    expectAnchor(TEXT.replace('قال', 'قال أمس'), passage, 'moved', 30, 54, 'القوات ستنسحب من المدينة');
  });

  it('is fuzzy after a word inside it is changed', () => {
    const text = TEXT.replace('ستنسحب', 'سوف تنسحب');
    expectAnchor(text, passage, 'fuzzy', 26, 53, 'القوات سوف تنسحب من المدينة');
  });

  it('keeps a vowel mark added after its last letter', () => {
    // A damma now follows the last letter of the passage: the quote still matches there verbatim,
    // but the span must take the mark with its letter.
    const text = TEXT.replace('المدينة خلال', 'المدينةُ خلال');
    expectAnchor(text, passage, 'fuzzy', 26, 51, 'القوات ستنسحب من المدينةُ');
  });

  it('finds a vocalised passage after the vowel marks are stripped', () => {
    const vocalised = 'أعلن مُحَمَّد بن سلمان الخطة يوم الأحد.';
    const name = passageOf(vocalised, 'مُحَمَّد بن سلمان'); // 5–22
    const bare = vocalised.replace(/[\u064b-\u0652]/g, '');
    expectAnchor(bare, name, 'fuzzy', 5, 18, 'محمد بن سلمان');
  });
});

describe('anchor never returns an offset inside a character', () => {
  it('over many random edits of mixed-script text', () => {
    const random = seededRandom(2024);
    const pieces = ['a', 'b', ' ', SMILE, GRIN, '👍', '🏽', 'ب', 'َ', 'ّ', 'e', '\u0301', 'ل'];
    const pick = () => pieces[Math.floor(random() * pieces.length)]!;
    let checked = 0;
    for (let round = 0; round < 300; round++) {
      const text = Array.from({ length: 60 }, pick).join('');
      const from = Math.floor(random() * (text.length - 20));
      let passage;
      try {
        passage = describeSelection(text, from, from + 8 + Math.floor(random() * 10));
      } catch {
        continue; // whitespace only
      }
      expect(isInsideCharacter(text, passage.position.start)).toBe(false);
      expect(isInsideCharacter(text, passage.position.end)).toBe(false);
      const at = passage.position.start + Math.floor(random() * (passage.position.end - passage.position.start));
      const edited = text.slice(0, at) + pick() + text.slice(at + 1);
      const result = anchor(edited, passage);
      if (result.status === 'orphaned') continue;
      expect(isInsideCharacter(edited, result.start)).toBe(false);
      expect(isInsideCharacter(edited, result.end)).toBe(false);
      checked++;
    }
    expect(checked).toBeGreaterThan(200);
  });
});
