// Reckoning dates from the reference day the way news means them: a month, weekday, season or
// quarter named without a year is the most recent one on or before publication, not the nearest.
import { addDays, dayText, pad, weekdayOf } from './calendar-days';
import type { ReferenceDate } from './reference-date';
import { seasonDays, seasonOfDay } from './seasons';

/** "recent": the most recent on or before the reference; "ahead": the next on or after it. */
export type Direction = 'last' | 'this' | 'next' | 'recent' | 'ahead';

/** The year of month `month` (1–12) seen from the reference. */
export function yearOfMonth(reference: ReferenceDate, month: number, direction: Direction): number {
  if (direction === 'this') return reference.year;
  if (direction === 'next') return month > reference.month ? reference.year : reference.year + 1;
  if (direction === 'ahead') return month >= reference.month ? reference.year : reference.year + 1;
  // "last June" and a bare "June": the most recent; "last" never means the current month.
  const currentCounts = direction === 'recent';
  return month < reference.month || (currentCounts && month === reference.month) ? reference.year : reference.year - 1;
}

/** The day of weekday `weekday` (0 Sunday … 6 Saturday) seen from the reference. */
export function dayOfWeekday(reference: ReferenceDate, weekday: number, direction: Direction): string {
  const today = weekdayOf(reference.dayText);
  const back = (today - weekday + 7) % 7;
  if (direction === 'next') return addDays(reference.dayText, (weekday - today + 7) % 7 || 7);
  if (direction === 'ahead') return addDays(reference.dayText, (weekday - today + 7) % 7);
  if (direction === 'last') return addDays(reference.dayText, -(back || 7));
  if (direction === 'this') {
    const monday = addDays(reference.dayText, -((today + 6) % 7));
    return addDays(monday, (weekday + 6) % 7);
  }
  return addDays(reference.dayText, -back);
}

/** The ISO week (Monday/Sunday as an EDTF interval) holding `day`, moved by `offset` weeks. */
export function weekInterval(day: string, offset: number): string {
  const monday = addDays(day, -((weekdayOf(day) + 6) % 7) + offset * 7);
  return `${monday}/${addDays(monday, 6)}`;
}

/** The weekend (Saturday/Sunday) seen from the reference: "the weekend" is the most recent one. */
export function weekendInterval(reference: ReferenceDate, direction: Direction): string {
  const today = weekdayOf(reference.dayText);
  const sinceSaturday = (today + 1) % 7; // Saturday 0, Sunday 1, Monday 2 …
  let saturday = addDays(reference.dayText, -sinceSaturday);
  if (direction === 'next' || (direction === 'this' && sinceSaturday > 1)) saturday = addDays(saturday, 7);
  if (direction === 'last' && sinceSaturday <= 1) saturday = addDays(saturday, -7);
  return `${saturday}/${addDays(saturday, 1)}`;
}

/** Quarter `quarter` (1–4) of `year` as an EDTF interval of months. */
export function quarterInterval(year: number, quarter: number): string {
  return `${year}-${pad(quarter * 3 - 2)}/${year}-${pad(quarter * 3)}`;
}

/** The year of quarter `quarter` seen from the reference: the most recent one begun on or before it. */
export function yearOfQuarter(reference: ReferenceDate, quarter: number, direction: Direction): number {
  const current = Math.ceil(reference.month / 3);
  if (direction === 'this') return reference.year;
  if (direction === 'next') return quarter > current ? reference.year : reference.year + 1;
  if (direction === 'last') return quarter < current ? reference.year : reference.year - 1;
  return quarter <= current ? reference.year : reference.year - 1;
}

/** The latest quarter ended before the reference ("the latest quarter" of an earnings report). */
export function lastEndedQuarter(reference: ReferenceDate): { year: number; quarter: number } {
  const current = Math.ceil(reference.month / 3);
  return current === 1 ? { year: reference.year - 1, quarter: 4 } : { year: reference.year, quarter: current - 1 };
}

/** The year of season `code` (21–24) seen from the reference. */
export function yearOfSeason(reference: ReferenceDate, code: number, direction: Direction): number {
  const current = seasonOfDay(reference.dayText);
  const startOf = (year: number): string => seasonDays(year, code).earliest;
  const currentStart = seasonDays(current.year, current.code).earliest;
  if (direction === 'this') return code === 24 ? current.year : reference.year;
  let year = reference.year + 1;
  if (direction === 'next') {
    while (startOf(year - 1) > reference.dayText) year -= 1;
    return year;
  }
  // Most recent begun on or before the reference; "last" skips the season we are in.
  while (startOf(year) > reference.dayText || (direction === 'last' && startOf(year) >= currentStart)) year -= 1;
  return year;
}

/**
 * The year of a month and day named without a year ("Sept. 30"), seen from the reference: the most
 * recent, except a day in the next three months, which in news is a date set ahead (a record date,
 * a deadline, a meeting). A weekday named with it ("Saturday, April 25") settles the year.
 */
export function yearOfMonthDay(reference: ReferenceDate, month: number, day: number, direction: Direction, weekday?: number): number {
  const candidates = [reference.year - 1, reference.year, reference.year + 1];
  if (weekday !== undefined) {
    const matching = candidates.filter((year) => weekdayOf(dayText(year, month, day)) === weekday);
    if (matching.length === 1) return matching[0]!;
  }
  const sameYear = dayText(reference.year, month, day);
  const ahead = daysBetween(reference.dayText, sameYear);
  if (direction === 'ahead' || direction === 'next') return ahead >= 0 ? reference.year : reference.year + 1;
  if (ahead <= 0) return reference.year;
  if (ahead <= SOON_DAYS) return reference.year;
  // Early January seen from late December is also soon.
  return daysBetween(reference.dayText, dayText(reference.year + 1, month, day)) <= SOON_DAYS ? reference.year + 1 : reference.year - 1;
}

const SOON_DAYS = 92;

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

export function monthText(year: number, month: number): string {
  return `${year}-${pad(month)}`;
}
