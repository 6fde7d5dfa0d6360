// FTS5's bm25, worked out here from FTS5's own statistics (fts5_aux.c): for scores FTS5 would give
// but cannot be asked for (phrase-survey.ts) or gives from the wrong statistics (pair-scores.ts).
// One phrase: score = idf × f(k1 + 1) / (f + k1(1 − b + b·D/avgdl)), where f is the phrase's
// weighted count in the row, D the row's token count and avgdl the index's mean row length.

const K1 = 1.2;
const B = 0.75;

/** An FTS5 table's totals, from its averages record (`<table>_data` id 1). */
export interface IndexTotals {
  rowCount: number;
  tokensPerRow: number;
}

/** FTS5's IDF of a phrase found in `hits` of `rowCount` rows (never below 1e-6, as FTS5 has it). */
export function phraseIdf(rowCount: number, hits: number): number {
  return Math.max(Math.log((rowCount - hits + 0.5) / (hits + 0.5)), 1e-6);
}

const lengthNorm = (length: number, totals: IndexTotals) => K1 * (1 - B + (B * length) / totals.tokensPerRow);

/** The (positive) score of a row of `length` tokens holding the phrase `frequency` times, weighted. */
export function phraseScore(idf: number, frequency: number, length: number, totals: IndexTotals): number {
  return (idf * frequency * (K1 + 1)) / (frequency + lengthNorm(length, totals));
}

/** The weighted frequency that gave `score` (phraseScore solved for it). */
export function phraseFrequency(score: number, idf: number, length: number, totals: IndexTotals): number {
  return (score * lengthNorm(length, totals)) / (idf * (K1 + 1) - score);
}

/** FTS5's averages record: the row count, then each column's token total. */
export function indexTotals(record: Uint8Array | undefined): IndexTotals {
  if (record === undefined) return { rowCount: 0, tokensPerRow: 1 };
  const [rowCount, ...columnTotals] = varints(record);
  const tokens = columnTotals.reduce((sum, total) => sum + total, 0);
  return { rowCount: rowCount ?? 0, tokensPerRow: rowCount ? tokens / rowCount : 1 };
}

/** A row's token count, from its docsize record. */
export function rowLength(docsize: Uint8Array | undefined): number {
  return docsize === undefined ? 0 : varints(docsize).reduce((sum, value) => sum + value, 0);
}

/** SQLite's varints (big-endian, 7 bits a byte; a ninth byte gives all 8 of its bits). */
export function varints(blob: Uint8Array): number[] {
  const values: number[] = [];
  for (let at = 0; at < blob.length;) {
    let value = 0;
    for (let read = 0; at < blob.length; read++) {
      const byte = blob[at++]!;
      if (read === 8) {
        value = value * 256 + byte;
        break;
      }
      value = value * 128 + (byte & 0x7f);
      if ((byte & 0x80) === 0) break;
    }
    values.push(value);
  }
  return values;
}
