// FTS5's snippet() and highlight() mark matches with private-use characters; these turn such text
// into plain text with [start, end) offsets, on one line for snippets.

/** Private-use characters: they never come from typed text FTS5 would match. */
export const MATCH_OPEN = '\uE000';
export const MATCH_CLOSE = '\uE001';

export interface PlainText {
  text: string;
  highlights: Array<[number, number]>;
}

/** Removes the markers; `oneLine` also folds line breaks and runs of spaces into one space. */
export function unmark(marked: string, oneLine: boolean): PlainText {
  const source = oneLine ? marked.replace(/[\s\u0000-\u001f]+/g, ' ') : marked;
  let text = '';
  const highlights: Array<[number, number]> = [];
  let openAt = -1;
  for (const char of source) {
    if (char === MATCH_OPEN) openAt = text.length;
    else if (char === MATCH_CLOSE) {
      if (openAt >= 0 && text.length > openAt) highlights.push([openAt, text.length]);
      openAt = -1;
    } else text += char;
  }
  return { text, highlights };
}

/** The first marked match in `marked` (a whole column from highlight()), as offsets into its plain text. */
export function firstMatch(marked: string | null): { start: number; end: number } | null {
  if (marked === null) return null;
  const start = marked.indexOf(MATCH_OPEN);
  if (start < 0) return null;
  const close = marked.indexOf(MATCH_CLOSE, start);
  if (close < 0) return null;
  return { start, end: close - 1 };
}
