// Size limits shared by every door (IPC, browser mode, CLI). Errors name them in words.
const MiB = 1024 * 1024;

/** Largest pasted clipping, as UTF-8 bytes. */
export const MAX_PASTE_BYTES = 5 * MiB;
/** Largest file accepted for import. */
export const MAX_FILE_BYTES = 32 * MiB;
/** Largest request body a door accepts (a file travels base64-encoded, so 4/3 of MAX_FILE_BYTES plus room). */
export const MAX_REQUEST_BYTES = 48 * MiB;
/** Most files in one clippings.importFiles call (the whole call must also fit in MAX_REQUEST_BYTES). */
export const MAX_IMPORT_BATCH_FILES = 200;
/** Longest title a user may type. */
export const MAX_TITLE_CHARS = 500;
/** Longest tag name. */
export const MAX_TAG_CHARS = 60;
/** Largest note, as the UTF-8 bytes of its Lexical JSON (room for a 5 MB paste and its markup). */
export const NOTE_MAX_CONTENT_BYTES = 16 * MiB;

export const LIMITS = {
  MAX_PASTE_BYTES,
  MAX_FILE_BYTES,
  MAX_REQUEST_BYTES,
  MAX_TITLE_CHARS,
  MAX_TAG_CHARS,
} as const;

/**
 * "5 MiB", "1.3 MiB", "900 KiB", "12 bytes": sizes as people read them in error messages. A size
 * that rounds to a whole or half unit without being exactly that shows how far off it is ("32 MiB
 * + 1 byte"), so a size just over a limit never reads as the limit itself.
 */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return bytes === 1 ? '1 byte' : `${bytes} bytes`;
  // A size that rounds to 1 MiB reads in MiB ("1 MiB − 1 byte", not "1024 KiB − 1 byte").
  const unit = Math.round((bytes * 10) / MiB) >= 10 ? MiB : 1024;
  const name = unit === MiB ? 'MiB' : 'KiB';
  const tenths = Math.round((bytes * 10) / unit);
  const shown = `${trimZero((tenths / 10).toFixed(1))} ${name}`;
  const shownBytes = (tenths * unit) / 10;
  // Only whole and half units name an exact byte count (as the limits do); others are plainly rounded.
  if (shownBytes === bytes || !Number.isInteger(shownBytes)) return shown;
  return `${shown} ${bytes > shownBytes ? '+' : '−'} ${formatBytes(Math.abs(bytes - shownBytes))}`;
}

function trimZero(n: string): string {
  return n.endsWith('.0') ? n.slice(0, -2) : n;
}

/** UTF-8 length of a string without allocating the encoded bytes. */
export function utf8ByteLength(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i++;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}

export function requestTooLargeMessage(): string {
  return `The request is larger than ${formatBytes(MAX_REQUEST_BYTES)} (MAX_REQUEST_BYTES), so it was refused.`;
}
