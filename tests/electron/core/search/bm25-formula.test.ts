// FTS5's bm25 worked out in JS: the score FTS5 gives, and the frequency recovered from a score
// given with other statistics (how the next-word index's scores are made search_index's).
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { indexTotals, phraseFrequency, phraseIdf, phraseScore, rowLength, varints } from '../../../../electron/core/search/bm25-formula';

describe('bm25 formula', () => {
  it('reads SQLite varints', () => {
    expect(varints(Uint8Array.from([0x05, 0x81, 0x00, 0x7f, 0x82, 0x80, 0x01]))).toEqual([5, 128, 127, 32769]);
    expect(varints(Uint8Array.from([0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x07]))).toEqual([7]);
  });

  it("gives FTS5's bm25 for one phrase, row for row, from FTS5's averages and docsize records", () => {
    const db = new Database(':memory:');
    db.exec("CREATE VIRTUAL TABLE t USING fts5(a, b, tokenize = 'porter unicode61')");
    const texts = [
      ['ceasefire talks', 'the ceasefire talks went on; ceasefire talks again'],
      ['report', 'nothing here'],
      ['talks', 'a long text about the ceasefire talks and many other things said at length by the envoy'],
      ['envoy', 'the envoy left'],
    ];
    texts.forEach(([a, b], index) => db.prepare('INSERT INTO t (rowid, a, b) VALUES (?, ?, ?)').run(index + 1, a, b));
    const expected = db.prepare(`SELECT rowid, bm25(t, 2, 1) AS score FROM t WHERE t MATCH '"ceasefire talks"'`).all() as Array<{
      rowid: number;
      score: number;
    }>;
    const totals = indexTotals(db.prepare('SELECT block FROM t_data WHERE id = 1').pluck().get() as Buffer);
    expect(totals.rowCount).toBe(4);
    const idf = phraseIdf(totals.rowCount, expected.length);
    const frequencies: Record<number, number> = { 1: 2 + 2, 3: 1 };
    for (const { rowid, score } of expected) {
      const length = rowLength(db.prepare('SELECT sz FROM t_docsize WHERE id = ?').pluck().get(rowid) as Buffer);
      expect(-phraseScore(idf, frequencies[rowid]!, length, totals)).toBeCloseTo(score, 12);
    }
  });

  it('recovers the weighted frequency from a score made with other statistics', () => {
    const wrong = { rowCount: 5_000, tokensPerRow: 900 };
    const right = { rowCount: 3_200, tokensPerRow: 640 };
    for (const frequency of [0.3, 1, 3.3, 7, 12.6]) {
      for (const length of [4, 640, 5_000]) {
        const score = phraseScore(phraseIdf(wrong.rowCount, 40), frequency, length, wrong);
        expect(phraseFrequency(score, phraseIdf(wrong.rowCount, 40), length, wrong)).toBeCloseTo(frequency, 9);
        const rescored = phraseScore(phraseIdf(right.rowCount, 40), phraseFrequency(score, phraseIdf(wrong.rowCount, 40), length, wrong), length, right);
        expect(rescored).toBeCloseTo(phraseScore(phraseIdf(right.rowCount, 40), frequency, length, right), 9);
      }
    }
  });
});
