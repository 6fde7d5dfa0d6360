// The one clock of the core: every timestamp stored in a row comes from it. The library's clock is
// an instant that never repeats and never goes back, so rows made in the same millisecond (a bulk
// import, a fast test) or across a step back of the system clock still sort in the order they were
// written — clippings by captured_at, notes by updated_at. Tests pass their own.
/** An ISO 8601 UTC instant with milliseconds, e.g. "2026-01-01T00:00:00.000Z". */
export type Clock = () => string;

/**
 * A clock that follows the system time but always moves forward by at least a millisecond from the
 * previous instant it gave, or from the latest instant already stored (read on its first tick).
 */
export function libraryClock(latestStored: () => string | null, now: () => number = () => Date.now()): Clock {
  let last: number | null = null;
  return () => {
    if (last === null) {
      const latest = latestStored();
      last = latest ? Date.parse(latest) : 0;
    }
    last = Math.max(now(), last + 1);
    return new Date(last).toISOString();
  };
}

/** The later of two stored instants (either may be missing). */
export function latestOf(...instants: Array<string | null>): string | null {
  let latest: string | null = null;
  for (const instant of instants) if (instant !== null && (latest === null || Date.parse(instant) > Date.parse(latest))) latest = instant;
  return latest;
}
