import Database from 'better-sqlite3';
import { existsSync, mkdirSync, openSync, writeFileSync, writeSync, closeSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LibraryError, type LibraryProblem } from '../../../../electron/core/db/library-errors';
import { LATEST_SCHEMA_VERSION } from '../../../../electron/core/db/migrations';
import { openLibrary } from '../../../../electron/core/db/open-library';
import { electronLinesMatching } from '../../../helpers/source-lines';
import { fileSha256, makeTempDir, sidecarFiles } from '../../../helpers/temp-library';

function refusal(path: string): LibraryError {
  try {
    openLibrary(path).close();
  } catch (error) {
    expect(error).toBeInstanceOf(LibraryError);
    return error as LibraryError;
  }
  throw new Error(`openLibrary(${path}) was expected to refuse the file`);
}

function expectRefusedUntouched(path: string, problem: LibraryProblem): LibraryError {
  const before = fileSha256(path);
  const error = refusal(path);
  expect(error.problem).toBe(problem);
  expect(error.path).toBe(path);
  expect(fileSha256(path)).toBe(before);
  expect(sidecarFiles(path)).toEqual([]);
  return error;
}

describe('openLibrary: the only door to SQLite', () => {
  it('opens every connection the app makes, so each gets the native binding Electron needs', () => {
    // A connection made elsewhere (a scratch database, say) would load Node's build of the binding,
    // which the desktop app cannot load: the core would fail to open there, and no test here would see it.
    expect(electronLinesMatching(/new Database\b|\bDatabase\s*\(/, 'electron/core/db/open-library.ts')).toEqual([]);
  });
});

describe('openLibrary: a good library', () => {
  it('creates a new library, its folders, in WAL mode with foreign keys on and a 32 MB page cache', () => {
    const path = join(makeTempDir(), 'nested', 'deeper', 'library.sqlite');
    const library = openLibrary(path);
    try {
      expect(library.path).toBe(path);
      expect(library.db.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(library.db.pragma('foreign_keys', { simple: true })).toBe(1);
      expect(library.db.pragma('cache_size', { simple: true })).toBe(-32 * 1024);
      expect(library.db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    } finally {
      library.close();
    }
    expect(existsSync(path)).toBe(true);
  });

  it('enforces foreign keys: a clipping needs its original', () => {
    const library = openLibrary(join(makeTempDir(), 'library.sqlite'));
    try {
      const insert = library.db.prepare(`
        INSERT INTO clippings (id, title, text, sha256, importer, importer_version, word_count, captured_at, updated_at)
        VALUES ('c1', 't', 'x', 'no-such-original', 'paste', '1', 1, 'now', 'now')`);
      expect(() => insert.run()).toThrow(/FOREIGN KEY/);
    } finally {
      library.close();
    }
  });

  it('opens an empty file as a new library', () => {
    const path = join(makeTempDir(), 'empty.sqlite');
    writeFileSync(path, '');
    const library = openLibrary(path);
    expect(library.db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    library.close();
  });
});

describe('openLibrary: files it refuses, untouched', () => {
  it('refuses a text file as not_sqlite', () => {
    const path = join(makeTempDir(), 'notes.sqlite');
    writeFileSync(path, 'These are my notes, not a database.\n'.repeat(20));
    const error = expectRefusedUntouched(path, 'not_sqlite');
    expect(error.message).toContain('not an SQLite database');
  });

  it('refuses a short file as not_sqlite', () => {
    const path = join(makeTempDir(), 'short.sqlite');
    writeFileSync(path, 'hi');
    expectRefusedUntouched(path, 'not_sqlite');
  });

  it('refuses a library made by a newer app as too_new, saying so', () => {
    const path = join(makeTempDir(), 'future.sqlite');
    const db = new Database(path);
    db.pragma('journal_mode = DELETE');
    db.exec('CREATE TABLE from_the_future (x)');
    db.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
    db.close();

    const error = expectRefusedUntouched(path, 'too_new');
    expect(error.message).toMatch(/newer/);
    expect(error.message).toContain(`schema ${LATEST_SCHEMA_VERSION + 1}`);
  });

  it('refuses a library whose first page is damaged as corrupt', () => {
    const path = join(makeTempDir(), 'damaged.sqlite');
    const library = openLibrary(path);
    library.db.pragma('wal_checkpoint(TRUNCATE)');
    library.close();
    expect(sidecarFiles(path)).toEqual([]);

    const fd = openSync(path, 'r+');
    const garbage = Buffer.alloc(4096 - 100);
    for (let i = 0; i < garbage.length; i++) garbage[i] = (i * 151 + 7) & 0xff;
    writeSync(fd, garbage, 0, garbage.length, 100);
    closeSync(fd);

    const before = fileSha256(path);
    const error = refusal(path);
    expect(error.problem).toBe('corrupt');
    expect(error.message).toMatch(/damaged/);
    expect(fileSha256(path)).toBe(before);
    expect(sidecarFiles(path)).toEqual([]);
  });

  it("refuses another program's SQLite database as not_a_library", () => {
    const path = join(makeTempDir(), 'browser-history.sqlite');
    const db = new Database(path);
    db.pragma('journal_mode = DELETE');
    db.exec("CREATE TABLE visits (url TEXT); INSERT INTO visits VALUES ('https://example.org')");
    db.close();

    const error = expectRefusedUntouched(path, 'not_a_library');
    expect(error.message).toContain('is an SQLite database of another program');
  });

  it('refuses a path whose parent is a regular file as unwritable', () => {
    const dir = makeTempDir();
    writeFileSync(join(dir, 'a-file'), 'not a folder');
    const error = refusal(join(dir, 'a-file', 'library.sqlite'));
    expect(error.problem).toBe('unwritable');
    expect(error.message).toMatch(/cannot be written/);
  });

  it('refuses a folder as not_a_file', () => {
    const dir = join(makeTempDir(), 'library.sqlite');
    mkdirSync(dir);
    const error = refusal(dir);
    expect(error.problem).toBe('not_a_file');
    expect(error.message).toContain('folder');
  });
});
