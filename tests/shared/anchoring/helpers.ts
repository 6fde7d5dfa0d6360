import { expect } from 'vitest';
import { anchor, describeSelection, type AnchorStatus, type PassageAnchor } from '../../../shared/anchoring';

/** The anchor of the `occurrence`-th (0-based) occurrence of `quote` in `text`. */
export function passageOf(text: string, quote: string, occurrence = 0): PassageAnchor {
  let at = text.indexOf(quote);
  for (let i = 0; i < occurrence && at !== -1; i++) at = text.indexOf(quote, at + 1);
  if (at === -1) throw new Error(`"${quote}" does not occur ${occurrence + 1} time(s) in the test text`);
  const passage = describeSelection(text, at, at + quote.length);
  expect(passage.quote.exact).toBe(quote);
  return passage;
}

/** Re-anchors in `text` and checks status, exact offsets and the text they cover. */
export function expectAnchor(text: string, passage: PassageAnchor, status: AnchorStatus, start: number, end: number, covered: string): void {
  expect(anchor(text, passage)).toEqual({ status, start, end });
  expect(text.slice(start, end)).toBe(covered);
}

export function expectOrphaned(text: string, passage: PassageAnchor): void {
  expect(anchor(text, passage)).toEqual({ status: 'orphaned' });
}
