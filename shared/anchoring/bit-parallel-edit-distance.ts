// Myers' bit-parallel edit distance (1999) in Hyyrö's block form (2003): the pattern's column of the
// Levenshtein table is kept as bit vectors of vertical deltas, 32 rows per block, so one text code
// unit costs one step per block instead of one per pattern character. Patterns of any length work.

export interface CompiledPattern {
  readonly length: number;
  readonly blockCount: number;
  /** The bit of the pattern's last row within the last block. */
  readonly lastRowBit: number;
  /** For each code unit in the pattern, a bit per row where the pattern has that code unit. */
  readonly matchVectors: ReadonlyMap<number, Int32Array>;
}

const BLOCK_ROWS = 32;
const TOP_ROW_BIT = 1 << 31;

export function compilePattern(pattern: string): CompiledPattern {
  const blockCount = Math.max(1, Math.ceil(pattern.length / BLOCK_ROWS));
  const matchVectors = new Map<number, Int32Array>();
  for (let row = 0; row < pattern.length; row++) {
    const code = pattern.charCodeAt(row);
    let vector = matchVectors.get(code);
    if (vector === undefined) {
      vector = new Int32Array(blockCount);
      matchVectors.set(code, vector);
    }
    vector[row >> 5]! |= 1 << (row & 31);
  }
  const lastRowBit = pattern.length === 0 ? 0 : 1 << ((pattern.length - 1) & 31);
  return { length: pattern.length, blockCount, lastRowBit, matchVectors };
}

export interface ScanOptions {
  /** Text code units [from, to) are read. */
  from: number;
  to: number;
  /** Read the text from `to - 1` down to `from` (with a reversed pattern, this matches backwards). */
  backwards?: boolean;
  /**
   * Anchored: the match must start at the first code unit read, so each score is the edit distance
   * between the pattern and everything read so far. Otherwise the match may start anywhere and each
   * score is the best edit distance of a match ending at that code unit.
   */
  anchored?: boolean;
}

/**
 * Calls `visit(index, score)` after each text code unit is read, where index is that code unit's
 * offset in the text. Before anything is read the score is the pattern's length.
 */
export function scanEditDistances(
  pattern: CompiledPattern,
  text: string,
  options: ScanOptions,
  visit: (index: number, score: number) => void,
): void {
  const { blockCount, lastRowBit, matchVectors } = pattern;
  const positive = new Int32Array(blockCount).fill(-1); // vertical deltas of +1: D[i][0] = i
  const negative = new Int32Array(blockCount);
  const noMatches = new Int32Array(blockCount);
  const firstCarry = options.anchored ? 1 : 0; // row 0 is j (anchored) or 0 (match starts anywhere)
  const step = options.backwards ? -1 : 1;
  const first = options.backwards ? options.to - 1 : options.from;
  const count = options.to - options.from;
  let score = pattern.length;

  for (let n = 0, index = first; n < count; n++, index += step) {
    const matches = matchVectors.get(text.charCodeAt(index)) ?? noMatches;
    let carry = firstCarry; // horizontal delta entering each block from the row above: -1, 0 or +1
    for (let block = 0; block < blockCount; block++) {
      const carryIn = carry;
      const carryNegative = carryIn < 0 ? 1 : 0;
      const pv = positive[block]!;
      const mv = negative[block]!;
      const eq = matches[block]! | carryNegative;
      const xv = eq | mv;
      const xh = (((eq & pv) + pv) ^ pv) | eq;
      let ph = mv | ~(xh | pv);
      let mh = pv & xh;
      const rowBit = block === blockCount - 1 ? lastRowBit : TOP_ROW_BIT;
      carry = (ph & rowBit) !== 0 ? 1 : (mh & rowBit) !== 0 ? -1 : 0;
      ph = (ph << 1) | (carryIn > 0 ? 1 : 0);
      mh = (mh << 1) | carryNegative;
      positive[block] = mh | ~(xv | ph);
      negative[block] = ph & xv;
    }
    score += carry;
    visit(index, score);
  }
}

/** Levenshtein distance between two strings, counted in UTF-16 code units. */
export function editDistance(a: string, b: string): number {
  if (a.length === 0) return b.length;
  let distance = a.length;
  scanEditDistances(compilePattern(a), b, { from: 0, to: b.length, anchored: true }, (_index, score) => {
    distance = score;
  });
  return distance;
}
