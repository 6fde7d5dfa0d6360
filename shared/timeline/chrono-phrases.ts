// What chrono-node finds, kept where it is a date and re-read the way news means it. chrono reads a
// weekday or a month without a year as the nearest one (often in the future); in news it is the most
// recent on or before publication. Dropped: a time alone ("2.50 a share" read as 2:50), a slash pair
// without a year ("7/8" is a fraction), weekday abbreviations ("Sun" the company).
import * as chrono from 'chrono-node';
import { dayText } from './calendar-days';
import type { DateCandidate, Granularity } from './date-candidate';
import { monthNumber } from './date-words';
import type { ReferenceDate } from './reference-date';
import { dayOfWeekday, monthText, yearOfMonth, type Direction } from './relative-dates';

type Components = chrono.ParsedComponents;

const FULL_WEEKDAY = /\b(?:sun|mon|tues|wednes|thurs|fri|satur)day\b/i;

export function chronoCandidates(text: string, reference: ReferenceDate): DateCandidate[] {
  const instant = new Date(reference.year, reference.month - 1, reference.day, 12);
  const found: DateCandidate[] = [];
  for (const result of chrono.parse(text, instant)) {
    const start = read(result.start, result.text, text.slice(Math.max(0, result.index - 6), result.index), reference);
    if (!start) continue;
    let edtf = start.edtf;
    if (result.end) {
      const end = read(result.end, result.text, '', reference);
      if (!end || end.edtf <= start.edtf) continue;
      edtf = `${start.edtf}/${end.edtf}`;
    }
    found.push({
      start: result.index,
      end: result.index + result.text.length,
      edtf,
      granularity: start.granularity,
      relative: start.relative,
    });
  }
  return found;
}

interface Reading {
  edtf: string;
  granularity: Granularity;
  relative: boolean;
}

function read(components: Components, matched: string, before: string, reference: ReferenceDate): Reading | null {
  const knows = (unit: 'year' | 'month' | 'day' | 'weekday') => components.isCertain(unit);
  const year = components.get('year')!;
  const month = components.get('month')!;
  if (!knows('year') && !knows('month') && !knows('day') && !knows('weekday')) return null; // a time alone
  if (/^\s*\d{1,2}\s*\/\s*\d{1,2}\s*$/.test(matched)) return null; // "7/8"
  if (knows('weekday') && !knows('day')) {
    if (!FULL_WEEKDAY.test(matched)) return null;
    const weekday = components.get('weekday')!;
    const edtf = dayOfWeekday(reference, weekday, direction(`${before} ${matched}`));
    return { edtf, granularity: 'day', relative: true };
  }
  if (knows('day')) {
    return { edtf: dayText(year, month, components.get('day')!), granularity: 'day', relative: !knows('year') };
  }
  if (knows('month')) {
    if (knows('year')) return { edtf: monthText(year, month), granularity: 'month', relative: false };
    const named = monthNumber(matched.replace(/^\W*(?:last|this|next|in)\s+/i, ''));
    const number = named || month;
    return { edtf: monthText(yearOfMonth(reference, number, direction(`${before} ${matched}`)), number), granularity: 'month', relative: true };
  }
  return { edtf: String(year), granularity: 'year', relative: true };
}

function direction(words: string): Direction {
  if (/\blast\b/i.test(words)) return 'last';
  if (/\bnext\b|\bcoming\b/i.test(words)) return 'next';
  if (/\bthis\b/i.test(words)) return 'this';
  return 'recent';
}
