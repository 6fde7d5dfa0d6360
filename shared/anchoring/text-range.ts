/** A range of text offsets, `to` exclusive. */
export interface TextRange {
  from: number;
  to: number;
}

/** Ranges clamped to [0, length], sorted, with overlapping or touching ones merged. */
export function mergeRanges(ranges: TextRange[], length: number): TextRange[] {
  const clamped = ranges
    .map((range) => ({ from: Math.max(0, range.from), to: Math.min(length, range.to) }))
    .filter((range) => range.from < range.to)
    .sort((a, b) => a.from - b.from);
  const merged: TextRange[] = [];
  for (const range of clamped) {
    const last = merged[merged.length - 1];
    if (last !== undefined && range.from <= last.to) last.to = Math.max(last.to, range.to);
    else merged.push({ ...range });
  }
  return merged;
}
