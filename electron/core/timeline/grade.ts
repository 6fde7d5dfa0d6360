// An event's grade from its evidence: the best and the worst source. Order: reliability first
// (A best … F "cannot be judged" last), then credibility (1 best … 6 "cannot be judged" last); a
// missing half ranks after every given value. Ungraded evidence (neither half) is left out.
import { CREDIBILITY_GRADES, formatGrade, RELIABILITY_GRADES, type Credibility, type Reliability } from '../../../shared/grading';
import type { EventGrade } from '../../../shared/timeline/types';

export interface Graded {
  reliability: Reliability | null;
  credibility: Credibility | null;
}

const rank = (grade: Graded): number =>
  (grade.reliability === null ? RELIABILITY_GRADES.length : RELIABILITY_GRADES.indexOf(grade.reliability)) * 10 +
  (grade.credibility === null ? CREDIBILITY_GRADES.length : CREDIBILITY_GRADES.indexOf(grade.credibility));

/** Negative when `a` is the better grade. */
export function compareGrades(a: Graded, b: Graded): number {
  return rank(a) - rank(b);
}

export function eventGrade(evidence: readonly Graded[]): EventGrade | null {
  const graded = evidence.filter((item) => item.reliability !== null || item.credibility !== null);
  if (graded.length === 0) return null;
  const sorted = [...graded].sort(compareGrades);
  const best = sorted[0]!;
  const worst = sorted[sorted.length - 1]!;
  return { best: formatGrade(best.reliability, best.credibility), worst: formatGrade(worst.reliability, worst.credibility) };
}
