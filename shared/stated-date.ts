// The day a page's metadata states ("2017-01-13T00:00:04-05:00", "20170113", "Fri Mar 13 21:30:09
// EST 2015", "05/29/2007 09:49:00"), as a partial date. The day is the page's own: a date-time
// with an offset keeps its local day and is never converted to UTC or to this machine's zone,
// so the same page gives the same day everywhere.
import * as chrono from 'chrono-node';
import { isPartialDate } from './partial-date';

const ISO_DATE = /^(\d{4}-\d{2}-\d{2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?\s*(?:Z|[+-]\d{2}(?::?\d{2})?)?)?$/iu;
const ISO_PARTIAL = /^\d{4}(?:-\d{2})?$/u;
/** "20170113" (pdate), "20170113000004" (ptime). */
const COMPACT_DATE = /^(\d{4})(\d{2})(\d{2})(?:\d{6})?$/u;
const LONGEST_DATE_TEXT = 80;
/** Fixed, so that chrono never fills in a missing year from today. */
const REFERENCE = new Date(Date.UTC(2000, 0, 1));

/** The partial date a metadata value states, or null when it states none (or an impossible one). */
export function statedDay(raw: string | null | undefined): string | null {
  const text = raw?.trim();
  if (!text || text.length > LONGEST_DATE_TEXT) return null;
  const iso = ISO_DATE.exec(text);
  if (iso) return isPartialDate(iso[1]!) ? iso[1]! : null;
  if (ISO_PARTIAL.test(text)) return isPartialDate(text) ? text : null;
  const compact = COMPACT_DATE.exec(text);
  if (compact) {
    const day = `${compact[1]}-${compact[2]}-${compact[3]}`;
    return isPartialDate(day) ? day : null;
  }
  return writtenDay(text);
}

/** Dates in words or with slashes, read by chrono: only when year, month and day are all stated. */
function writtenDay(text: string): string | null {
  const [result] = chrono.strict.parse(text, REFERENCE);
  if (!result) return null;
  // Relative phrases ("1 day ago") come back with a certain day too: a written year is required.
  if (!/\d{4}|\d{1,2}\/\d{1,2}\/\d{2}\b/u.test(result.text)) return null;
  const start = result.start;
  if (!start.isCertain('year') || !start.isCertain('month') || !start.isCertain('day')) return null;
  // The date must be what the value is about, not a number inside something else.
  if (result.text.length < text.replace(/\([^)]*\)$/u, '').trim().length / 2) return null;
  const day = [start.get('year'), start.get('month'), start.get('day')].map((part, index) => String(part).padStart(index === 0 ? 4 : 2, '0')).join('-');
  return isPartialDate(day) ? day : null;
}
