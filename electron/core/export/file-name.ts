// A note's title as a file name every file system accepts: no path separators or characters
// Windows refuses, no control characters, no reserved device names, not too long.
const FORBIDDEN = /[<>:"/\\|?*\u0000-\u001F\u007F]/gu;
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])$/iu;
/** Bytes, not characters: most file systems limit a name to 255 bytes; room is left for the extension. */
const MAX_NAME_BYTES = 200;

export function exportFileName(title: string, extension: string): string {
  let name = title.normalize('NFC').replace(FORBIDDEN, ' ').replace(/\s+/gu, ' ').trim();
  // Windows drops trailing dots and spaces; a leading dot hides the file on Unix.
  name = name.replace(/^[.\s]+|[.\s]+$/gu, '');
  name = truncateToBytes(name, MAX_NAME_BYTES).trim();
  if (name === '' || WINDOWS_RESERVED.test(name)) name = name === '' ? 'Untitled note' : `${name} note`;
  return `${name}.${extension}`;
}

function truncateToBytes(text: string, maxBytes: number): string {
  let bytes = 0;
  let out = '';
  for (const char of text) {
    bytes += Buffer.byteLength(char, 'utf8');
    if (bytes > maxBytes) break;
    out += char;
  }
  return out;
}
