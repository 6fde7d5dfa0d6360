import { describe, expect, it } from 'vitest';
import { nextSentence, previousSentence } from '../../../../renderer/src/features/reader/sentenceSteps';
import { sentenceSpans } from '../../../../shared/timeline/sentences';

const TEXT = 'Fighters crossed the border.\n\nThe Observatory said so. Residents fled on Monday.';
const spans = sentenceSpans(TEXT);
const quote = (span: { start: number; end: number } | null) => span && TEXT.slice(span.start, span.end);
const at = (words: string) => ({ start: TEXT.indexOf(words), end: TEXT.indexOf(words) + words.length });

describe('sentence steps (the Reader’s s and Shift+S)', () => {
  it('without a selection, selects the sentence at or after the reading position, or the one before it', () => {
    expect(quote(nextSentence(spans, { selection: null, position: 0 }))).toBe('Fighters crossed the border.');
    // Where a passage ended at the end of a sentence, the next one follows.
    expect(quote(nextSentence(spans, { selection: null, position: at('Fighters crossed the border.').end }))).toBe('The Observatory said so.');
    expect(quote(previousSentence(spans, { selection: null, position: at('Residents').start }))).toBe('The Observatory said so.');
    expect(previousSentence(spans, { selection: null, position: 0 })).toBeNull();
  });

  it('from a whole sentence steps to the next or previous one, and stops at the ends', () => {
    expect(quote(nextSentence(spans, { selection: at('The Observatory said so.'), position: 0 }))).toBe('Residents fled on Monday.');
    expect(quote(previousSentence(spans, { selection: at('The Observatory said so.'), position: 0 }))).toBe('Fighters crossed the border.');
    expect(nextSentence(spans, { selection: at('Residents fled on Monday.'), position: 0 })).toBeNull();
  });

  it('from part of a sentence selects the whole of it first', () => {
    expect(quote(nextSentence(spans, { selection: at('Observatory'), position: 0 }))).toBe('The Observatory said so.');
    // Two sentences selected count as whole: the next is the one after both.
    expect(quote(nextSentence(spans, { selection: at('Fighters crossed the border.\n\nThe Observatory said so.'), position: 0 }))).toBe(
      'Residents fled on Monday.',
    );
  });
});
