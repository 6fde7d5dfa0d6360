// Days as sortable `YYYY-MM-DD` text, computed in UTC so that no time zone moves a day.

export function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}

export function dayText(year: number, month: number, day: number): string {
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** Date.UTC without its mapping of years 0–99 to 1900–1999. */
function utcTime(year: number, monthIndex: number, day: number): number {
  const date = new Date(0);
  return date.setUTCFullYear(year, monthIndex, day);
}

/** The number of days in a month (month 1–12). */
export function daysInMonth(year: number, month: number): number {
  return new Date(utcTime(year, month, 0)).getUTCDate();
}

export function lastDayOfMonth(year: number, month: number): string {
  return dayText(year, month, daysInMonth(year, month));
}

/** The UTC day of a time value, as `YYYY-MM-DD`. */
export function dayOfTime(time: number): string {
  const date = new Date(time);
  return dayText(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

/** A day moved by a number of days (negative goes back). */
export function addDays(day: string, count: number): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return dayOfTime(utcTime(year, month - 1, date + count));
}

/** Day of the week of a `YYYY-MM-DD` day: 0 Sunday … 6 Saturday. */
export function weekdayOf(day: string): number {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return new Date(utcTime(year, month - 1, date)).getUTCDay();
}

/** The Monday and Sunday of ISO week `week` of ISO year `year`. */
export function isoWeekDays(year: number, week: number): { first: string; last: string } {
  // 4 January is always in week 1; its week's Monday starts week 1.
  const fourth = dayText(year, 1, 4);
  const mondayOfWeek1 = addDays(fourth, -((weekdayOf(fourth) + 6) % 7));
  const first = addDays(mondayOfWeek1, (week - 1) * 7);
  return { first, last: addDays(first, 6) };
}
