// The fewest edits (insert, delete, substitute) that make `pattern` appear somewhere in `text`:
// what Fuse.js's bitap search counts, when location is ignored. The switcher re-scores about a
// thousand short titles per keystroke, so patterns up to 30 letters use Myers' bit-parallel form
// (one column of the edit table per text letter, in a few integer operations); longer ones fill the
// table itself (Sellers' dynamic programming, one reused row).
let row = new Int32Array(64);
/** Per UTF-16 unit, the pattern positions that hold it, as bits; reset after each call. */
const letterBits = new Int32Array(65_536);
const MOST_BITS = 30;

/** Sellers' table, O(pattern × text): for long patterns, and as the reference the fast form is tested against. */
export function tableDistance(pattern: string, text: string): number {
  const m = pattern.length;
  if (row.length < m + 1) row = new Int32Array(m + 1);
  for (let i = 0; i <= m; i++) row[i] = i;
  let best = m;
  for (let j = 0; j < text.length; j++) {
    const letter = text.charCodeAt(j);
    let diagonal = 0; // the row's start is 0: the match may begin anywhere in the text
    row[0] = 0;
    for (let i = 1; i <= m; i++) {
      const above = row[i]!;
      const cost = pattern.charCodeAt(i - 1) === letter ? 0 : 1;
      row[i] = Math.min(diagonal + cost, above + 1, row[i - 1]! + 1);
      diagonal = above;
    }
    if (row[m]! < best) best = row[m]!;
  }
  return best;
}

/** Myers (1999): vertical deltas of the table's column as positive and negative bit vectors. */
function bitDistance(pattern: string, text: string): number {
  const m = pattern.length;
  for (let i = 0; i < m; i++) letterBits[pattern.charCodeAt(i)]! |= 1 << i;
  const all = (1 << m) - 1;
  const last = 1 << (m - 1);
  let positive = all;
  let negative = 0;
  let score = m;
  let best = m;
  for (let j = 0; j < text.length; j++) {
    const equal = letterBits[text.charCodeAt(j)]!;
    const xv = equal | negative;
    const xh = ((((equal & positive) + positive) & all) ^ positive) | equal;
    let ph = negative | ~(xh | positive);
    let mh = positive & xh;
    if (ph & last) score++;
    else if (mh & last) score--;
    // The top row is all zeros (a match may start anywhere), so nothing shifts in.
    ph = (ph << 1) & all;
    mh = (mh << 1) & all;
    positive = (mh | ~(xv | ph)) & all;
    negative = ph & xv;
    if (score < best) best = score;
  }
  for (let i = 0; i < m; i++) letterBits[pattern.charCodeAt(i)] = 0;
  return best;
}

export function substringDistance(pattern: string, text: string): number {
  if (pattern.length === 0) return 0;
  return pattern.length <= MOST_BITS ? bitDistance(pattern, text) : tableDistance(pattern, text);
}
