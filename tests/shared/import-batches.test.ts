import { describe, expect, it } from 'vitest';
import { CLI_IMPORT_BATCH, PAGE_IMPORT_BATCH, largestRequestBytes, nextBatchLength, startsNewBatch, worstCaseRequestBytes } from '../../shared/import-batches';
import { MAX_FILE_BYTES, MAX_IMPORT_BATCH_FILES, MAX_REQUEST_BYTES, utf8ByteLength } from '../../shared/limits';

const limits = { files: 3, bytes: 100 };

/** Every batch's length, splitting `sizes` the way a door does. */
function split(sizes: number[]): number[] {
  const lengths: number[] = [];
  for (let start = 0; start < sizes.length;) {
    const length = nextBatchLength(sizes.slice(start), limits);
    lengths.push(length);
    start += length;
  }
  return lengths;
}

describe('import batches', () => {
  it('closes a batch at the file limit', () => {
    expect(split([1, 1, 1, 1, 1, 1, 1])).toEqual([3, 3, 1]);
  });

  it('closes a batch before the byte limit would be passed, reaching it exactly when files fit', () => {
    expect(split([40, 60, 1, 50, 51])).toEqual([2, 2, 1]);
  });

  it('never splits a file: one over the byte limit goes alone', () => {
    expect(split([10, 250, 10])).toEqual([1, 1, 1]);
    expect(split([250])).toEqual([1]);
  });

  it('answers 0 when nothing is left, and lets an empty batch take any file', () => {
    expect(nextBatchLength([], limits)).toBe(0);
    expect(startsNewBatch({ files: 0, bytes: 0 }, MAX_FILE_BYTES, limits)).toBe(false);
    expect(startsNewBatch({ files: 1, bytes: 1 }, 100, limits)).toBe(true);
    expect(startsNewBatch({ files: 2, bytes: 1 }, 99, limits)).toBe(false);
  });

  it('bounds the real JSON body of a call, even for names that escape to six bytes a character', () => {
    const name = '\u0001'.repeat(1000);
    const sizes = [0, 1, 2, 3, 4, 1000, 4097];
    const files = sizes.map((size) => ({ fileName: name, contentBase64: Buffer.alloc(size, 0xab).toString('base64') }));
    const body = JSON.stringify({ files });
    expect(utf8ByteLength(body)).toBeLessThanOrEqual(largestRequestBytes(sizes));
    expect(utf8ByteLength(JSON.stringify({ files: [{ fileName: 'é'.repeat(1000), contentBase64: '' }] }))).toBeLessThanOrEqual(largestRequestBytes([0]));
  });

  it('keeps every call of the CLI and the page under the request limit and the contract’s file limit', () => {
    for (const batch of [CLI_IMPORT_BATCH, PAGE_IMPORT_BATCH]) {
      expect(worstCaseRequestBytes(batch)).toBeLessThanOrEqual(MAX_REQUEST_BYTES);
      expect(batch.files).toBeLessThanOrEqual(MAX_IMPORT_BATCH_FILES);
    }
    // A lone file of the largest size allowed fits too, and a careless limit would not.
    expect(largestRequestBytes([MAX_FILE_BYTES])).toBeLessThanOrEqual(MAX_REQUEST_BYTES);
    expect(worstCaseRequestBytes({ files: 50, bytes: 40 * 1024 * 1024 })).toBeGreaterThan(MAX_REQUEST_BYTES);
  });

  it('keeps the page’s batches small, so Cancel waits for little', () => {
    expect(PAGE_IMPORT_BATCH.files).toBeLessThanOrEqual(10);
    expect(PAGE_IMPORT_BATCH.bytes).toBeLessThanOrEqual(2 * 1024 * 1024);
  });
});
