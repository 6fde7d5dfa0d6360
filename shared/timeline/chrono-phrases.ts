// What chrono-node finds, kept where it is a date and re-read the way news means it. chrono reads a
// weekday or a month without a year as the nearest one (often in the future); in news it is the most
// recent on or before publication. Dropped: a time alone ("2.50 a share" read as 2:50), a slash pair
// without a year ("7/8" is a fraction), weekday abbreviations ("Sun" the company).
import * as chrono from 'chrono-node';
import { dayText } from './calendar-days';
import type { DateCandidate, Granularity } from './date-candidate';
import { monthNumber } from './date-words';
import type { ReferenceDate } from './reference-date';
import { dayOfWeekday, monthText, weekInterval, yearOfMonth, yearOfMonthDay, type Direction } from './relative-dates';
import { looksAhead } from './tense-cues';

type Components = chrono.ParsedComponents;

const FULL_WEEKDAY = /\b(?:sun|mon|tues|wednes|thurs|fri|satur)day\b/i;

/**
 * What chrono reads as a date but is not one a timeline can place: "now" (the moment of writing),
 * durations ("the past three months", "within a year", "for two days"), vague or anaphoric spans
 * ("several years ago", "a day earlier", "three days later", "in the year"), fractions ("12 3/4"),
 * weeks (read by period-phrases.ts), and "a year ago" / "a year earlier" (read by
 * comparison-phrases.ts against the period the text reports on).
 */
const NOT_A_DATE = [
  /^(?:right\s+)?now$|^currently$|^at present$/i,
  /\b(?:past|last|next|within|for|after|over|during|in)\s+(?:the\s+)?(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+|few|several|couple|many)\b/i,
  /\b(?:several|few|couple|many|some)\b/i,
  /\b(?:later|earlier|after|before|since)$/i,
  /^(?:in\s+)?the\s+(?:year|day|week|month)s?$/i,
  /^(?:a|one)\s+year\s+(?:ago|earlier|before)$/i,
  /\d\s*\/\s*\d{1,2}(?!\s*\/|\d)/,
  /\bweek(?:end)?s?\b(?!\s+ago)/i,
];

/** "today's computers" is the present in general; "each Thursday" is a rule, not a date. */
function isGeneric(text: string, start: number, end: number): boolean {
  if (/^today$/i.test(text.slice(start, end)) && /^['’]s\b/.test(text.slice(end, end + 3))) return true;
  return /\b(?:each|every)\s+$/i.test(text.slice(Math.max(0, start - 8), start));
}

/** The unit "N weeks ago" and "N months ago" name: chrono gives a day, the text means less. */
function agoUnit(matched: string): Granularity | null {
  const unit = /\b(week|month)s?\s+ago$/i.exec(matched)?.[1]?.toLowerCase();
  return unit === 'week' ? 'week' : unit === 'month' ? 'month' : null;
}

export function chronoCandidates(text: string, reference: ReferenceDate): DateCandidate[] {
  const instant = new Date(reference.year, reference.month - 1, reference.day, 12);
  const found: DateCandidate[] = [];
  for (const result of chrono.parse(text, instant)) {
    const matched = result.text.replace(/[\s,;:]+$/, ''); // "on Friday," ends at the day
    if (NOT_A_DATE.some((pattern) => pattern.test(matched.trim()))) continue;
    if (isGeneric(text, result.index, result.index + matched.length)) continue;
    const ahead = looksAhead(text, result.index);
    const start = read(result.start, matched, text.slice(Math.max(0, result.index - 6), result.index), reference, ahead);
    if (!start) continue;
    if (result.end) {
      // "from Aug. 26 to Oct. 20": each end on its own, as TimeML marks them; the UI may join them.
      found.push(...rangeEnds(result, matched, start, reference));
      continue;
    }
    found.push({ start: result.index, end: result.index + matched.length, ...start });
  }
  return found;
}

function rangeEnds(result: chrono.ParsedResult, matched: string, start: Reading, reference: ReferenceDate): DateCandidate[] {
  const ends: DateCandidate[] = [];
  const separator = /\s*(?:-|–|—|\bto\b|\bthrough\b|\buntil\b|\btill\b|\band\b)\s*/i.exec(matched);
  if (!separator) return ends;
  const firstText = matched.slice(0, separator.index);
  const secondStart = separator.index + separator[0].length;
  const end = result.end ? read(result.end, matched.slice(secondStart), '', reference, false) : null;
  if (/\p{L}|\d/u.test(firstText)) ends.push({ start: result.index, end: result.index + firstText.length, ...start });
  if (end && secondStart < matched.length) {
    ends.push({ start: result.index + secondStart, end: result.index + matched.length, ...end });
  }
  return ends;
}

interface Reading {
  edtf: string;
  granularity: Granularity;
  relative: boolean;
}

function read(components: Components, matched: string, before: string, reference: ReferenceDate, ahead: boolean): Reading | null {
  const knows = (unit: 'year' | 'month' | 'day' | 'weekday') => components.isCertain(unit);
  const year = components.get('year')!;
  const month = components.get('month')!;
  if (!knows('year') && !knows('month') && !knows('day') && !knows('weekday')) return null; // a time alone
  if (/^\s*\d{1,2}\s*\/\s*\d{1,2}\s*$/.test(matched)) return null; // "7/8"
  if (knows('weekday') && !knows('day')) {
    if (!FULL_WEEKDAY.test(matched)) return null;
    const weekday = components.get('weekday')!;
    const edtf = dayOfWeekday(reference, weekday, direction(`${before} ${matched}`, ahead));
    return { edtf, granularity: 'day', relative: true };
  }
  // chrono calls the year of "yesterday" certain; it is the reference's, so the value is relative.
  const relative = !/\d{4}|['’]\d\d\b/.test(matched);
  const ago = agoUnit(matched);
  if (ago === 'week') return { edtf: weekInterval(dayText(year, month, components.get('day')!), 0), granularity: 'week', relative: true };
  if (ago === 'month') return { edtf: monthText(year, month), granularity: 'month', relative: true };
  if (knows('day') && knows('month') && !knows('year')) {
    const day = components.get('day')!;
    const weekday = knows('weekday') ? components.get('weekday')! : undefined;
    const named = yearOfMonthDay(reference, month, day, direction(`${before} ${matched}`, ahead), weekday);
    return { edtf: dayText(named, month, day), granularity: 'day', relative: true };
  }
  if (knows('day')) {
    return { edtf: dayText(year, month, components.get('day')!), granularity: 'day', relative };
  }
  if (knows('month')) {
    if (knows('year')) return { edtf: monthText(year, month), granularity: 'month', relative };
    const number = monthNumber(matched.replace(/^\W*(?:last|this|next|in)\s+/i, '')) || month;
    const named = yearOfMonth(reference, number, direction(`${before} ${matched}`, ahead));
    return { edtf: monthText(named, number), granularity: 'month', relative: true };
  }
  return { edtf: String(year), granularity: 'year', relative: true };
}

function direction(words: string, ahead: boolean): Direction {
  if (/\blast\b/i.test(words)) return 'last';
  if (/\bnext\b|\bcoming\b/i.test(words)) return 'next';
  if (/\bthis\b/i.test(words)) return 'this';
  return ahead ? 'ahead' : 'recent';
}
