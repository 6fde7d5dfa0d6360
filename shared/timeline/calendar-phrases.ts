// Date expressions chrono-node does not read (or reads as the nearest rather than the most recent):
// a year alone, a year range, a decade, a compact date (19980213), a month named with or without a
// year ("last June", "June 2014", "in May").
import { DATE_PREPOSITIONS, DECADE_WORDS, LABEL_BEFORE, MONTH_PATTERN, QUANTITY_AFTER, monthNumber } from './date-words';
import type { DateCandidate } from './date-candidate';
import { dayText, daysInMonth } from './calendar-days';
import type { ReferenceDate } from './reference-date';
import { monthText, yearOfMonth, type Direction } from './relative-dates';

const YEAR = /(?<![\w$€£¥#.,/:'’-])(1\d{3}|20\d{2})(?:\s*[-–]\s*(\d{2}|\d{4}))?(?![\w%]|[.,:/-]\d|\s*[-–]\s*\d)/g;
const DECADE = /\b(?:the\s+)?(?:(1\d|20)(\d)0'?s|['’](\d)0s|(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))\b/gi;
const COMPACT_DAY = /(?<![\w.,-])(1[89]\d{2}|20\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?![\w.,-]\d|\w)/g;
const MONTH = new RegExp(
  `\\b(?:([Ll]ast|[Tt]his|[Nn]ext|[Ee]arly|[Mm]id|[Ll]ate)[-\\s]+)?(${MONTH_PATTERN})(?![\\w])(?!\\s*\\d{1,2}(?:st|nd|rd|th)?\\b)(?:,?\\s+(?:of\\s+)?(\\d{4})\\b)?`,
  'g',
);

export function yearCandidates(text: string, reference: ReferenceDate): DateCandidate[] {
  const found: DateCandidate[] = [];
  for (const match of text.matchAll(YEAR)) {
    const year = Number(match[1]);
    const before = text.slice(Math.max(0, match.index - 24), match.index);
    const after = text.slice(match.index + match[0].length, match.index + match[0].length + 24);
    if (year > reference.year + 50 || LABEL_BEFORE.test(before) || QUANTITY_AFTER.test(after)) continue;
    const end = rangeEnd(year, match[2]);
    if (match[2] !== undefined && end === null) continue;
    found.push({
      start: match.index,
      end: match.index + match[0].length,
      edtf: end === null ? String(year) : `${year}/${end}`,
      granularity: 'year',
      relative: false,
    });
  }
  return found;
}

/** "1989-90" ends in 1990, "2013-2014" in 2014; null when the second number is not a later year. */
function rangeEnd(year: number, tail: string | undefined): number | null {
  if (tail === undefined) return null;
  const end = tail.length === 2 ? Math.floor(year / 100) * 100 + Number(tail) : Number(tail);
  return end > year && end - year <= 30 ? end : null;
}

export function decadeCandidates(text: string, reference: ReferenceDate): DateCandidate[] {
  const found: DateCandidate[] = [];
  for (const match of text.matchAll(DECADE)) {
    let century: number;
    let digit: number;
    if (match[1] !== undefined) [century, digit] = [Number(match[1]), Number(match[2])];
    else {
      digit = match[3] !== undefined ? Number(match[3]) : DECADE_WORDS[match[4]!.toLowerCase()]!;
      // "the '20s" and "the twenties": the latest such decade begun by the reference year.
      century = 2000 + digit * 10 <= reference.year ? 20 : 19;
    }
    found.push({
      start: match.index,
      end: match.index + match[0].length,
      edtf: `${century}${digit}X`,
      granularity: 'decade',
      relative: match[1] === undefined,
    });
  }
  return found;
}

export function compactDayCandidates(text: string): DateCandidate[] {
  const found: DateCandidate[] = [];
  for (const match of text.matchAll(COMPACT_DAY)) {
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    if (day > daysInMonth(year, month)) continue;
    found.push({
      start: match.index,
      end: match.index + match[0].length,
      edtf: dayText(year, month, day),
      granularity: 'day',
      relative: false,
    });
  }
  return found;
}

/** A month without a day: "June 2014", "last June", "in May" (the most recent May). */
export function monthCandidates(text: string, reference: ReferenceDate): DateCandidate[] {
  const found: DateCandidate[] = [];
  for (const match of text.matchAll(MONTH)) {
    const [, qualifier, name, yearText] = match;
    const month = monthNumber(name!);
    const before = text.slice(Math.max(0, match.index - 12), match.index);
    // A bare "May" or "March" is a word before it is a month: ask for a year or a date word.
    if (!yearText && !qualifier && !DATE_PREPOSITIONS.test(before)) continue;
    const lower = qualifier?.toLowerCase();
    const direction: Direction = lower === 'last' || lower === 'next' || lower === 'this' ? lower : 'recent';
    const year = yearText ? Number(yearText) : yearOfMonth(reference, month, direction);
    const modifier = lower === 'early' || lower === 'mid' || lower === 'late' ? lower : undefined;
    found.push({
      start: match.index,
      end: match.index + match[0].length,
      edtf: monthText(year, month),
      granularity: 'month',
      relative: !yearText,
      ...(modifier ? { modifier } : {}),
    });
  }
  return found;
}
