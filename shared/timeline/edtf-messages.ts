// What to tell an analyst who typed a date the timeline cannot take. The edtf library's own errors
// are parser traces ("Unexpected "3" … L1X$string$1"), so we look at the text ourselves first.
import { daysInMonth } from './calendar-days';

const EXAMPLES =
  'Use a form such as 2014-06-25, 2014-06, 2014, 2014-22 (summer), 201X (the 2010s), 2014~ (about), 2014? (uncertain), 2013/2014, ../2013 (until 2013) or 2014-06/.. (from June 2014)';

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * A day that is not in the calendar (31 February, month 13), which the library lets through in
 * some forms (it reads 2014-02-29 as 1 March): null when every part names real days.
 */
export function calendarProblem(text: string): string | null {
  for (const part of text.split('/')) {
    const problem = partProblem(part.replace(/[~?%]/g, ''));
    if (problem) return `"${text}": ${problem}`;
  }
  return null;
}

export function invalidEdtfMessage(text: string, error: unknown): string {
  if (text === '') return `The date is empty. ${EXAMPLES}.`;
  const calendar = calendarProblem(text);
  if (calendar) return calendar;
  const bound = error instanceof Error ? /invalid upper bound/i.test(error.message) : false;
  if (bound) {
    const [start, end] = text.split('/');
    return `"${text}" ends (${end}) before it starts (${start}). Put the earlier date first.`;
  }
  return `"${text}" is not a date the timeline can read. ${EXAMPLES}.`;
}

function partProblem(part: string): string | null {
  const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(part);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  if (match[3] === undefined) {
    if (month >= 1 && month <= 12) return null;
    if (month >= 21 && month <= 24) return null;
    return `${match[2]} is neither a month (01–12) nor a season (21 spring, 22 summer, 23 autumn, 24 winter).`;
  }
  if (month < 1 || month > 12) return `${match[2]} is not a month (01–12).`;
  const day = Number(match[3]);
  const length = daysInMonth(year, month);
  if (day < 1 || day > length) {
    return `${MONTH_NAMES[month - 1]} ${year} has ${length} days, so day ${match[3]} does not exist.`;
  }
  return null;
}
