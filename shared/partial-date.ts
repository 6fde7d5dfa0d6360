// Published dates are often known only to the year or month: "2014", "2014-07", "2014-07-02".
// Stored as that text, which sorts in date order.
const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export function isPartialDate(value: string): boolean {
  const match = PARTIAL_DATE.exec(value);
  if (!match) return false;
  const [, , month, day] = match;
  if (month !== undefined && (Number(month) < 1 || Number(month) > 12)) return false;
  if (day !== undefined) {
    const date = new Date(`${value}T00:00:00Z`);
    if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) return false;
  }
  return true;
}

/**
 * A partial date from what importers find ("2014-07-02T10:00:00Z", "2014-07-02", "July 2014"…),
 * or null when it is not recognisable. Keeps only what is known; never invents a day.
 */
export function toPartialDate(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const text = raw.trim();
  const iso = /^(\d{4}(?:-\d{2}(?:-\d{2})?)?)(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(text);
  if (iso && isPartialDate(iso[1]!)) return iso[1]!;
  const parsed = Date.parse(text);
  if (Number.isNaN(parsed)) return null;
  // Non-ISO text is parsed as local time, so read it back in local time.
  const date = new Date(parsed);
  const year = date.getFullYear();
  if (year < 1000 || year > 9999) return null;
  const month = String(date.getMonth() + 1).padStart(2, '0');
  const hasDay = /\b\d{1,2}(?:st|nd|rd|th)?\b/.test(text.replace(/\d{4}/, ''));
  return hasDay ? `${year}-${month}-${String(date.getDate()).padStart(2, '0')}` : `${year}-${month}`;
}
