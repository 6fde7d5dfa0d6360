import { AnchorError } from './anchor-error';
import { isInsideCharacter, snapEndToCharacter, snapStartToCharacter } from './character-boundaries';
import { CONTEXT_CHARS, MAX_PASSAGE_CHARS } from './limits';
import type { PassageAnchor } from './types';

const WHITESPACE = /\s/u;

/**
 * The anchor for a selection of text[start, end). Whitespace at either edge is left out (a double
 * click often takes the following space, and edge whitespace is what normalisation changes) and the
 * span is widened to whole characters, so the returned position may differ from the arguments.
 * Throws AnchorError for an invalid range, a selection of only whitespace, or one longer than
 * MAX_PASSAGE_CHARS.
 */
export function describeSelection(text: string, start: number, end: number): PassageAnchor {
  assertValidRange(text, start, end);

  let from = start;
  let to = end;
  while (from < to && WHITESPACE.test(text[from]!)) from++;
  while (to > from && WHITESPACE.test(text[to - 1]!)) to--;
  if (from === to) {
    throw new AnchorError('whitespace_only', 'The selection holds only whitespace; select some text to mark a passage.');
  }
  from = snapStartToCharacter(text, from);
  to = snapEndToCharacter(text, to);

  if (to - from > MAX_PASSAGE_CHARS) {
    throw new AnchorError(
      'too_long',
      `The selection is ${to - from} characters long; a passage may be at most ${MAX_PASSAGE_CHARS} characters (MAX_PASSAGE_CHARS).`,
    );
  }

  return {
    quote: { exact: text.slice(from, to), prefix: prefixBefore(text, from), suffix: suffixAfter(text, to) },
    position: { start: from, end: to },
  };
}

function assertValidRange(text: string, start: number, end: number): void {
  if (!Number.isInteger(start) || !Number.isInteger(end)) {
    throw new AnchorError('invalid_range', `The selection offsets must be whole numbers (got start ${start}, end ${end}).`);
  }
  if (start < 0 || end > text.length || start >= end) {
    throw new AnchorError('invalid_range', `The selection ${start}–${end} is not a non-empty range inside the text (0–${text.length}).`);
  }
}

/** Up to CONTEXT_CHARS before `start`, shortened rather than starting inside a character. */
function prefixBefore(text: string, start: number): string {
  let from = Math.max(0, start - CONTEXT_CHARS);
  while (from < start && isInsideCharacter(text, from)) from++;
  return text.slice(from, start);
}

/** Up to CONTEXT_CHARS after `end`, shortened rather than ending inside a character. */
function suffixAfter(text: string, end: number): string {
  let to = Math.min(text.length, end + CONTEXT_CHARS);
  while (to > end && isInsideCharacter(text, to)) to--;
  return text.slice(end, to);
}
