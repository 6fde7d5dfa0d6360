// chrono-node alone, as the quality test compares against: chrono.parse with the document's
// creation date as reference, each date turned into days at the granularity chrono knows (a day when
// it knows the day or the weekday, else the month, else the year; a time alone is on its day).
import * as chrono from 'chrono-node';
import { dayText, lastDayOfMonth } from '../../../shared/timeline/calendar-days';
import type { ScoredSuggestion } from './timeml-scoring';

type Components = chrono.ParsedComponents;

function daysOf(components: Components): { earliest: string; latest: string } {
  const year = components.get('year')!;
  const month = components.get('month')!;
  const day = components.get('day')!;
  const knowsDay = components.isCertain('day') || components.isCertain('weekday');
  if (knowsDay || !(components.isCertain('month') || components.isCertain('year'))) {
    return { earliest: dayText(year, month, day), latest: dayText(year, month, day) };
  }
  if (components.isCertain('month')) return { earliest: dayText(year, month, 1), latest: lastDayOfMonth(year, month) };
  return { earliest: dayText(year, 1, 1), latest: dayText(year, 12, 31) };
}

/** The reference instant for a creation date (`1998-02-06`, `1990-08-16T20:41`): noon of its day. */
export function referenceInstant(creationDate: string): Date {
  const [year, month, day] = creationDate.slice(0, 10).split('-').map(Number) as [number, number, number];
  return new Date(year, month - 1, day, 12);
}

export function chronoAlone(text: string, creationDate: string): ScoredSuggestion[] {
  return chrono.parse(text, referenceInstant(creationDate)).map((result) => {
    const start = daysOf(result.start);
    const end = result.end ? daysOf(result.end) : start;
    return { start: result.index, end: result.index + result.text.length, earliest: start.earliest, latest: end.latest };
  });
}
