import Database from 'better-sqlite3';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inspectSqliteHeader } from '../../../../electron/core/db/sqlite-header';
import { makeTempDir } from '../../../helpers/temp-library';

function headerWithUserVersion(version: number): Uint8Array {
  const header = new Uint8Array(100);
  header.set(Buffer.from('SQLite format 3\u0000', 'latin1'));
  new DataView(header.buffer).setUint32(60, version, false);
  return header;
}

describe('inspectSqliteHeader', () => {
  it('calls zero bytes empty (SQLite treats an empty file as a new database)', () => {
    expect(inspectSqliteHeader(new Uint8Array(0))).toEqual({ kind: 'empty' });
  });

  it('refuses text and short files', () => {
    expect(inspectSqliteHeader(Buffer.from('hello'))).toEqual({ kind: 'not_sqlite' });
    expect(inspectSqliteHeader(Buffer.from('x'.repeat(200)))).toEqual({ kind: 'not_sqlite' });
    expect(inspectSqliteHeader(headerWithUserVersion(1).subarray(0, 99))).toEqual({ kind: 'not_sqlite' });
  });

  it('refuses a magic string that is off by one byte', () => {
    const header = headerWithUserVersion(1);
    header[15] = 0x20;
    expect(inspectSqliteHeader(header)).toEqual({ kind: 'not_sqlite' });
  });

  it('reads user_version big-endian', () => {
    expect(inspectSqliteHeader(headerWithUserVersion(0x01020304))).toEqual({ kind: 'sqlite', userVersion: 0x01020304 });
  });

  it('reads from a view that does not start at offset 0 of its buffer', () => {
    const big = new Uint8Array(300);
    big.set(headerWithUserVersion(9), 50);
    expect(inspectSqliteHeader(big.subarray(50, 150))).toEqual({ kind: 'sqlite', userVersion: 9 });
  });

  it('agrees with SQLite on a real file', () => {
    const path = join(makeTempDir(), 'real.sqlite');
    const db = new Database(path);
    db.pragma('journal_mode = DELETE');
    db.exec('CREATE TABLE t (x)');
    db.pragma('user_version = 7');
    db.close();
    expect(inspectSqliteHeader(readFileSync(path).subarray(0, 100))).toEqual({ kind: 'sqlite', userVersion: 7 });
  });
});
