import { describe, expect, it } from 'vitest';
import { anchor, describeSelection, MAX_PASSAGE_CHARS, type PassageAnchor } from '../../../shared/anchoring';
import { expectAnchor, expectOrphaned, passageOf } from './helpers';
import { randomProse, seededRandom } from './random-text';

const TEXT = 'Ceasefire holds in the north. Talks resume on Monday in Geneva.';

describe('anchor: a passage at the start of the text', () => {
  const first = passageOf(TEXT, 'Ceasefire holds'); // 0–15

  it('stays exact when nothing changed', () => {
    expectAnchor(TEXT, first, 'exact', 0, 15, 'Ceasefire holds');
  });

  it('moves when text is put before it', () => {
    expectAnchor(`UPDATE: ${TEXT}`, first, 'moved', 8, 23, 'Ceasefire holds');
  });

  it('is fuzzy when its first word is edited', () => {
    expectAnchor(TEXT.replace('Ceasefire', 'Cease-fire'), first, 'fuzzy', 0, 16, 'Cease-fire holds');
  });
});

describe('anchor: a passage at the end of the text', () => {
  const last = passageOf(TEXT, 'in Geneva.'); // 53–63

  it('stays exact when text is appended after it', () => {
    expectAnchor(`${TEXT} More to follow.`, last, 'exact', 53, 63, 'in Geneva.');
  });

  it('is fuzzy when the final full stop is dropped', () => {
    expectAnchor(TEXT.slice(0, -1), last, 'fuzzy', 53, 62, 'in Geneva');
  });

  it('moves when the text before it shrinks', () => {
    expectAnchor(TEXT.replace('Ceasefire holds in the north. ', ''), last, 'moved', 23, 33, 'in Geneva.');
  });
});

describe('anchor: a passage that is the whole text', () => {
  const whole = passageOf(TEXT, TEXT);

  it('is exact, moved when wrapped, fuzzy when edited', () => {
    expectAnchor(TEXT, whole, 'exact', 0, 63, TEXT);
    expectAnchor(`\n${TEXT}\n`, whole, 'moved', 1, 64, TEXT);
    expectAnchor(TEXT.replace('Monday', 'Tuesday'), whole, 'fuzzy', 0, 64, TEXT.replace('Monday', 'Tuesday'));
  });
});

describe('anchor: empty and odd inputs', () => {
  it('in empty text every passage is orphaned', () => {
    expectOrphaned('', passageOf(TEXT, 'Talks'));
    expectOrphaned('', passageOf(TEXT, TEXT));
  });

  it('a stored position outside the text, negative or not a number still re-anchors by the quote', () => {
    const talks = passageOf(TEXT, 'Talks resume'); // 30–42
    for (const position of [
      { start: 500, end: 512 },
      { start: -4, end: 8 },
      { start: Number.NaN, end: Number.NaN },
      { start: 30, end: 20 },
    ]) {
      expect(anchor(TEXT, { ...talks, position })).toEqual({ status: 'moved', start: 30, end: 42 });
    }
  });

  it('a quote stored without prefix or suffix is found by its words alone', () => {
    const bare: PassageAnchor = { quote: { exact: 'Talks resume', prefix: '', suffix: '' }, position: { start: 0, end: 12 } };
    expect(anchor(TEXT, bare)).toEqual({ status: 'moved', start: 30, end: 42 });
    expect(anchor(TEXT.replace('Talks', 'Talk'), bare)).toEqual({ status: 'fuzzy', start: 30, end: 41 });
  });
});

describe('anchor is a pure function', () => {
  it('leaves the stored anchor untouched and gives the same answer every time', () => {
    const passage = passageOf(TEXT, 'Talks resume');
    const frozen = Object.freeze({
      quote: Object.freeze({ ...passage.quote }),
      position: Object.freeze({ ...passage.position }),
    });
    const text = TEXT.replace('Talks resume', 'Talk resume');
    const first = anchor(text, frozen);
    expect(first).toEqual({ status: 'fuzzy', start: 30, end: 41 });
    expect(anchor(text, frozen)).toEqual(first);
    expect(frozen).toEqual(passage);
  });
});

describe('anchor: a passage of the maximum length', () => {
  const text = randomProse(seededRandom(11), 3_000);
  const start = text.indexOf(' ', 2_000) + 1;
  const passage = describeSelection(text, start, start + MAX_PASSAGE_CHARS);
  const { start: from, end: to } = passage.position;

  it('is exact in place and moved when text is inserted far before it', () => {
    expect(anchor(text, passage)).toEqual({ status: 'exact', start: from, end: to });
    const header = 'Header line added when the clipping was re-imported.\n'.repeat(40);
    expect(anchor(header + text, passage)).toEqual({ status: 'moved', start: from + header.length, end: to + header.length });
  });

  it('is fuzzy with the exact new span after edits spread through it', () => {
    // Delete a word near the start, replace one in the middle, insert one near the end.
    const cutAt = text.indexOf(' ', from + 100);
    const cutEnd = text.indexOf(' ', cutAt + 1);
    const middle = text.indexOf(' ', from + 5_000) + 1;
    const insertAt = text.indexOf(' ', from + 9_000);
    const edited = text.slice(0, cutAt) + text.slice(cutEnd, middle) + 'REPLACED' + text.slice(middle + 3, insertAt) + ' inserted' + text.slice(insertAt);
    const shift = -(cutEnd - cutAt) + ('REPLACED'.length - 3) + ' inserted'.length;
    expect(anchor(edited, passage)).toEqual({ status: 'fuzzy', start: from, end: to + shift });
  });

  it('moved far, edited and stripped of its context, it is still found', () => {
    const quote = text.slice(from, to);
    expect(quote).toContain(' army ');
    const lead = ' A different article quotes it: ';
    const moved = `${text.slice(to)}${lead}${quote.replace(' army ', ' ARMY ')} (end of quote).`;
    const newStart = text.length - to + lead.length;
    expect(anchor(moved, passage)).toEqual({ status: 'fuzzy', start: newStart, end: newStart + quote.length });
  });
});
