import { describe, expect, it } from 'vitest';
import { LIMITS, MAX_FILE_BYTES, MAX_PASTE_BYTES, MAX_REQUEST_BYTES, formatBytes, requestTooLargeMessage, utf8ByteLength } from '../../shared/limits';

describe('formatBytes', () => {
  it.each([
    [0, '0 bytes'],
    [1023, '1023 bytes'],
    [1024, '1 KiB'],
    [900 * 1024, '900 KiB'],
    [1536, '1.5 KiB'],
    [1024 * 1024, '1 MiB'],
    [Math.round(1.3 * 1024 * 1024), '1.3 MiB'],
    [MAX_PASTE_BYTES, '5 MiB'],
    [MAX_FILE_BYTES, '32 MiB'],
    [MAX_REQUEST_BYTES, '48 MiB'],
  ])('%i bytes reads as %s', (bytes, expected) => {
    expect(formatBytes(bytes)).toBe(expected);
  });

  // A size just over (or under) a limit must not read as the limit itself: "is 32 MiB; a file may
  // be at most 32 MiB" contradicts itself.
  it.each([
    [MAX_FILE_BYTES + 1, '32 MiB + 1 byte'],
    [MAX_FILE_BYTES + 2, '32 MiB + 2 bytes'],
    [MAX_FILE_BYTES - 1, '32 MiB − 1 byte'],
    [MAX_FILE_BYTES + 1023, '32 MiB + 1023 bytes'],
    [MAX_FILE_BYTES + 1536, '32 MiB + 1.5 KiB'],
    [MAX_FILE_BYTES + 50 * 1024, '32 MiB + 50 KiB'],
    [MAX_PASTE_BYTES + 1, '5 MiB + 1 byte'],
    [1025, '1 KiB + 1 byte'],
    [1024 * 1024 - 1, '1 MiB − 1 byte'],
    [1536 + 1, '1.5 KiB + 1 byte'],
  ])('%i bytes reads as %s, not as the round size beside it', (bytes, expected) => {
    expect(formatBytes(bytes)).toBe(expected);
  });

  it('never shows a size next to a limit the same as the limit', () => {
    for (const limit of [MAX_PASTE_BYTES, MAX_FILE_BYTES, MAX_REQUEST_BYTES, 1024, 1024 * 1024]) {
      for (const delta of [1, 2, 100, 1023, 1024, 1025, 4096, 52_428, 52_429, 104_857]) {
        expect(formatBytes(limit + delta), `${limit} + ${delta}`).not.toBe(formatBytes(limit));
        if (delta < limit) expect(formatBytes(limit - delta), `${limit} - ${delta}`).not.toBe(formatBytes(limit));
      }
    }
  });
});

describe('utf8ByteLength', () => {
  const cases: Array<[string, string]> = [
    ['empty', ''],
    ['ASCII', 'hello, world'],
    ['two-byte Latin', 'café résumé'],
    ['three-byte', '€ — “quotes” 中文'],
    ['surrogate pair (emoji)', '😀'],
    ['pairs in a row', '😀👍🏽🇫🇷'],
    ['lone high surrogate at the end', 'abc\ud83d'],
    ['lone high surrogate before a letter', '\ud83dabc'],
    ['lone low surrogate', 'a\ude00b'],
    ['low then high (reversed pair)', '\ude00\ud83d'],
    ['two highs then a low', '\ud83d\ud83d\ude00'],
    ['boundaries', '\u007f\u0080\u07ff\u0800\uffff'],
  ];

  it.each(cases)('%s agrees with Buffer.byteLength', (_name, text) => {
    expect(utf8ByteLength(text)).toBe(Buffer.byteLength(text, 'utf8'));
  });

  it('agrees with Buffer.byteLength on many random strings', () => {
    // A fixed-seed generator: the same strings on every run.
    let seed = 0x2545f491;
    const next = () => {
      seed ^= seed << 13;
      seed ^= seed >>> 17;
      seed ^= seed << 5;
      return seed >>> 0;
    };
    const pool = [0x41, 0x7f, 0x80, 0x7ff, 0x800, 0xd7ff, 0xd800, 0xdbff, 0xdc00, 0xdfff, 0xe000, 0xfffd, 0xffff];
    for (let round = 0; round < 500; round++) {
      const units: number[] = [];
      const length = next() % 20;
      for (let i = 0; i < length; i++) units.push(next() % 2 ? pool[next() % pool.length]! : next() % 0x10000);
      const text = String.fromCharCode(...units);
      expect(utf8ByteLength(text), JSON.stringify(units)).toBe(Buffer.byteLength(text, 'utf8'));
    }
  });
});

describe('limits', () => {
  it('leaves room for a base64-encoded file in a request', () => {
    expect(MAX_REQUEST_BYTES).toBeGreaterThan(Math.ceil(MAX_FILE_BYTES / 3) * 4);
    expect(MAX_PASTE_BYTES).toBeLessThan(MAX_FILE_BYTES);
    expect(Object.keys(LIMITS).sort()).toEqual(['MAX_FILE_BYTES', 'MAX_PASTE_BYTES', 'MAX_REQUEST_BYTES', 'MAX_TAG_CHARS', 'MAX_TITLE_CHARS']);
  });

  it('names the request limit in words and by name', () => {
    expect(requestTooLargeMessage()).toContain('48 MiB');
    expect(requestTooLargeMessage()).toContain('MAX_REQUEST_BYTES');
  });
});
