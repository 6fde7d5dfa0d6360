import { describe, expect, it } from 'vitest';
import { anchor, describeSelection, type AnchorResult, type PassageAnchor } from '../../../shared/anchoring';
import { articleText, articleWords } from '../../helpers/articles';
import { randomProse, seededRandom } from './random-text';
import { applyEdits, editsForEach, type EditedText, type TextEdit } from './text-edits';

// A 5,000-word clipping with 200 passages (some overlapping), edited the ways re-imports and
// normalisation edit text; every passage must land on exactly the offsets the edits imply.

const random = seededRandom(5000);
const TEXT = randomProse(random, 5_000).replace(/\. /g, () => (random() < 0.3 ? '.\r\n' : random() < 0.5 ? '.  ' : '. '));

const PASSAGES: PassageAnchor[] = Array.from({ length: 200 }, () => {
  const length = 40 + Math.floor(random() * 400);
  const start = Math.floor(random() * (TEXT.length - length));
  return describeSelection(TEXT, start, start + length);
});

function expectedAfter(edited: EditedText, passage: PassageAnchor, quoteChanged: boolean): AnchorResult {
  const start = edited.mapOffset(passage.position.start);
  const end = edited.mapOffset(passage.position.end);
  if (quoteChanged) return { status: 'fuzzy', start, end };
  return { status: start === passage.position.start ? 'exact' : 'moved', start, end };
}

function quoteTouchedBy(passage: PassageAnchor, edits: TextEdit[]): boolean {
  const { start, end } = passage.position;
  return edits.some((edit) => edit.at < end && edit.at + Math.max(edit.remove, 1) > start);
}

/** Checks all 200 passages, reporting every mismatch at once. */
function expectAllAt(edited: EditedText, edits: TextEdit[]): void {
  const mismatches = PASSAGES.flatMap((passage, i) => {
    const expected = expectedAfter(edited, passage, quoteTouchedBy(passage, edits));
    const actual = anchor(edited.text, passage);
    return JSON.stringify(actual) === JSON.stringify(expected) ? [] : [{ passage: i, expected, actual }];
  });
  expect(mismatches).toEqual([]);
}

describe('anchor at scale: 5,000 words, 200 passages', () => {
  it('the test text is what it claims', () => {
    expect(TEXT.split(/\s+/).length).toBe(5_000);
    expect(TEXT).toContain('\r\n');
    expect(TEXT).toContain('.  ');
    expect(PASSAGES.filter((p) => p.quote.exact.includes('\r\n')).length).toBeGreaterThan(50);
  });

  it('unchanged: all exact', () => {
    expectAllAt(applyEdits(TEXT, []), []);
  });

  it('a header added at the top: all moved by its length', () => {
    const edits = [{ at: 0, remove: 0, insert: 'Re-imported on 3 March.\n\n' }];
    expectAllAt(applyEdits(TEXT, edits), edits);
  });

  it('CRLF to LF', () => {
    const edits = editsForEach(TEXT, /\r\n/g, () => '\n');
    expectAllAt(applyEdits(TEXT, edits), edits);
  });

  it('double spaces collapsed', () => {
    const edits = editsForEach(TEXT, / {2,}/g, () => ' ');
    expectAllAt(applyEdits(TEXT, edits), edits);
  });

  it('both normalisations at once', () => {
    const edits = editsForEach(TEXT, /\r\n| {2,}/g, (match) => (match === '\r\n' ? '\n' : ' '));
    expectAllAt(applyEdits(TEXT, edits), edits);
  });

  it('one character replaced in the middle of every passage', () => {
    const middles = new Set(PASSAGES.map((p) => (p.position.start + p.position.end) >> 1));
    const edits = [...middles].map((at) => ({ at, remove: 1, insert: '#' }));
    expectAllAt(applyEdits(TEXT, edits), edits);
  });

  it('a word inserted inside every passage, well away from any passage edge', () => {
    // Passages overlap, so a word inserted in one may fall in another; an insertion a character or
    // two from an edge is ambiguous (did the passage end before or after it?), so keep clear.
    const edges = PASSAGES.flatMap((p) => [p.position.start, p.position.end]);
    const clearOfEdges = (at: number) => edges.every((edge) => Math.abs(edge - at) >= 10);
    const spaces = new Set<number>();
    for (const passage of PASSAGES) {
      let space = TEXT.indexOf(' ', (passage.position.start + passage.position.end) >> 1);
      while (space !== -1 && space < passage.position.end && !clearOfEdges(space)) space = TEXT.indexOf(' ', space + 1);
      if (space !== -1 && space < passage.position.end) spaces.add(space);
    }
    expect(spaces.size).toBeGreaterThan(150);
    const edits = [...spaces].map((at) => ({ at, remove: 0, insert: ' very' }));
    expectAllAt(applyEdits(TEXT, edits), edits);
  });

  it('a word deleted inside most passages, one deletion per passage', () => {
    const edges = PASSAGES.flatMap((p) => [p.position.start, p.position.end]);
    const clearOfEdges = (at: number) => edges.every((edge) => Math.abs(edge - at) >= 10);
    const inside = (p: PassageAnchor, at: number) => p.position.start < at && at < p.position.end;
    const edits: TextEdit[] = [];
    for (const passage of PASSAGES) {
      const space = TEXT.indexOf(' ', (passage.position.start + passage.position.end) >> 1);
      const nextSpace = TEXT.indexOf(' ', space + 1);
      if (space === -1 || nextSpace === -1 || nextSpace >= passage.position.end) continue;
      if (!clearOfEdges(space) || !clearOfEdges(nextSpace)) continue;
      const holders = PASSAGES.filter((p) => inside(p, space) || inside(p, nextSpace));
      if (holders.some((p) => edits.some((edit) => inside(p, edit.at) || inside(p, edit.at + edit.remove)))) continue;
      edits.push({ at: space, remove: nextSpace - space, insert: '' });
    }
    expect(edits.length).toBeGreaterThan(60);
    expectAllAt(applyEdits(TEXT, edits), edits);
  });

  it('the text replaced by another article: all orphaned', () => {
    const other = articleText(articleWords(7, 5_000));
    const statuses = new Set(PASSAGES.map((passage) => anchor(other, passage).status));
    expect([...statuses]).toEqual(['orphaned']);
  });
});
