// Every write transaction takes the write lock at its start (BEGIN IMMEDIATE), so a second process
// waits out the busy timeout instead of failing half-way with SQLITE_BUSY or SQLITE_BUSY_SNAPSHOT.
// The source check keeps it so: transactions are made only by writeTransactions().
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { writeTransactions } from '../../../../electron/core/db/write-transaction';
import { electronLinesMatching } from '../../../helpers/source-lines';
import { makeTempDir } from '../../../helpers/temp-library';

const HELPER = 'electron/core/db/write-transaction.ts';
const linesMatching = (pattern: RegExp) => electronLinesMatching(pattern, HELPER);

function twoConnections() {
  const path = join(makeTempDir(), 'lock.sqlite');
  const first = new Database(path);
  const second = new Database(path);
  onTestFinished(() => {
    first.close();
    second.close();
  });
  first.pragma('journal_mode = WAL');
  first.exec('CREATE TABLE t (x INTEGER)');
  second.pragma('busy_timeout = 0');
  return { first, second };
}

describe('writeTransactions', () => {
  it('holds the write lock from the start, before the transaction has read or written anything', () => {
    const { first, second } = twoConnections();
    let otherWriterRefused = false;
    writeTransactions(first)(() => {
      try {
        second.exec('INSERT INTO t VALUES (2)');
      } catch (error) {
        otherWriterRefused = (error as { code?: string }).code === 'SQLITE_BUSY';
      }
      first.prepare('INSERT INTO t VALUES (1)').run();
    })();
    expect(otherWriterRefused).toBe(true);
    expect(first.prepare('SELECT x FROM t').pluck().all()).toEqual([1]);
  });

  it('runs as a savepoint inside another write transaction, rolled back with it', () => {
    const { first } = twoConnections();
    const write = writeTransactions(first);
    const insert = write((x: number) => first.prepare('INSERT INTO t VALUES (?)').run(x));
    expect(() =>
      write(() => {
        insert(1);
        throw new Error('the outer action fails');
      })(),
    ).toThrow('the outer action fails');
    expect(first.prepare('SELECT count(*) FROM t').pluck().get()).toBe(0);
  });
});

describe('the source', () => {
  it('begins every transaction through writeTransactions (no db.transaction elsewhere)', () => {
    expect(linesMatching(/\.transaction\s*\(/)).toEqual([]);
  });

  it('never begins a transaction by hand with BEGIN', () => {
    // A string that starts with BEGIN; CREATE TRIGGER … BEGIN inside migration SQL is not one.
    expect(linesMatching(/['"`]\s*BEGIN\b/i)).toEqual([]);
  });
});
