import { describe, expect, it } from 'vitest';
import { decodeTextBytes } from '../../../../electron/core/import/decode-text';

const SAMPLE = 'Café “quoted” — 北京 😀\nsecond line\ttabbed';

function utf16be(text: string): Buffer {
  const le = Buffer.from(text, 'utf16le');
  for (let i = 0; i < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1]!, le[i]!];
  return le;
}

describe('decodeTextBytes', () => {
  it('decodes UTF-8', () => {
    expect(decodeTextBytes(Buffer.from(SAMPLE, 'utf8'))).toEqual({ text: SAMPLE, encoding: 'utf-8' });
  });

  it('drops a UTF-8 byte order mark', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(SAMPLE, 'utf8')]);
    expect(decodeTextBytes(bytes)).toEqual({ text: SAMPLE, encoding: 'utf-8' });
  });

  it('decodes UTF-16LE with its byte order mark', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(SAMPLE, 'utf16le')]);
    expect(decodeTextBytes(bytes)).toEqual({ text: SAMPLE, encoding: 'utf-16le' });
  });

  it('decodes UTF-16BE with its byte order mark', () => {
    const bytes = Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(SAMPLE)]);
    expect(decodeTextBytes(bytes)).toEqual({ text: SAMPLE, encoding: 'utf-16be' });
  });

  it('falls back to Windows-1252 for bytes that are not UTF-8', () => {
    // “Caf\xe9” — 0x93/0x94 are curly quotes, 0xE9 is é, 0x80 is €, 0x97 an em dash.
    const bytes = Buffer.from([0x93, 0x43, 0x61, 0x66, 0xe9, 0x94, 0x20, 0x97, 0x20, 0x35, 0x80]);
    expect(decodeTextBytes(bytes)).toEqual({ text: '“Café” — 5€', encoding: 'windows-1252' });
  });

  it('maps every byte 0x80–0x9F as Windows-1252 does, not as Latin-1', () => {
    // The printable ones; 0x81, 0x8D, 0x8F, 0x90 and 0x9D stay as they are (WHATWG index).
    const bytes = Buffer.from([
      0x80, 0x82, 0x83, 0x84, 0x85, 0x86, 0x87, 0x88, 0x89, 0x8a, 0x8b, 0x8c, 0x8e, 0x91, 0x92, 0x93, 0x94, 0x95, 0x96, 0x97, 0x98, 0x99, 0x9a, 0x9b, 0x9c,
      0x9e, 0x9f,
    ]);
    expect(decodeTextBytes(bytes)).toEqual({ text: '€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ', encoding: 'windows-1252' });
  });

  it('accepts empty input as empty text', () => {
    expect(decodeTextBytes(new Uint8Array(0))).toEqual({ text: '', encoding: 'utf-8' });
  });

  it('tolerates a stray control character in a long text', () => {
    const text = `${'Plain prose. '.repeat(20)}\u0007${'More prose. '.repeat(20)}`;
    expect(decodeTextBytes(Buffer.from(text, 'utf8'))?.text).toBe(text);
  });

  it('refuses a PNG', () => {
    const png = Buffer.from([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08,
      0x06, 0x00, 0x00, 0x00, 0x1f, 0x15, 0xc4, 0x89,
    ]);
    expect(decodeTextBytes(png)).toBeNull();
  });

  it('refuses random bytes, with or without NULs', () => {
    let seed = 12345;
    const random = Buffer.alloc(4096);
    for (let i = 0; i < random.length; i++) {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      random[i] = seed >> 16;
    }
    expect(random.includes(0)).toBe(true);
    expect(decodeTextBytes(random)).toBeNull();
    expect(decodeTextBytes(random.map((byte) => byte || 1))).toBeNull();
  });

  it('refuses UTF-16 whose bytes do not pair up', () => {
    expect(decodeTextBytes(Buffer.from([0xff, 0xfe, 0x41, 0x00, 0x42]))).toBeNull();
  });
});
