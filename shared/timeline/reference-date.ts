// The date a clipping's relative expressions are read against: its published date, else its capture
// date. Either may be partial ("2014", "2014-06"); then we reckon from the last day it allows (news is
// read after it is written) and keep its precision, so that "yesterday" in a clipping known only to
// June 2014 is not given a day it cannot have (see date-suggestions.ts).
import { isPartialDate } from '../partial-date';
import { dayText, lastDayOfMonth } from './calendar-days';

export type Precision = 'year' | 'month' | 'day';

export interface ReferenceDate {
  year: number;
  month: number;
  day: number;
  /** The day reckoned from, `YYYY-MM-DD`. */
  dayText: string;
  precision: Precision;
  /** The reference as given (a partial date). */
  partial: string;
}

/** Reads a partial date (2014, 2014-06, 2014-06-25), or throws saying what it expected. */
export function referenceDate(partial: string): ReferenceDate {
  const value = partial.trim().slice(0, 10);
  if (!isPartialDate(value)) {
    throw new RangeError(`"${partial}" is not a reference date: give the published or captured date as 2014, 2014-06 or 2014-06-25.`);
  }
  const [year, month, day] = value.split('-').map(Number) as [number, number?, number?];
  const precision: Precision = day !== undefined ? 'day' : month !== undefined ? 'month' : 'year';
  const lastDay = day !== undefined ? dayText(year, month!, day) : lastDayOfMonth(year, month ?? 12);
  return {
    year,
    month: month ?? 12,
    day: Number(lastDay.slice(8, 10)),
    dayText: lastDay,
    precision,
    partial: value,
  };
}
