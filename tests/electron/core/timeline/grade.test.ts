// The order of grades on the timeline: reliability first (A best … F last), then credibility
// (1 best … 6 last); a missing half after every given one; ungraded evidence left out.
import { describe, expect, it } from 'vitest';
import { compareGrades, eventGrade, type Graded } from '../../../../electron/core/timeline/grade';

const g = (reliability: Graded['reliability'], credibility: Graded['credibility']): Graded => ({ reliability, credibility });

describe('event grade', () => {
  it('orders by reliability, then credibility, missing halves last', () => {
    const shuffled = [g('C', 1), g(null, 2), g('A', 6), g('B', null), g('A', 1), g('B', 2), g('F', 6), g('E', 1)];
    expect([...shuffled].sort(compareGrades)).toEqual([g('A', 1), g('A', 6), g('B', 2), g('B', null), g('C', 1), g('E', 1), g('F', 6), g(null, 2)]);
  });

  it('is the best and the worst graded source, or null when none is graded', () => {
    expect(eventGrade([g('B', 3), g(null, null), g('A', 2), g('D', 5)])).toEqual({ best: 'A2', worst: 'D5' });
    expect(eventGrade([g('C', null)])).toEqual({ best: 'C–', worst: 'C–' });
    expect(eventGrade([g(null, null)])).toBeNull();
    expect(eventGrade([])).toBeNull();
  });
});
