// Dates as analysts meet them, stored as EDTF (ISO 8601-2, levels 0 and 1) and read with the edtf
// library: a day, a month or a year; a season (2014-21 … 2014-24); a decade or century with
// unspecified digits (201X, 19XX); approximate (2014~), uncertain (2014?) or both (2014%); intervals
// with known, open (..) or unknown ends (2013/2014, ../2013, 2014-06/..).
//
// Beside each we keep the sortable first and last day it covers:
// - approximate and uncertain dates cover the days of the date they qualify ("2014~" spans 2014);
//   the flags say to draw soft edges, the days do not widen, so that sorting stays predictable;
// - seasons cover their meteorological months (see seasons.ts), not the library's quarters;
// - an open or unknown end has no day (null): the timeline fades it out.
import edtf from 'edtf';
import { dayOfTime } from './calendar-days';
import { calendarProblem, invalidEdtfMessage } from './edtf-messages';
import { labelEdtf } from './edtf-label';
import { seasonDays } from './seasons';

export interface EdtfDate {
  /** The date in the library's canonical EDTF form. */
  edtf: string;
  /** First day covered, `YYYY-MM-DD`; null when the start is open or unknown. */
  earliest: string | null;
  /** Last day covered, `YYYY-MM-DD`; null when the end is open or unknown. */
  latest: string | null;
  approximate: boolean;
  uncertain: boolean;
  openStart: boolean;
  openEnd: boolean;
  /** A short human label: "June 2014", "summer 2014", "the 2010s", "about 2014", "until 2013". */
  label: string;
}

export type EdtfParse = { ok: true; date: EdtfDate } | { ok: false; message: string };

type Parsed = ReturnType<typeof edtf>;
type Single = Extract<Parsed, { type: 'Date' | 'Year' | 'Decade' | 'Century' | 'Season' }>;
type Interval = Extract<Parsed, { type: 'Interval' }>;
type List = Extract<Parsed, { type: 'List' | 'Set' }>;

const FIRST_YEAR = 1;
const LAST_YEAR = 9999;

/** Reads an EDTF date, or says in words what is wrong with it and what to type instead. */
export function parseEdtfDate(input: string): EdtfParse {
  const text = input.trim();
  const calendar = calendarProblem(text);
  if (calendar) return { ok: false, message: calendar };
  const parsed = readLevel1(text);
  if (parsed instanceof Error) return { ok: false, message: invalidEdtfMessage(text, parsed) };
  if (isList(parsed)) return { ok: false, message: invalidEdtfMessage(text, null) };
  const ends = parsed.type === 'Interval' ? [parsed.lower, parsed.upper] : [parsed];
  for (const end of ends) {
    if (!isSingle(end)) continue;
    const year = yearOf(end);
    if (year < FIRST_YEAR || year > LAST_YEAR) {
      return {
        ok: false,
        message:
          year === 0
            ? `"${text}" uses year 0, which the calendar does not have: 1 BC is followed by AD 1. Type a year from 0001 to 9999.`
            : `"${text}" uses the year ${year}; the timeline takes years from 0001 to 9999.`,
      };
    }
  }
  return { ok: true, date: describe(parsed) };
}

/** Lists and sets ("{2014,2015}") are one-of or all-of several dates, not a date on the timeline. */
function isList(parsed: Single | Interval | List): parsed is List {
  return parsed.type === 'List' || parsed.type === 'Set';
}

function readLevel1(text: string): Single | Interval | List | Error {
  try {
    return edtf(text, { level: 1 }) as Single | Interval | List;
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error));
  }
}

/** The message saying why `input` is not a date the timeline takes, or null when it is one. */
export function edtfDateProblem(input: string): string | null {
  const result = parseEdtfDate(input);
  return result.ok ? null : result.message;
}

/** The parsed date, for values already validated (stored ones); throws with the message if not. */
export function edtfDate(input: string): EdtfDate {
  const result = parseEdtfDate(input);
  if (!result.ok) throw new RangeError(result.message);
  return result.date;
}

function describe(parsed: Single | Interval): EdtfDate {
  if (parsed.type !== 'Interval') {
    const days = daysOf(parsed);
    return {
      edtf: parsed.edtf,
      ...days,
      approximate: isApproximate(parsed),
      uncertain: isUncertain(parsed),
      openStart: false,
      openEnd: false,
      label: labelEdtf(parsed),
    };
  }
  const lower = isSingle(parsed.lower) ? parsed.lower : null;
  const upper = isSingle(parsed.upper) ? parsed.upper : null;
  return {
    edtf: parsed.edtf,
    earliest: lower ? daysOf(lower).earliest : null,
    latest: upper ? daysOf(upper).latest : null,
    approximate: [lower, upper].some((end) => end !== null && isApproximate(end)),
    uncertain: [lower, upper].some((end) => end !== null && isUncertain(end)),
    openStart: lower === null,
    openEnd: upper === null,
    label: labelEdtf(parsed),
  };
}

function daysOf(date: Single): { earliest: string; latest: string } {
  if (date.type === 'Season' && date.season !== undefined) return seasonDays(date.year, date.season);
  return { earliest: dayOfTime(date.min), latest: dayOfTime(date.max) };
}

function isSingle(value: unknown): value is Single {
  return typeof value === 'object' && value !== null && 'edtf' in value && 'min' in value;
}

function yearOf(date: Single): number {
  return date.type === 'Season' ? date.year : new Date(date.min).getUTCFullYear();
}

function isApproximate(date: Single): boolean {
  return Boolean(date.approximate?.value);
}

function isUncertain(date: Single): boolean {
  return Boolean(date.uncertain?.value);
}
