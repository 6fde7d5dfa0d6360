// The one-line explanations a door prints when a library cannot be opened: what happened, whether
// the file was changed (it never is), and what to do next.
import { basename, dirname } from 'node:path';
import { LibraryError } from './library-errors';
import { BUSY_TIMEOUT_MS, classifySqliteError } from './sqlite-problems';

export const HINT = 'Choose another library with --library PATH (or NOTEBOOK_LIBRARY).';

export function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** SQLite keeps its journal (the -wal and -shm files) beside the library, so it must write the folder. */
export function readOnlyFolderError(absolute: string, detail: string): LibraryError {
  const folder = dirname(absolute);
  const name = basename(absolute);
  return new LibraryError(
    'unwritable',
    absolute,
    `Cannot open the library ${absolute}: the folder ${folder} is read-only for this user (${detail}), and SQLite must write its journal files ` +
      `(${name}-wal and ${name}-shm) beside the library. The library was left unchanged. Make the folder writable, or copy the library to a folder you can write to and open that copy.`,
  );
}

export function toLibraryError(error: unknown, absolute: string): LibraryError {
  if (error instanceof LibraryError) return error;
  const detail = (error as Error).message;
  switch (classifySqliteError(error)) {
    case 'busy':
      return new LibraryError(
        'busy',
        absolute,
        `The library ${absolute} is in use: another program (another window, a command-line import or a backup) kept it busy for more than ${BUSY_TIMEOUT_MS / 1000} seconds (${detail}). ` +
          'Nothing was changed. Try again when it has finished.',
      );
    case 'disk_full':
      return new LibraryError(
        'disk_full',
        absolute,
        `The disk holding the library ${absolute} is full (${detail}). Nothing was changed. Free some space on it and try again.`,
      );
    case 'io_error':
      return new LibraryError(
        'io_error',
        absolute,
        `The library ${absolute} could not be read or written: the disk reported an error (${detail}). The file itself may well be intact. ` +
          'Check that the drive is still connected and healthy, then try again; if the error comes back, copy the library to another disk.',
      );
    case 'readonly':
      return readOnlyFolderError(absolute, detail);
    case 'cannot_open':
      return new LibraryError('unwritable', absolute, `Cannot open the library ${absolute} for writing (${detail}). ${HINT}`);
    default:
      if ((error as { code?: string }).code === 'SQLITE_NOTADB') {
        return new LibraryError('not_sqlite', absolute, `${absolute} is not a notebook library (${detail}). It was left unchanged. ${HINT}`);
      }
      return new LibraryError(
        'corrupt',
        absolute,
        `The library ${absolute} is damaged and cannot be opened (${detail}). It was left unchanged: restore it from a backup, or ${lowerFirst(HINT)}`,
      );
  }
}
