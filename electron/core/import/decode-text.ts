// Turns a text file's bytes into a string: BOMs honoured, UTF-8 first, Windows-1252 as the
// fallback for older files; bytes that look like a binary file are refused (null).
import { isUtf8 } from 'node:buffer';

export interface DecodedText {
  text: string;
  /** 'utf-8', 'utf-16le', 'utf-16be', 'windows-1252', or another WHATWG name a document declared. */
  encoding: string;
}

export function decodeTextBytes(bytes: Uint8Array): DecodedText | null {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return checked(decode('utf-8', bytes.subarray(3)), 'utf-8');
  if (startsWith(bytes, [0xff, 0xfe])) return checked(decode('utf-16le', bytes.subarray(2)), 'utf-16le');
  if (startsWith(bytes, [0xfe, 0xff])) return checked(decode('utf-16be', bytes.subarray(2)), 'utf-16be');
  if (bytes.includes(0)) return null;
  const utf8 = decode('utf-8', bytes);
  if (utf8 !== null) return checked(utf8, 'utf-8');
  return checked(decodeWindows1252(bytes), 'windows-1252');
}

// Node's TextDecoder decodes windows-1252 as Latin-1 since 20.18.3 (nodejs/node#60888), which turns
// curly quotes and € into control characters; so 0x80–0x9F are mapped here (WHATWG index-windows-1252).
const WINDOWS_1252_80_9F = [
  0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008d, 0x017d, 0x008f, 0x0090, 0x2018, 0x2019,
  0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x009d, 0x017e, 0x0178,
];

export function decodeWindows1252(bytes: Uint8Array): string {
  const units = new Uint16Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i]!;
    units[i] = byte >= 0x80 && byte < 0xa0 ? WINDOWS_1252_80_9F[byte - 0x80]! : byte;
  }
  return new TextDecoder('utf-16le').decode(units);
}

/**
 * Bytes in a charset a document declares (an HTML <meta charset>): Windows-1252 and its Latin-1
 * aliases through the table above, any other label the runtime knows through TextDecoder; null
 * when the label is unknown, the bytes do not decode, or the result looks binary.
 */
export function decodeDeclaredCharset(bytes: Uint8Array, label: string): DecodedText | null {
  const name = label.trim().toLowerCase();
  if (LATIN1_LABELS.has(name)) return checked(decodeWindows1252(bytes), 'windows-1252');
  let encoding: string;
  try {
    encoding = new TextDecoder(name).encoding;
  } catch {
    return null;
  }
  if (encoding === 'utf-8') return checked(decode('utf-8', bytes), 'utf-8');
  if (encoding === 'utf-16le' || encoding === 'utf-16be') return null; // only with a BOM (handled above)
  const text = decode(encoding, bytes);
  return text === null ? null : checked(text, encoding);
}

// The WHATWG labels that all mean windows-1252.
const LATIN1_LABELS = new Set([
  'ansi_x3.4-1968',
  'ascii',
  'cp1252',
  'cp819',
  'csisolatin1',
  'ibm819',
  'iso-8859-1',
  'iso-ir-100',
  'iso8859-1',
  'iso88591',
  'iso_8859-1',
  'iso_8859-1:1987',
  'l1',
  'latin1',
  'us-ascii',
  'windows-1252',
  'x-cp1252',
]);

function decode(encoding: string, bytes: Uint8Array): string | null {
  // Checking then converting is several times faster than a fatal TextDecoder on large pages.
  if (encoding === 'utf-8') return isUtf8(bytes) ? Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8') : null;
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** Text has few control characters; a binary file decoded by force has many. */
function checked(text: string | null, encoding: string): DecodedText | null {
  if (text === null) return null;
  let controls = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d && code !== 0x0c) || code === 0x7f) controls++;
  }
  if (controls > 0 && controls / text.length > 0.01) return null;
  return { text, encoding };
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}
