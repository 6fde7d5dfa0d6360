// Every user action that writes is one transaction, begun with the write lock (BEGIN IMMEDIATE), so
// a second process on the same library waits (busy_timeout) instead of failing with SQLITE_BUSY
// half-way. Called inside another transaction, it runs as a savepoint of that one.
import type Database from 'better-sqlite3';
import { bulkCheckpoints, type BulkCheckpoints } from './write-ahead-log';

export interface WriteTransaction {
  <A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R;
  /** Bulk imports: their commits share WAL checkpoints, and one follows the last of them. */
  bulk: BulkCheckpoints;
}

export function writeTransactions(db: Database.Database): WriteTransaction {
  const write = <A extends unknown[], R>(fn: (...args: A) => R) => {
    const transaction = db.transaction(fn);
    return (...args: A) => transaction.immediate(...args);
  };
  return Object.assign(write, { bulk: bulkCheckpoints(db) });
}
