// Opens (or creates) a library file. Every refusal happens before SQLite writes a byte:
// the header is read by hand first, and the schema is read before WAL mode or migrations.
import Database from 'better-sqlite3';
import { accessSync, constants, mkdirSync, openSync, readSync, closeSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { LATEST_SCHEMA_VERSION } from './migrations';
import { migrate } from './migrate';
import { inspectSqliteHeader } from './sqlite-header';
import { LibraryError } from './library-errors';
import { HINT, lowerFirst, readOnlyFolderError, toLibraryError } from './library-open-errors';
import { BUSY_TIMEOUT_MS } from './sqlite-problems';
import { useWriteAheadLog } from './write-ahead-log';

export interface Library {
  db: Database.Database;
  path: string;
  close(): void;
}

export interface OpenLibraryOptions {
  /** Path to a better_sqlite3.node built for the current runtime (Electron needs its own). */
  nativeBinding?: string;
}

/** The page cache's size in KiB. */
const PAGE_CACHE_KIB = 32 * 1024;

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
    // First of all: another process opening or writing the same library makes us wait, not fail.
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    // Read before writing anything: a damaged file fails here and stays as it was.
    refuseIfNotALibrary(db, absolute);
    db.pragma('foreign_keys = ON');
    useWriteAheadLog(db, BUSY_TIMEOUT_MS);
    // NORMAL in WAL mode: a commit survives an app crash and the file can never be corrupted; a
    // power cut may lose the last commits. FULL would fsync every commit and cut bulk import tenfold.
    db.pragma('synchronous = NORMAL');
    // 32 MB of page cache (SQLite's default is 2 MB): a search reads a few MB of the index, and with
    // 2 MB each query found little of it cached; the first run of a common-word query at 100,000
    // clippings took 30 ms at p95, 19 ms with this. Filled only as pages are read; no memory-mapped
    // I/O, which would turn a disk's read error into a crash instead of an error to report.
    db.pragma(`cache_size = -${PAGE_CACHE_KIB}`);
    migrate(db);
  } catch (error) {
    db.close();
    throw toLibraryError(error, absolute);
  }
  return { db, path: absolute, close: () => db.close() };
}

/** Schema version and object count read in one statement, so both come from the same moment. */
function refuseIfNotALibrary(db: Database.Database, absolute: string): void {
  const { objects, version } = db
    .prepare('SELECT (SELECT count(*) FROM sqlite_master) AS objects, (SELECT user_version FROM pragma_user_version) AS version')
    .get() as { objects: number; version: number };
  refuseIfTooNew(version, absolute);
  // Migrations run in transactions, so a library at version 0 has no tables: any are another program's.
  if (version === 0 && objects > 0) {
    throw new LibraryError(
      'not_a_library',
      absolute,
      `${absolute} is an SQLite database of another program, not a notebook library. It was left unchanged. ${HINT}`,
    );
  }
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
  if (!canWrite(dirname(absolute))) throw readOnlyFolderError(absolute, 'no write permission');
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
    throw new LibraryError(
      'unwritable',
      absolute,
      `Cannot create the library ${absolute}: the folder ${folder} cannot be written (${code}), and SQLite writes the library and its journal files there. ${HINT}`,
    );
  }
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
