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

/** SQLite's default: a commit that leaves the WAL longer than this many pages checkpoints it. */
export const DEFAULT_AUTOCHECKPOINT_PAGES = 1000;
/**
 * During a bulk import: about 64 MB of WAL at 4 KiB pages. In a large library each 50-file commit
 * dirties more than the default's 1,000 pages, so every commit paid for a checkpoint (and its
 * fsync); this bounds the WAL while letting many commits share one.
 */
export const BULK_AUTOCHECKPOINT_PAGES = 16_384;

export interface BulkCheckpoints {
  /** Runs bulk work (an import call) with checkpoints deferred until no bulk work is left. */
  run<T>(work: () => Promise<T>): Promise<T>;
  /** Resolves once the checkpoint after the last bulk work has run (at once when none is due). */
  settled(): Promise<void>;
}

/**
 * Raises wal_autocheckpoint while any bulk work runs; when the last one ends and no other has begun
 * by the next turn of the event loop (a caller sending batch after batch starts the next one before
 * that), restores it and checkpoints the WAL (PASSIVE: never waits for, nor blocks, another reader
 * or writer). A failed checkpoint loses nothing: the next commit's automatic checkpoint retries it.
 */
export function bulkCheckpoints(db: Database.Database): BulkCheckpoints {
  let running = 0;
  let due: Promise<void> | null = null;

  function settle(): void {
    if (running > 0 || !db.open) return;
    try {
      db.pragma(`wal_autocheckpoint = ${DEFAULT_AUTOCHECKPOINT_PAGES}`);
      db.pragma('wal_checkpoint(PASSIVE)');
    } catch {
      // The WAL stays as it is (bounded by BULK_AUTOCHECKPOINT_PAGES) until the next commit checkpoints it.
    }
  }

  return {
    async run(work) {
      if (running++ === 0 && db.open) db.pragma(`wal_autocheckpoint = ${BULK_AUTOCHECKPOINT_PAGES}`);
      try {
        return await work();
      } finally {
        if (--running === 0) {
          const settling = new Promise<void>((resolve) =>
            setImmediate(() => {
              settle();
              resolve();
            }),
          );
          due = settling;
          void settling.then(() => {
            if (due === settling) due = null;
          });
        }
      }
    },
    settled: () => due ?? Promise.resolve(),
  };
}
