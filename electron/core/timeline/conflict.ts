// Sources disagree when two of an event's datings cover no common day. An open or unknown end
// reaches as far as it can, so it never disagrees on that side.
export interface DaySpan {
  earliest: string | null;
  latest: string | null;
}

function overlap(a: DaySpan, b: DaySpan): boolean {
  const aEndsBeforeB = a.latest !== null && b.earliest !== null && a.latest < b.earliest;
  const bEndsBeforeA = b.latest !== null && a.earliest !== null && b.latest < a.earliest;
  return !aEndsBeforeB && !bEndsBeforeA;
}

export function datingsConflict(datings: readonly DaySpan[]): boolean {
  for (let i = 0; i < datings.length; i++) {
    for (let j = i + 1; j < datings.length; j++) if (!overlap(datings[i]!, datings[j]!)) return true;
  }
  return false;
}
