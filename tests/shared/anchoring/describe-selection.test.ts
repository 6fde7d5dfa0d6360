import { describe, expect, it } from 'vitest';
import { AnchorError, CONTEXT_CHARS, MAX_PASSAGE_CHARS, describeSelection } from '../../../shared/anchoring';

const TEXT = 'On Monday the minister said the army would withdraw from the northern province by June, officials confirmed.';

function anchorErrorOf(action: () => unknown): AnchorError {
  try {
    action();
  } catch (error) {
    expect(error).toBeInstanceOf(AnchorError);
    return error as AnchorError;
  }
  throw new Error('expected an AnchorError');
}

describe('describeSelection', () => {
  it('gives the quote, 32 characters of context either side and the position', () => {
    expect(describeSelection(TEXT, 28, 51)).toEqual({
      quote: {
        exact: 'the army would withdraw',
        prefix: 'On Monday the minister said ',
        suffix: ' from the northern province by J',
      },
      position: { start: 28, end: 51 },
    });
    expect(CONTEXT_CHARS).toBe(32);
  });

  it('cuts the prefix to 32 characters when there is more text before', () => {
    const start = TEXT.indexOf('northern');
    const { quote } = describeSelection(TEXT, start, start + 'northern'.length);
    expect(quote.prefix).toBe('he army would withdraw from the ');
    expect(quote.prefix.length).toBe(CONTEXT_CHARS);
    expect(quote.suffix).toBe(' province by June, officials con');
  });

  it('has an empty prefix at the start of the text and an empty suffix at its end', () => {
    expect(describeSelection(TEXT, 0, 9).quote).toEqual({ exact: 'On Monday', prefix: '', suffix: ' the minister said the army woul' });
    const end = TEXT.length;
    expect(describeSelection(TEXT, end - 10, end).quote).toEqual({
      exact: 'confirmed.',
      prefix: 'ern province by June, officials ',
      suffix: '',
    });
  });

  it('covers the whole text when it is all selected', () => {
    expect(describeSelection('Short note.', 0, 11)).toEqual({
      quote: { exact: 'Short note.', prefix: '', suffix: '' },
      position: { start: 0, end: 11 },
    });
  });

  it('leaves out whitespace at either edge of the selection', () => {
    const passage = describeSelection(TEXT, 27, 52); // " the army would withdraw "
    expect(passage.position).toEqual({ start: 28, end: 51 });
    expect(passage.quote.exact).toBe('the army would withdraw');
    const lines = 'first line\n\n  second line\n';
    expect(describeSelection(lines, 10, lines.length).position).toEqual({ start: 14, end: 25 });
  });

  it('refuses a range outside the text, empty or reversed, with the offsets in the message', () => {
    for (const [start, end] of [
      [-1, 5],
      [0, TEXT.length + 1],
      [10, 10],
      [12, 11],
    ] as const) {
      const error = anchorErrorOf(() => describeSelection(TEXT, start, end));
      expect(error.reason).toBe('invalid_range');
      expect(error.message).toContain(`${start}–${end}`);
    }
  });

  it('refuses offsets that are not whole numbers', () => {
    expect(anchorErrorOf(() => describeSelection(TEXT, 1.5, 4)).reason).toBe('invalid_range');
    expect(anchorErrorOf(() => describeSelection(TEXT, Number.NaN, 4)).reason).toBe('invalid_range');
    expect(anchorErrorOf(() => describeSelection(TEXT, 0, Number.POSITIVE_INFINITY)).reason).toBe('invalid_range');
  });

  it('refuses any selection in empty text', () => {
    expect(anchorErrorOf(() => describeSelection('', 0, 0)).reason).toBe('invalid_range');
    expect(anchorErrorOf(() => describeSelection('', 0, 1)).reason).toBe('invalid_range');
  });

  it('refuses a selection of only whitespace', () => {
    const text = 'one \n\t\u00a0 two';
    const error = anchorErrorOf(() => describeSelection(text, 3, 8));
    expect(error.reason).toBe('whitespace_only');
    expect(error.message).toMatch(/only whitespace/);
  });

  it(`accepts ${MAX_PASSAGE_CHARS} characters and refuses one more, naming the limit`, () => {
    const text = `x${'a'.repeat(MAX_PASSAGE_CHARS + 1)}x`;
    expect(describeSelection(text, 1, 1 + MAX_PASSAGE_CHARS).quote.exact.length).toBe(MAX_PASSAGE_CHARS);
    const error = anchorErrorOf(() => describeSelection(text, 1, 2 + MAX_PASSAGE_CHARS));
    expect(error.reason).toBe('too_long');
    expect(error.message).toBe('The selection is 10001 characters long; a passage may be at most 10000 characters (MAX_PASSAGE_CHARS).');
    expect(MAX_PASSAGE_CHARS).toBe(10_000);
  });

  it('measures the length after leaving out edge whitespace', () => {
    const text = ` ${'a'.repeat(MAX_PASSAGE_CHARS)} `;
    expect(describeSelection(text, 0, text.length).position).toEqual({ start: 1, end: 1 + MAX_PASSAGE_CHARS });
  });

  it('is an Error with a name, so a thrown one reads well in logs', () => {
    const error = anchorErrorOf(() => describeSelection(TEXT, 5, 2));
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('AnchorError');
  });
});
