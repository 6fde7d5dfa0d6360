// The bench's printed table: one row per measure, with the naive way measured in the same run,
// the ratio between the two, and the goal.

export interface BenchRow {
  measure: string;
  value: string;
  naive: string;
  ratio: string;
  goal: string;
  met: boolean | null;
}

const HEADERS: BenchRow = { measure: 'measure', value: 'ours', naive: 'naive way (same run)', ratio: 'ours/naive', goal: 'goal', met: null };

export function printTable(title: string, rows: BenchRow[]): void {
  const columns: Array<keyof Omit<BenchRow, 'met'>> = ['measure', 'value', 'naive', 'ratio', 'goal'];
  const cells = [HEADERS, ...rows].map((row) => [
    ...columns.map((column) => row[column]),
    row.met === null ? (row === HEADERS ? 'met' : '–') : row.met ? 'yes' : 'NO',
  ]);
  const widths = cells[0]!.map((_, index) => Math.max(...cells.map((line) => line[index]!.length)));
  const line = (values: string[]) => `| ${values.map((value, index) => value.padEnd(widths[index]!)).join(' | ')} |`;
  console.log(`\n${title}`);
  console.log(line(cells[0]!));
  console.log(`|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`);
  for (const row of cells.slice(1)) console.log(line(row));
}

export function perSecond(count: number, milliseconds: number): number {
  return (count * 1000) / milliseconds;
}

export function formatRate(rate: number, unit: string): string {
  const digits = rate >= 100 ? 0 : 1;
  return `${rate.toLocaleString('en-GB', { maximumFractionDigits: digits, minimumFractionDigits: digits })} ${unit}/s`;
}

export function formatMegabytes(bytes: number): string {
  return `${Math.round(bytes / 1_000_000).toLocaleString('en-GB')} MB`;
}
