// Opens (or creates) a library file. Every refusal happens before SQLite writes a byte:
// the header is read by hand first, and the schema is read before WAL mode or migrations.
import Database from 'better-sqlite3';
import { accessSync, constants, mkdirSync, openSync, readSync, closeSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { LATEST_SCHEMA_VERSION } from './migrations';
import { migrate } from './migrate';
import { inspectSqliteHeader } from './sqlite-header';
import { LibraryError } from './library-errors';

export interface Library {
  db: Database.Database;
  path: string;
  close(): void;
}

export interface OpenLibraryOptions {
  /** Path to a better_sqlite3.node built for the current runtime (Electron needs its own). */
  nativeBinding?: string;
}

const HINT = 'Choose another library with --library PATH (or NOTEBOOK_LIBRARY).';

export function openLibrary(path: string, options: OpenLibraryOptions = {}): Library {
  const absolute = resolve(path);
  checkFileBeforeOpening(absolute);

  let db: Database.Database;
  try {
    db = new Database(absolute, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  } catch (error) {
    throw toLibraryError(error, absolute);
  }
  try {
    // Read before writing anything: a damaged file fails here and stays as it was.
    const { objects } = db.prepare('SELECT count(*) AS objects FROM sqlite_master').get() as { objects: number };
    const version = db.pragma('user_version', { simple: true }) as number;
    refuseIfTooNew(version, absolute);
    // Migrations run in transactions, so a library at version 0 has no tables: any are another program's.
    if (version === 0 && objects > 0) {
      throw new LibraryError(
        'not_a_library',
        absolute,
        `${absolute} is an SQLite database of another program, not a notebook library. It was left unchanged. ${HINT}`,
      );
    }
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    db.pragma('journal_mode = WAL');
    // NORMAL in WAL mode: a commit survives an app crash and the file can never be corrupted; a
    // power cut may lose the last commits. FULL would fsync every commit and cut bulk import tenfold.
    db.pragma('synchronous = NORMAL');
    migrate(db);
  } catch (error) {
    db.close();
    throw toLibraryError(error, absolute);
  }
  return { db, path: absolute, close: () => db.close() };
}

function checkFileBeforeOpening(absolute: string): void {
  const stats = statOrNull(absolute);
  if (stats === null) {
    ensureWritableFolder(dirname(absolute), absolute);
    return;
  }
  if (!stats.isFile()) {
    throw new LibraryError('not_a_file', absolute, `The library path ${absolute} is a folder, not a file. ${HINT}`);
  }
  const verdict = inspectSqliteHeader(readHeader(absolute));
  if (verdict.kind === 'not_sqlite') {
    throw new LibraryError('not_sqlite', absolute, `${absolute} is not a notebook library (it is not an SQLite database). It was left unchanged. ${HINT}`);
  }
  if (verdict.kind === 'sqlite') refuseIfTooNew(verdict.userVersion, absolute);
  if (!canWrite(absolute)) {
    throw new LibraryError('unwritable', absolute, `The library ${absolute} is read-only. Make it writable or ${lowerFirst(HINT)}`);
  }
}

function refuseIfTooNew(version: number, absolute: string): void {
  if (version > LATEST_SCHEMA_VERSION) {
    throw new LibraryError(
      'too_new',
      absolute,
      `The library ${absolute} was made by a newer version of Research Notebook (schema ${version}; this app knows up to ${LATEST_SCHEMA_VERSION}). ` +
        'It was left unchanged. Update the app to open it.',
    );
  }
}

function ensureWritableFolder(folder: string, absolute: string): void {
  try {
    mkdirSync(folder, { recursive: true });
    accessSync(folder, constants.W_OK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unknown error';
    throw new LibraryError('unwritable', absolute, `Cannot create the library ${absolute}: the folder ${folder} cannot be written (${code}). ${HINT}`);
  }
}

function toLibraryError(error: unknown, absolute: string): LibraryError {
  if (error instanceof LibraryError) return error;
  const code = (error as { code?: string }).code ?? '';
  const detail = (error as Error).message;
  if (code === 'SQLITE_NOTADB') {
    return new LibraryError('not_sqlite', absolute, `${absolute} is not a notebook library (${detail}). It was left unchanged. ${HINT}`);
  }
  if (code.startsWith('SQLITE_CANTOPEN') || code.startsWith('SQLITE_READONLY') || code === 'SQLITE_PERM') {
    return new LibraryError('unwritable', absolute, `Cannot open the library ${absolute} for writing (${detail}). ${HINT}`);
  }
  return new LibraryError(
    'corrupt',
    absolute,
    `The library ${absolute} is damaged and cannot be opened (${detail}). It was left unchanged: restore it from a backup, or ${lowerFirst(HINT)}`,
  );
}

function statOrNull(path: string) {
  try {
    return statSync(path);
  } catch {
    return null;
  }
}

function readHeader(path: string): Uint8Array {
  const fd = openSync(path, 'r');
  try {
    const header = Buffer.alloc(100);
    const read = readSync(fd, header, 0, 100, 0);
    return header.subarray(0, read);
  } finally {
    closeSync(fd);
  }
}

function canWrite(path: string): boolean {
  try {
    accessSync(path, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
