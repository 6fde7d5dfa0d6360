// Why a library could not be opened, in words: a busy library, a full disk or a failing drive is
// never called damaged, and each says what to do.
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { toLibraryError } from '../../../../electron/core/db/library-open-errors';

const PATH = '/home/analyst/cases/library.sqlite';
const sqliteError = (code: string) => new Database.SqliteError(code.toLowerCase().replace(/_/g, ' '), code);

describe('toLibraryError', () => {
  it.each([
    ['SQLITE_BUSY', 'busy', /in use.*Try again/],
    ['SQLITE_BUSY_SNAPSHOT', 'busy', /in use.*Try again/],
    ['SQLITE_FULL', 'disk_full', /disk .* is full.*Free some space/],
    ['SQLITE_IOERR', 'io_error', /disk reported an error.*drive/],
    ['SQLITE_IOERR_SHORT_READ', 'io_error', /disk reported an error.*drive/],
    ['SQLITE_READONLY', 'unwritable', /folder \/home\/analyst\/cases is read-only.*journal files/],
  ])('explains %s as %s, not as damage', (code, problem, wording) => {
    const error = toLibraryError(sqliteError(code), PATH);
    expect(error.problem).toBe(problem);
    expect(error.path).toBe(PATH);
    expect(error.message).toMatch(wording);
    expect(error.message).not.toMatch(/damaged|restore/);
  });

  it('calls a corrupt file damaged, and says to restore it', () => {
    const error = toLibraryError(sqliteError('SQLITE_CORRUPT'), PATH);
    expect(error.problem).toBe('corrupt');
    expect(error.message).toMatch(/damaged.*restore it from a backup/);
  });

  it('calls a file that is not a database not_sqlite', () => {
    expect(toLibraryError(sqliteError('SQLITE_NOTADB'), PATH).problem).toBe('not_sqlite');
  });
});
