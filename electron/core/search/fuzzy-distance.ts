// The fewest edits (insert, delete, substitute) that make `pattern` appear somewhere in `text`:
// what Fuse.js's bitap search counts, when location is ignored. Sellers' dynamic programming, one
// reused row, O(pattern × text); enough for the few thousand short titles the switcher re-scores.
let row = new Int32Array(64);

export function substringDistance(pattern: string, text: string): number {
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
