// Date expressions chrono-node does not read (or reads as the nearest rather than the most recent):
// a year alone, a year range, a decade, a compact date (19980213), a month named with or without a
// year ("last June", "June 2014", "in May").
import { DATE_PREPOSITIONS, DECADE_WORDS, LABEL_BEFORE, MONTH_PATTERN, QUANTITY_AFTER, monthNumber } from './date-words';
import type { DateCandidate } from './date-candidate';
import { dayText, daysInMonth } from './calendar-days';
import type { ReferenceDate } from './reference-date';
import { monthText, yearOfMonth, type Direction } from './relative-dates';
import { looksAhead } from './tense-cues';

const YEAR = /(?<![\w$€£¥#.,/:'’])(?<!(?<!\bmid)-)(1\d{3}|20\d{2})(?:\s*[-–]\s*(\d{2}|\d{4}))?(?![\w%]|[.,:/-]\d|\s*[-–]\s*\d)/g;
const DECADE = /\b(?:the\s+)?(?:(1\d|20)(\d)0'?s|['’](\d)0s|(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))\b/gi;
const COMPACT_DAY = /(?<![\w.,-])(1[89]\d{2}|20\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?![\w.,-]\d|\w)/g;
const MONTH = new RegExp(
  `\\b(?:([Ll]ast|[Tt]his|[Nn]ext|[Ee]arly|[Mm]id|[Ll]ate)[-\\s]+)?(${MONTH_PATTERN})(?![\\w])(?!\\s*\\d{1,2}(?:st|nd|rd|th)?\\b)(?:,?\\s+(?:of\\s+)?(\\d{4})\\b|\\s+(last|this|next)\\s+year\\b)?`,
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

const UNITS = 'one|two|three|four|five|six|seven|eight|nine';
const TEENS = 'ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen';
const TENS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
const SPELLED_YEAR = new RegExp(
  `\\b(?:(eighteen|nineteen|twenty)[-\\s]+(?:(${TEENS})|(${TENS})(?:[-\\s]+(${UNITS}))?|(?:oh|o)[-\\s]+(${UNITS}))|(?:the\\s+year\\s+)?two\\s+thousand(?:\\s+(?:and\\s+)?(${TEENS}|${UNITS}))?)\\b`,
  'gi',
);

function wordValue(word: string | undefined, list: string, base: number, step: number): number {
  if (!word) return 0;
  return base + list.split('|').indexOf(word.toLowerCase()) * step;
}

/** Years said in words, as broadcast transcripts write them: "nineteen ninety-six", "the year two thousand". */
export function spelledYearCandidates(text: string, reference: ReferenceDate): DateCandidate[] {
  const found: DateCandidate[] = [];
  for (const match of text.matchAll(SPELLED_YEAR)) {
    const [, century, teen, tens, unit, ohUnit, thousandTail] = match;
    let year: number;
    if (century) {
      const hundreds = { eighteen: 1800, nineteen: 1900, twenty: 2000 }[century.toLowerCase() as 'eighteen']!;
      year = hundreds + wordValue(teen, TEENS, 10, 1) + wordValue(tens, TENS, 20, 10) + wordValue(unit ?? ohUnit, UNITS, 1, 1);
    } else {
      const before = text.slice(Math.max(0, match.index - 12), match.index);
      if (!/^the\s+year/i.test(match[0]) && !DATE_PREPOSITIONS.test(before)) continue;
      year = 2000 + (thousandTail ? wordValue(thousandTail, `${UNITS}|${TEENS}`, 1, 1) : 0);
    }
    const after = text.slice(match.index + match[0].length, match.index + match[0].length + 24);
    if (year > reference.year + 50 || QUANTITY_AFTER.test(after)) continue;
    found.push({ start: match.index, end: match.index + match[0].length, edtf: String(year), granularity: 'year', relative: false });
  }
  return found;
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
    const [, qualifier, name, yearText, yearWord] = match;
    const month = monthNumber(name!);
    const before = text.slice(Math.max(0, match.index - 12), match.index);
    // A bare "May" or "March" is a word before it is a month: ask for a year or a date word.
    if (!yearText && !yearWord && !qualifier && !DATE_PREPOSITIONS.test(before)) continue;
    const lower = qualifier?.toLowerCase();
    const named: Direction | null = lower === 'last' || lower === 'next' || lower === 'this' ? lower : null;
    const direction: Direction = named ?? (looksAhead(text, match.index) ? 'ahead' : 'recent');
    const shift = yearWord === 'last' ? -1 : yearWord === 'next' ? 1 : 0;
    const year = yearText ? Number(yearText) : yearWord ? reference.year + shift : yearOfMonth(reference, month, direction);
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
