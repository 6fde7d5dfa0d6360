// The faults table, laid out as the bench's (tests/bench/table.ts, whose columns are the bench's
// own): scenario, runs, failures, worst time; then each failure with what reproduces it.
import type { ScenarioResult } from './scenario';

const HEADERS = ['scenario', 'runs', 'failures', 'worst time', 'met'];

function formatMs(ms: number): string {
  return ms >= 1000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms)} ms`;
}

export function printFaultTable(title: string, results: readonly ScenarioResult[]): void {
  const cells = [
    HEADERS,
    ...results.map((r) => [
      r.note ? `${r.scenario} (${r.note})` : r.scenario,
      String(r.runs),
      String(r.failures.length),
      r.runs === 0 ? '–' : formatMs(r.worstMs),
      r.runs === 0 ? '–' : r.failures.length === 0 ? 'yes' : 'NO',
    ]),
  ];
  const widths = HEADERS.map((_, index) => Math.max(...cells.map((line) => line[index]!.length)));
  const line = (values: string[]) => `| ${values.map((value, index) => value.padEnd(widths[index]!)).join(' | ')} |`;
  console.log(`\n${title}`);
  console.log(line(cells[0]!));
  console.log(`|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`);
  for (const row of cells.slice(1)) console.log(line(row));
  for (const result of results) {
    for (const failure of result.failures) console.log(`FAIL ${result.scenario} | ${failure.case} | seed ${failure.seed} | ${failure.outcome}`);
  }
}
