// What the Timeline's filter bar holds, and the events.list filter it becomes. Dates typed by hand
// are applied only once they are whole partial dates ("2014", "2014-06", "2014-06-25").
import type { TimelineFilter } from '../../../../shared/contract';
import type { EntityRef } from '../../../../shared/domain';
import { CREDIBILITY_GRADES, RELIABILITY_GRADES } from '../../../../shared/grading';
import { isPartialDate } from '../../../../shared/partial-date';

export interface TimelineViewFilter {
  cards: EntityRef[];
  tag: string | null;
  type: string | null;
  grade: string | null;
  from: string;
  to: string;
}

export const NO_FILTER: TimelineViewFilter = { cards: [], tag: null, type: null, grade: null, from: '', to: '' };

/** Every grade a passage can have ("A1" … "F6"), and "ungraded". */
export const GRADE_CHOICES: readonly string[] = [
  ...RELIABILITY_GRADES.flatMap((reliability) => CREDIBILITY_GRADES.map((credibility) => `${reliability}${credibility}`)),
  'ungraded',
];

export function hasFilters(filter: TimelineViewFilter): boolean {
  return filter.cards.length > 0 || filter.tag !== null || filter.type !== null || filter.grade !== null || filter.from !== '' || filter.to !== '';
}

/** Why a typed date is not used yet, or null when it is empty or a partial date. */
export function dateProblem(text: string): string | null {
  const value = text.trim();
  if (value === '' || isPartialDate(value)) return null;
  return `"${value}" is not a date the filter can use. Type a year, a month or a day: 2014, 2014-06 or 2014-06-25.`;
}

/** The range, or a message when its end comes before its start. */
export function rangeProblem(filter: TimelineViewFilter): string | null {
  const from = filter.from.trim();
  const to = filter.to.trim();
  if (!from || !to || dateProblem(from) || dateProblem(to)) return null;
  // Partial dates sort as text; compare each at its own precision's start.
  return to < from.slice(0, to.length) ? `The range ends (${to}) before it starts (${from}). Swap them or change one.` : null;
}

export function toCoreFilter(filter: TimelineViewFilter): TimelineFilter {
  const core: TimelineFilter = { includeRelations: true };
  if (filter.cards.length > 0) core.entityIds = filter.cards.map((card) => card.id);
  if (filter.tag) core.tags = [filter.tag];
  if (filter.type) core.types = [filter.type];
  if (filter.grade) core.grades = [filter.grade];
  const rangeOk = rangeProblem(filter) === null;
  const from = filter.from.trim();
  const to = filter.to.trim();
  if (from && rangeOk && !dateProblem(from)) core.from = from;
  if (to && rangeOk && !dateProblem(to)) core.to = to;
  return core;
}

/** The filter in words, for "No events match …". */
export function describeFilter(filter: TimelineViewFilter): string {
  const parts: string[] = [];
  if (filter.cards.length > 0) parts.push(`involving ${filter.cards.map((card) => card.name).join(' or ')}`);
  if (filter.type) parts.push(`of type “${filter.type}”`);
  if (filter.tag) parts.push(`tagged “${filter.tag}”`);
  if (filter.grade) parts.push(filter.grade === 'ungraded' ? 'with ungraded evidence' : `with evidence graded ${filter.grade}`);
  if (filter.from.trim()) parts.push(`from ${filter.from.trim()}`);
  if (filter.to.trim()) parts.push(`until ${filter.to.trim()}`);
  return parts.join(', ');
}
