// A citation shows its source's grade compactly: "B2" when both parts are known, "B" or "2" when
// one is, null when the source is ungraded (formatGrade's "B–" form is for tables, not citations).
import type { Credibility, Reliability } from '../grading';

export function citationGrade(reliability: Reliability | null, credibility: Credibility | null): string | null {
  const grade = `${reliability ?? ''}${credibility ?? ''}`;
  return grade === '' ? null : grade;
}
