// A file's keys for storing (text hash, shingles, MinHash, word count, SHA-256) are computed in the
// parse worker; they must be exactly what the main thread's own functions give for the same text,
// or duplicates imported as files and as pastes (or rebuilt by repair) would not meet.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { importKeyedDocument } from '../../../../../electron/core/import';
import { minhashSignature, normaliseForDuplicates, shingleHashes } from '../../../../../shared/duplicates';
import { countWords } from '../../../../../shared/text';
import { articleText, articleWords } from '../../../../helpers/articles';

const sha256 = (data: Uint8Array | string) => createHash('sha256').update(data).digest('hex');

describe('importKeyedDocument', () => {
  it.each([
    ['plain.txt', 'Al-Qaeda’s  OFFSHOOT,\n in Syria.\n\nﬁre ① Ⅻ — and ΣΊΣΥΦΟΣ.'],
    ['notes.md', '# Heading\n\nSome *marked* text with [a link](https://example.org) and more words here.'],
    ['short.txt', 'Two words'],
    ['long.txt', articleText(articleWords(11, 5_000))],
    [
      'page.html',
      '<html><head><title>Page</title></head><body><article><p>A paragraph of the page, long enough to be read as the article body by the reader.</p></article></body></html>',
    ],
  ])('gives the keys the main thread computes for the same text: %s', async (fileName, content) => {
    const bytes = Buffer.from(content, 'utf8');
    const bytesSha256 = sha256(bytes); // before: a large file's bytes are handed over, leaving these empty
    const { document, keys } = await importKeyedDocument(fileName, bytes);
    expect(document.text.length).toBeGreaterThan(0);
    const shingles = shingleHashes(document.text);
    expect(keys.hash).toBe(sha256(normaliseForDuplicates(document.text)));
    expect([...keys.shingles]).toEqual([...shingles]);
    expect([...keys.signature]).toEqual([...minhashSignature(shingles)]);
    expect(keys.wordCount).toBe(countWords(document.text));
    expect(keys.sha256).toBe(bytesSha256);
  });

  it("hands a large file's bytes to the worker and back without copying them: the caller's are left empty", async () => {
    const content = articleText(articleWords(12, 3_000));
    const bytes = Buffer.from(content, 'utf8');
    expect(bytes.buffer.byteLength).toBe(bytes.byteLength); // its own buffer, not a view into Node's pool
    const keyed = await importKeyedDocument('large.txt', bytes);
    expect(bytes.buffer.byteLength).toBe(0);
    expect(Buffer.from(keyed.bytes).toString('utf8')).toBe(content);
    expect(keyed.keys.sha256).toBe(sha256(content));
  });

  it("copies bytes that share a buffer (a small Buffer in Node's pool), leaving them and their neighbours as they were", async () => {
    const neighbour = Buffer.from('a neighbour in the pool', 'utf8');
    const bytes = Buffer.from('Some text to import and keep.', 'utf8');
    const keyed = await importKeyedDocument('kept.txt', bytes);
    expect(bytes.toString('utf8')).toBe('Some text to import and keep.');
    expect(neighbour.toString('utf8')).toBe('a neighbour in the pool');
    expect(Buffer.from(keyed.bytes).toString('utf8')).toBe('Some text to import and keep.');
  });
});
