// Reads what we need from an SQLite file's 100-byte header without opening it with SQLite,
// so a file we refuse is never touched (see https://www.sqlite.org/fileformat.html).
const MAGIC = 'SQLite format 3\u0000';
const USER_VERSION_OFFSET = 60;

export type HeaderVerdict = { kind: 'empty' } | { kind: 'not_sqlite' } | { kind: 'sqlite'; userVersion: number };

export function inspectSqliteHeader(header: Uint8Array): HeaderVerdict {
  if (header.length === 0) return { kind: 'empty' };
  if (header.length < 100) return { kind: 'not_sqlite' };
  const magic = String.fromCharCode(...header.subarray(0, 16));
  if (magic !== MAGIC) return { kind: 'not_sqlite' };
  const view = new DataView(header.buffer, header.byteOffset, header.byteLength);
  return { kind: 'sqlite', userVersion: view.getUint32(USER_VERSION_OFFSET, false) };
}
