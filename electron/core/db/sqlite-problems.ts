// What an SQLite error means for the person using the library. Only SQLITE_CORRUPT and
// SQLITE_NOTADB say the file is damaged; a busy library, a full disk or a failing drive are
// reported as what they are, with what to do.
/** How long a write waits for another process's write to finish before giving up (busy_timeout). */
export const BUSY_TIMEOUT_MS = 10_000;

export type SqliteProblem = 'busy' | 'disk_full' | 'io_error' | 'readonly' | 'cannot_open' | 'damaged' | 'other';

export function sqliteCode(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : '';
}

/** Classifies by the primary result code (SQLITE_IOERR_WRITE is an I/O error, SQLITE_BUSY_SNAPSHOT busy). */
export function classifySqliteError(error: unknown): SqliteProblem {
  const code = sqliteCode(error);
  const primary = (name: string) => code === name || code.startsWith(`${name}_`);
  if (primary('SQLITE_BUSY') || primary('SQLITE_LOCKED')) return 'busy';
  if (code === 'SQLITE_FULL') return 'disk_full';
  if (primary('SQLITE_IOERR')) return 'io_error';
  if (primary('SQLITE_READONLY')) return 'readonly';
  if (primary('SQLITE_CANTOPEN') || code === 'SQLITE_PERM') return 'cannot_open';
  if (primary('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') return 'damaged';
  return 'other';
}

export function isBusy(error: unknown): boolean {
  return classifySqliteError(error) === 'busy';
}
