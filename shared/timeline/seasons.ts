// EDTF level 1 names seasons by code: 21 spring, 22 summer, 23 autumn, 24 winter. The edtf library
// maps them to calendar quarters (spring = January–March), which is not what an analyst means by
// "spring". We use the meteorological seasons of the northern hemisphere, where most of the news we
// clip is written: spring March–May, summer June–August, autumn September–November, and winter the
// December of the year named through the end of the following February ("winter 2014" = the winter
// that begins in December 2014, so that every season starts in its own year).
import { dayText, lastDayOfMonth } from './calendar-days';

export type SeasonName = 'spring' | 'summer' | 'autumn' | 'winter';

export const SEASON_CODES: Record<SeasonName, number> = { spring: 21, summer: 22, autumn: 23, winter: 24 };

const FIRST_MONTH: Record<number, number> = { 21: 3, 22: 6, 23: 9, 24: 12 };

export function seasonName(code: number): SeasonName | null {
  const entry = Object.entries(SEASON_CODES).find(([, value]) => value === code);
  return entry ? (entry[0] as SeasonName) : null;
}

/** The first and last day of season `code` (21–24) of `year`. */
export function seasonDays(year: number, code: number): { earliest: string; latest: string } {
  const firstMonth = FIRST_MONTH[code];
  if (firstMonth === undefined) throw new RangeError(`${code} is not an EDTF season (21–24).`);
  const lastMonthIndex = firstMonth + 2; // 14 for winter: February of the next year
  const lastYear = year + Math.floor((lastMonthIndex - 1) / 12);
  const lastMonth = ((lastMonthIndex - 1) % 12) + 1;
  return { earliest: dayText(year, firstMonth, 1), latest: lastDayOfMonth(lastYear, lastMonth) };
}

/** The season a day falls in, with the year that names it (January 2015 is in winter 2014). */
export function seasonOfDay(day: string): { year: number; code: number } {
  const year = Number(day.slice(0, 4));
  const month = Number(day.slice(5, 7));
  if (month <= 2) return { year: year - 1, code: 24 };
  return { year, code: 21 + Math.floor((month - 3) / 3) };
}
