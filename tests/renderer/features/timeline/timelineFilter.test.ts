import { describe, expect, it } from 'vitest';
import {
  dateProblem,
  describeFilter,
  GRADE_CHOICES,
  hasFilters,
  NO_FILTER,
  rangeProblem,
  toCoreFilter,
} from '../../../../renderer/src/features/timeline/timelineFilter';
import { card } from '../../../helpers/timeline-events';

describe('timelineFilter', () => {
  it('asks for everything, dated relations included, when nothing is chosen', () => {
    expect(hasFilters(NO_FILTER)).toBe(false);
    expect(toCoreFilter(NO_FILTER)).toEqual({ includeRelations: true });
  });

  it('turns each choice into the events.list filter', () => {
    const filter = { cards: [card('Ann'), card('Bob')], tag: 'mosul', type: 'attack', grade: 'B2', from: '2014', to: '2014-06-30' };
    expect(hasFilters(filter)).toBe(true);
    expect(toCoreFilter(filter)).toEqual({
      includeRelations: true,
      entityIds: ['card-Ann', 'card-Bob'],
      tags: ['mosul'],
      types: ['attack'],
      grades: ['B2'],
      from: '2014',
      to: '2014-06-30',
    });
    expect(describeFilter(filter)).toBe('involving Ann or Bob, of type “attack”, tagged “mosul”, with evidence graded B2, from 2014, until 2014-06-30');
  });

  it('leaves out a date still being typed or impossible, and says what to type', () => {
    expect(toCoreFilter({ ...NO_FILTER, from: '201' })).toEqual({ includeRelations: true });
    expect(dateProblem('201')).toMatch(/Type a year, a month or a day/);
    expect(dateProblem('2014-02-31')).not.toBeNull();
    expect(dateProblem(' 2014-06 ')).toBeNull();
  });

  it('refuses a range that ends before it starts', () => {
    const backwards = { ...NO_FILTER, from: '2015-03', to: '2014' };
    expect(rangeProblem(backwards)).toMatch(/ends \(2014\) before it starts \(2015-03\)/);
    expect(toCoreFilter(backwards)).toEqual({ includeRelations: true });
    expect(rangeProblem({ ...NO_FILTER, from: '2014-06', to: '2014' })).toBeNull();
  });

  it('offers every grade and "ungraded"', () => {
    expect(GRADE_CHOICES).toHaveLength(37);
    expect(GRADE_CHOICES).toContain('F6');
    expect(GRADE_CHOICES.at(-1)).toBe('ungraded');
  });
});
