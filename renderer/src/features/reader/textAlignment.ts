// The Reader shows a clipping as DOM text nodes (its sanitised HTML, or its text split into
// paragraphs), while passages are offsets into the clipping's plain text. Both come from the same
// characters with white space laid out differently, so aligning them character by character gives
// every shown character its offset in the text. A run the text does not have (a page marker that
// slipped in, a difference in the HTML) is skipped after a short look-ahead finds the text again.

/** How far ahead in the text a character that does not match may be looked for. */
const RESYNC_WINDOW = 400;
/** How many of the node's next characters must match for a resync to be believed. */
const RESYNC_PROBE = 6;

const isSpace = (c: string) => /\s/u.test(c);

/**
 * For each node text, the offset in `text` of each of its characters: a visible character gets the
 * offset of the same character in `text`; white space gets the offset where it falls (so a selection
 * that starts or ends on it still has a place); a character `text` does not have gets -1.
 */
export function alignNodeTexts(text: string, nodeTexts: readonly string[]): Int32Array[] {
  let position = 0;
  return nodeTexts.map((nodeText) => {
    const offsets = new Int32Array(nodeText.length);
    for (let i = 0; i < nodeText.length; i++) {
      const c = nodeText[i]!;
      if (isSpace(c)) {
        offsets[i] = position;
        while (position < text.length && isSpace(text[position]!)) position++;
        continue;
      }
      while (position < text.length && isSpace(text[position]!)) position++;
      if (text[position] !== c) {
        const found = resync(text, position, nodeText, i);
        if (found === -1) {
          offsets[i] = -1;
          continue;
        }
        position = found;
      }
      offsets[i] = position++;
    }
    return offsets;
  });
}

/** Where the node's characters from `from` on reappear in the text (ignoring white space), or -1. */
function resync(text: string, position: number, nodeText: string, from: number): number {
  const probe = visibleChars(nodeText, from, RESYNC_PROBE);
  if (probe.length === 0) return -1;
  const limit = Math.min(text.length, position + RESYNC_WINDOW);
  for (let start = position; start < limit; start++) {
    if (text[start] !== probe[0]) continue;
    if (visibleChars(text, start, probe.length) === probe) return start;
  }
  return -1;
}

function visibleChars(source: string, from: number, count: number): string {
  let out = '';
  for (let i = from; i < source.length && out.length < count; i++) if (!isSpace(source[i]!)) out += source[i];
  return out;
}
