import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { migrate } from '../../../../electron/core/db/migrate';
import { LATEST_SCHEMA_VERSION, MIGRATIONS, type Migration } from '../../../../electron/core/db/migrations';
import { makeTempDir } from '../../../helpers/temp-library';

function newDatabase(): Database.Database {
  const db = new Database(join(makeTempDir(), 'migrate.sqlite'));
  onTestFinished(() => {
    db.close();
  });
  return db;
}

function tables(db: Database.Database): string[] {
  return (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as Array<{ name: string }>).map((row) => row.name);
}

const userVersion = (db: Database.Database) => db.pragma('user_version', { simple: true });

describe('migrate', () => {
  it('takes a new file from 0 to the latest version, with the tables in place', () => {
    const db = newDatabase();
    expect(userVersion(db)).toBe(0);
    expect(migrate(db)).toBe(LATEST_SCHEMA_VERSION);
    expect(userVersion(db)).toBe(LATEST_SCHEMA_VERSION);
    expect(tables(db)).toEqual(expect.arrayContaining(['clippings', 'library_meta', 'originals']));
    expect(db.prepare("SELECT value FROM library_meta WHERE key = 'library_id'").pluck().get()).toMatch(/^[0-9a-f]{32}$/);
  });

  it('does nothing the second time', () => {
    const db = newDatabase();
    migrate(db);
    const libraryId = db.prepare("SELECT value FROM library_meta WHERE key = 'library_id'").pluck().get();
    expect(migrate(db)).toBe(LATEST_SCHEMA_VERSION);
    expect(db.prepare('SELECT count(*) FROM library_meta').pluck().get()).toBe(2);
    expect(db.prepare("SELECT value FROM library_meta WHERE key = 'library_id'").pluck().get()).toBe(libraryId);
  });

  it('applies only the migrations newer than the file', () => {
    const db = newDatabase();
    migrate(db, MIGRATIONS.slice(0, 1));
    expect(userVersion(db)).toBe(1);
    expect(tables(db)).not.toContain('library_meta');
    expect(migrate(db)).toBe(LATEST_SCHEMA_VERSION);
    expect(tables(db)).toContain('library_meta');
  });

  it('runs each migration in one transaction: a failing statement leaves version and schema as they were', () => {
    const db = newDatabase();
    const broken: Migration[] = [
      { version: 1, name: 'broken', sql: 'CREATE TABLE first_ok (x); INSERT INTO no_such_table VALUES (1); CREATE TABLE never (y);' },
    ];
    expect(() => migrate(db, broken)).toThrow(/no_such_table/);
    expect(userVersion(db)).toBe(0);
    expect(tables(db)).toEqual([]);
  });

  it('keeps the migrations before a failing one', () => {
    const db = newDatabase();
    const list: Migration[] = [
      { version: 1, name: 'good', sql: 'CREATE TABLE good (x);' },
      { version: 2, name: 'bad', sql: 'CREATE TABLE half (x); CREATE TABLE good (y);' },
    ];
    expect(() => migrate(db, list)).toThrow(/already exists/);
    expect(userVersion(db)).toBe(1);
    expect(tables(db)).toEqual(['good']);
  });
});
