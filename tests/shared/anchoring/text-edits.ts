// Edits applied to a text together with the offset map they imply, so tests can state where every
// passage must land after many edits at once.

export interface TextEdit {
  at: number;
  remove: number;
  insert: string;
}

export interface EditedText {
  text: string;
  /** Where an offset of the old text is in the new one; offsets inside a removal are not asked. */
  mapOffset(offset: number): number;
}

/** Applies non-overlapping edits (any order). An offset at an insertion point stays before the inserted text. */
export function applyEdits(text: string, edits: TextEdit[]): EditedText {
  const sorted = [...edits].sort((a, b) => a.at - b.at);
  let out = '';
  let read = 0;
  for (const edit of sorted) {
    if (edit.at < read) throw new Error('edits overlap');
    out += text.slice(read, edit.at) + edit.insert;
    read = edit.at + edit.remove;
  }
  out += text.slice(read);
  return {
    text: out,
    mapOffset(offset) {
      let shift = 0;
      for (const edit of sorted) if (edit.at + edit.remove <= offset && edit.at < offset) shift += edit.insert.length - edit.remove;
      return offset + shift;
    },
  };
}

/** One edit per match of the pattern, replacing the match. */
export function editsForEach(text: string, pattern: RegExp, replacement: (match: string) => string): TextEdit[] {
  return [...text.matchAll(pattern)].map((match) => ({ at: match.index, remove: match[0].length, insert: replacement(match[0]) }));
}
