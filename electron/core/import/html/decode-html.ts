// A saved web page's bytes as a string: a byte order mark wins, then the charset the page declares
// in its first 1024 bytes (as browsers prescan), then UTF-8, then Windows-1252.
import { decodeDeclaredCharset, decodeTextBytes, type DecodedText } from '../decode-text';

const PRESCAN_BYTES = 1024;

export function decodeHtmlBytes(bytes: Uint8Array): DecodedText | null {
  const hasBom = (bytes[0] === 0xef && bytes[1] === 0xbb) || (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (!hasBom) {
    const label = declaredCharset(bytes);
    if (label !== null) {
      const declared = decodeDeclaredCharset(bytes, label);
      if (declared !== null) return declared;
    }
  }
  return decodeTextBytes(bytes);
}

/** The label of <meta charset="…"> or <meta http-equiv="Content-Type" content="…; charset=…">. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, PRESCAN_BYTES)).toString('latin1');
  for (const meta of head.match(/<meta\b[^>]*>/giu) ?? []) {
    const label = /charset\s*=\s*["']?\s*([\w.:-]+)/iu.exec(meta)?.[1];
    if (label) return label;
  }
  return null;
}
