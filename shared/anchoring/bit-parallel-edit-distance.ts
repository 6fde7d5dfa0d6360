// Myers' bit-parallel edit distance (1999) in its block form (also Hyyrö 2003): the pattern's column
// of the Levenshtein table is kept as bit vectors of vertical deltas, 32 rows per block, so reading
// one text code unit costs one step per block instead of one per pattern character.

export interface CompiledPattern {
  readonly length: number;
  readonly blockCount: number;
  /** Rows in the last block; its bottom row is the pattern's last row. */
  readonly lastBlockRows: number;
  /** Per pattern code unit, a bit per row holding it: an array for ASCII, a map for the rest. */
  readonly asciiVectors: readonly (Int32Array | undefined)[];
  readonly otherVectors: ReadonlyMap<number, Int32Array>;
  /** The all-zero vectors of a code unit the pattern lacks. */
  readonly noMatches: Int32Array;
}

const BLOCK_ROWS = 32;

export function compilePattern(pattern: string): CompiledPattern {
  const blockCount = Math.max(1, Math.ceil(pattern.length / BLOCK_ROWS));
  const asciiVectors: (Int32Array | undefined)[] = new Array<Int32Array | undefined>(128).fill(undefined);
  const otherVectors = new Map<number, Int32Array>();
  for (let row = 0; row < pattern.length; row++) {
    const code = pattern.charCodeAt(row);
    let vector = code < 128 ? asciiVectors[code] : otherVectors.get(code);
    if (vector === undefined) {
      vector = new Int32Array(blockCount);
      if (code < 128) asciiVectors[code] = vector;
      else otherVectors.set(code, vector);
    }
    vector[row >> 5]! |= 1 << (row & 31);
  }
  const lastBlockRows = pattern.length - (blockCount - 1) * BLOCK_ROWS;
  return { length: pattern.length, blockCount, lastBlockRows, asciiVectors, otherVectors, noMatches: new Int32Array(blockCount) };
}

function vectorsFor(pattern: CompiledPattern, code: number): Int32Array {
  return (code < 128 ? pattern.asciiVectors[code] : pattern.otherVectors.get(code)) ?? pattern.noMatches;
}

/** The bit of a block's bottom row. */
function bottomRowBit(pattern: CompiledPattern, block: number): number {
  return block === pattern.blockCount - 1 ? 1 << (pattern.lastBlockRows - 1) : 1 << 31;
}

/**
 * One block of one column: updates the block's vertical deltas for a text code unit whose match bits
 * are `matches`, given the horizontal delta entering from the block above (-1, 0 or +1), and returns
 * the horizontal delta leaving its bottom row.
 */
function advanceBlock(positive: Int32Array, negative: Int32Array, block: number, matches: number, carryIn: number, rowBit: number): number {
  const carryNegative = carryIn < 0 ? 1 : 0;
  const pv = positive[block]!;
  const mv = negative[block]!;
  const eq = matches | carryNegative;
  const xv = eq | mv;
  const xh = (((eq & pv) + pv) ^ pv) | eq;
  let ph = mv | ~(xh | pv);
  let mh = pv & xh;
  const carryOut = (ph & rowBit) !== 0 ? 1 : (mh & rowBit) !== 0 ? -1 : 0;
  ph = (ph << 1) | (carryIn > 0 ? 1 : 0);
  mh = (mh << 1) | carryNegative;
  positive[block] = mh | ~(xv | ph);
  negative[block] = ph & xv;
  return carryOut;
}

export interface ScanOptions {
  /** Text code units [from, to) are read. */
  from: number;
  to: number;
  /** Read from `to - 1` down to `from` (with a reversed pattern, this matches backwards). */
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
export function scanEditDistances(pattern: CompiledPattern, text: string, options: ScanOptions, visit: (index: number, score: number) => void): void {
  const { blockCount } = pattern;
  const positive = new Int32Array(blockCount).fill(-1); // vertical deltas of +1: D[i][0] = i
  const negative = new Int32Array(blockCount);
  const firstCarry = options.anchored ? 1 : 0; // row 0 is j (anchored) or 0 (match starts anywhere)
  const step = options.backwards ? -1 : 1;
  const count = options.to - options.from;
  let score = pattern.length;

  for (let n = 0, index = options.backwards ? options.to - 1 : options.from; n < count; n++, index += step) {
    const matches = vectorsFor(pattern, text.charCodeAt(index));
    let carry = firstCarry;
    for (let block = 0; block < blockCount; block++) {
      carry = advanceBlock(positive, negative, block, matches[block]!, carry, bottomRowBit(pattern, block));
    }
    score += carry;
    visit(index, score);
  }
}

/**
 * Where matches of the pattern with at most maxErrors edits end in text[from, to), the match free to
 * start anywhere: calls `visit(index, score)` for each such last code unit. Ukkonen's cut-off keeps
 * only the blocks whose rows can still be within maxErrors, which is most of the saving on text that
 * does not match.
 */
export function scanMatchEnds(
  pattern: CompiledPattern,
  text: string,
  from: number,
  to: number,
  maxErrors: number,
  visit: (index: number, score: number) => void,
): void {
  const lastBlock = pattern.blockCount - 1;
  const positive = new Int32Array(pattern.blockCount);
  const negative = new Int32Array(pattern.blockCount);
  /** The score at each active block's bottom row. */
  const bottomScores = new Int32Array(pattern.blockCount);
  let activeBlock = Math.min(lastBlock, Math.max(0, Math.ceil(maxErrors / BLOCK_ROWS) - 1));
  for (let block = 0; block <= activeBlock; block++) {
    positive[block] = -1;
    bottomScores[block] = block === lastBlock ? pattern.length : (block + 1) * BLOCK_ROWS;
  }

  for (let index = from; index < to; index++) {
    const matches = vectorsFor(pattern, text.charCodeAt(index));
    let carry = 0;
    for (let block = 0; block <= activeBlock; block++) {
      carry = advanceBlock(positive, negative, block, matches[block]!, carry, bottomRowBit(pattern, block));
      bottomScores[block]! += carry;
    }
    // Open the next block when the bottom of the last active one was within reach in the previous
    // column and this column can lower it (a match in the next block's top row, or a falling carry).
    // Its unknown previous column is taken as +1 per row, an upper bound.
    if (activeBlock < lastBlock && bottomScores[activeBlock]! - carry <= maxErrors && ((matches[activeBlock + 1]! & 1) !== 0 || carry < 0)) {
      activeBlock++;
      positive[activeBlock] = -1;
      negative[activeBlock] = 0;
      const rows = activeBlock === lastBlock ? pattern.lastBlockRows : BLOCK_ROWS;
      const carryOut = advanceBlock(positive, negative, activeBlock, matches[activeBlock]!, carry, bottomRowBit(pattern, activeBlock));
      bottomScores[activeBlock] = bottomScores[activeBlock - 1]! - carry + rows + carryOut;
    } else {
      // A block whose bottom row is at least maxErrors + 32 has no row within maxErrors.
      while (activeBlock > 0 && bottomScores[activeBlock]! >= maxErrors + BLOCK_ROWS) activeBlock--;
    }
    if (activeBlock === lastBlock && bottomScores[lastBlock]! <= maxErrors) visit(index, bottomScores[lastBlock]!);
  }
}
