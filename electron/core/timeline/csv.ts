// CSV as RFC 4180 writes it (CRLF between records, a field quoted when it holds a comma, a quote or
// a line break, quotes doubled), and safe to open in a spreadsheet: a cell that starts like a
// formula (= + - @, or a tab or carriage return before one) gets a leading apostrophe.
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

export function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv(records: ReadonlyArray<readonly string[]>): string {
  return records.map((record) => record.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
