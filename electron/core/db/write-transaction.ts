// Every user action that writes is one transaction, begun with the write lock (BEGIN IMMEDIATE), so
// a second process on the same library waits (busy_timeout) instead of failing with SQLITE_BUSY
// half-way. Called inside another transaction, it runs as a savepoint of that one.
import type Database from 'better-sqlite3';

export type WriteTransaction = <A extends unknown[], R>(fn: (...args: A) => R) => (...args: A) => R;

export function writeTransactions(db: Database.Database): WriteTransaction {
  return (fn) => {
    const transaction = db.transaction(fn);
    return (...args) => transaction.immediate(...args);
  };
}
