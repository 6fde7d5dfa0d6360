// Switching a library to WAL needs the file to itself for a moment. busy_timeout makes the switch
// wait for another connection's lock, but where waiting could deadlock (two processes opening the
// same new library, each escalating its own lock) SQLite answers SQLITE_BUSY at once without
// waiting, so the switch is also retried until the busy timeout has passed.
import type Database from 'better-sqlite3';
import { isBusy } from './sqlite-problems';

const RETRY_PAUSE_MS = 15;

export function useWriteAheadLog(db: Database.Database, timeoutMs: number): void {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      db.pragma('journal_mode = WAL');
      return;
    } catch (error) {
      if (!isBusy(error) || Date.now() >= deadline) throw error;
      pause(RETRY_PAUSE_MS);
    }
  }
}

/** Opening a library is synchronous; this waits without spinning the CPU. */
function pause(milliseconds: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, milliseconds);
}
