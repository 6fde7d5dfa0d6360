// Fills the next-word index (phrase-pairs.ts) in the background of an open app: short slices of
// work (one write transaction each) with gaps between them, so a search or a save waits at most
// one slice; when nothing is queued it only looks, now and then, for rows another write queued
// (this process's or another's). It never waits for another process's write lock: it tries again
// later. Until the queue is empty, search matches phrases on search_index as before.
import type Database from 'better-sqlite3';
import { createPhrasePairs } from './phrase-pairs';

export interface PairFillTiming {
  /** Work per slice. */
  sliceMs: number;
  /** Pause between slices while rows are queued. */
  gapMs: number;
  /** Pause between looks at an empty queue. */
  idleMs: number;
  /** Pause after a failure other than a busy library. */
  failedMs: number;
}

export const PAIR_FILL_TIMING: PairFillTiming = { sliceMs: 25, gapMs: 15, idleMs: 400, failedMs: 60_000 };

export interface PairFill {
  stop(): void;
}

export function startPhrasePairsFill(db: Database.Database, logError: (error: unknown) => void, timing = PAIR_FILL_TIMING): PairFill {
  const pairs = createPhrasePairs(db);
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;

  const next = (ms: number) => {
    if (stopped) return;
    timer = setTimeout(tick, ms);
    timer.unref();
  };

  function tick(): void {
    if (stopped) return;
    try {
      if (pairs.complete()) return next(timing.idleMs);
      const { left } = withoutWaiting(db, () => pairs.fill(timing.sliceMs));
      next(left > 0 ? timing.gapMs : timing.idleMs);
    } catch (error) {
      if (isBusy(error)) return next(timing.idleMs);
      logError(error);
      next(timing.failedMs);
    }
  }

  next(timing.gapMs);
  return {
    stop() {
      stopped = true;
      clearTimeout(timer);
    },
  };
}

/** Runs `work` with SQLite's busy timeout at zero: another process's write lock fails it at once. */
function withoutWaiting<T>(db: Database.Database, work: () => T): T {
  const previous = db.pragma('busy_timeout', { simple: true }) as number;
  db.pragma('busy_timeout = 0');
  try {
    return work();
  } finally {
    db.pragma(`busy_timeout = ${previous}`);
  }
}

function isBusy(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'SQLITE_BUSY' || code === 'SQLITE_BUSY_SNAPSHOT' || code === 'SQLITE_LOCKED';
}
