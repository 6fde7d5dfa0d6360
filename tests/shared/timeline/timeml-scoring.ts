// How the date suggestions are scored against TimeML gold DATEs (the rule of the check outside the
// repo): a suggestion is right when its span overlaps a gold DATE and it covers the same days as the
// gold value. Gold values with no days (PRESENT_REF, PAST_REF, 1989-WXX …) can never be matched but
// still count as gold, so they lower everyone's recall alike.
import { seasonDays } from '../../../shared/timeline/seasons';
import { dayText, isoWeekDays, lastDayOfMonth, addDays } from '../../../shared/timeline/calendar-days';
import type { TimemlDocument } from '../../helpers/timeml';

export interface DaySpan {
  earliest: string;
  latest: string;
}

export interface ScoredSuggestion {
  start: number;
  end: number;
  earliest: string | null;
  latest: string | null;
}

export interface Counts {
  suggestions: number;
  gold: number;
  /** Suggestions whose span overlaps a gold DATE. */
  matched: number;
  /** Matched suggestions whose days equal the overlapped gold DATE's days. */
  right: number;
  /** Gold DATEs with at least one right suggestion. */
  found: number;
  /** Gold DATEs overlapped by at least one suggestion, right or not. */
  overlapped: number;
}

const SEASON_CODES: Record<string, number> = { SP: 21, SU: 22, FA: 23, AU: 23, WI: 24 };

/** The days a TimeML DATE value covers, or null when it names no days. */
export function goldDays(value: string): DaySpan | null {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return same(value);
  let match: RegExpExecArray | null;
  if ((match = /^(\d{4})-(\d{2})$/.exec(value))) {
    const [year, month] = [Number(match[1]), Number(match[2])];
    return { earliest: dayText(year, month, 1), latest: lastDayOfMonth(year, month) };
  }
  if ((match = /^(\d{4})$/.exec(value))) return years(Number(match[1]), 1);
  if ((match = /^(\d{3})$/.exec(value))) return years(Number(match[1]) * 10, 10);
  if ((match = /^(\d{2})$/.exec(value))) return years(Number(match[1]) * 100, 100);
  if ((match = /^(\d{4})-W(\d{2})(-WE)?$/.exec(value))) {
    const week = isoWeekDays(Number(match[1]), Number(match[2]));
    return match[3] ? { earliest: addDays(week.first, 5), latest: week.last } : { earliest: week.first, latest: week.last };
  }
  if ((match = /^(\d{4})-Q(\d)$/.exec(value))) return months(Number(match[1]), Number(match[2]) * 3 - 2, 3);
  if ((match = /^(\d{4})-H(\d)$/.exec(value))) return months(Number(match[1]), Number(match[2]) * 6 - 5, 6);
  if ((match = /^(\d{4})-(SP|SU|FA|AU|WI)$/.exec(value))) return seasonDays(Number(match[1]), SEASON_CODES[match[2]!]!);
  return null;
}

function same(day: string): DaySpan {
  return { earliest: day, latest: day };
}

function years(first: number, count: number): DaySpan {
  return { earliest: dayText(first, 1, 1), latest: dayText(first + count - 1, 12, 31) };
}

function months(year: number, first: number, count: number): DaySpan {
  return { earliest: dayText(year, first, 1), latest: lastDayOfMonth(year, first + count - 1) };
}

export function emptyCounts(): Counts {
  return { suggestions: 0, gold: 0, matched: 0, right: 0, found: 0, overlapped: 0 };
}

/** Adds one document's counts to `counts`. */
export function scoreDocument(document: TimemlDocument, suggestions: ScoredSuggestion[], counts: Counts): void {
  const gold = document.timeExpressions
    .filter((expression) => expression.type === 'DATE')
    .map((expression) => ({ ...expression, days: goldDays(expression.value), found: false }));
  counts.gold += gold.length;
  counts.suggestions += suggestions.length;
  for (const suggestion of suggestions) {
    const overlapping = gold.filter((item) => item.start < suggestion.end && suggestion.start < item.end);
    if (overlapping.length === 0) continue;
    counts.matched += 1;
    const same = overlapping.filter((item) => item.days && item.days.earliest === suggestion.earliest && item.days.latest === suggestion.latest);
    if (same.length === 0) continue;
    counts.right += 1;
    for (const item of same) item.found = true;
  }
  counts.found += gold.filter((item) => item.found).length;
  counts.overlapped += gold.filter((item) => suggestions.some((suggestion) => item.start < suggestion.end && suggestion.start < item.end)).length;
}

export interface Figures {
  /** Finding dates, as the check outside the repo scores it: a suggestion counts when it overlaps a gold DATE. */
  precision: number;
  recall: number;
  f1: number;
  /** Of the suggestions that overlap a gold DATE, the share whose days are the gold value's. */
  rightValues: number;
  /** Strict: a suggestion counts only when its days are right too. */
  strictF1: number;
}

function harmonic(precision: number, recall: number): number {
  return precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
}

export function figures(counts: Counts): Figures {
  const precision = counts.suggestions ? counts.matched / counts.suggestions : 0;
  const recall = counts.gold ? counts.overlapped / counts.gold : 0;
  const rightValues = counts.matched ? counts.right / counts.matched : 0;
  const strictPrecision = counts.suggestions ? counts.right / counts.suggestions : 0;
  const strictRecall = counts.gold ? counts.found / counts.gold : 0;
  return { precision, recall, f1: harmonic(precision, recall), rightValues, strictF1: harmonic(strictPrecision, strictRecall) };
}
