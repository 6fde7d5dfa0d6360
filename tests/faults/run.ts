// npm run faults [-- <scenario>…] [--option=N…]: the fault suite, outside `npm test`. kill -9 during
// a bulk import and during note saves, concurrent writers, and a mutation fuzz of every importer;
// prints a table (scenario, runs, failures, worst time) and each failure with its seed. Scenarios:
// kill, writers, fuzz, or one importer's fuzz (fuzz:pdf). Exit code 1 when anything failed.
import { describeOptions, readConfig, type FaultConfig } from './config';
import { printFaultTable } from './fault-table';
import { fuzzImporter } from './fuzz/run-fuzz';
import { FUZZED_IMPORTERS } from './fuzz/seeds';
import { killDuringImport, killDuringSaves } from './kill-scenarios';
import type { ScenarioResult } from './scenario';
import { concurrentWriters } from './writer-scenarios';

type Scenario = { name: string; group: string; run: (config: FaultConfig) => Promise<ScenarioResult> };

const SCENARIOS: Scenario[] = [
  {
    name: 'kill:import',
    group: 'kill',
    run: (c) => killDuringImport({ kills: c.importKills, files: c.importFiles, seed: c.seed, maxDelayMs: c.killDelayMs }),
  },
  { name: 'kill:saves', group: 'kill', run: (c) => killDuringSaves({ kills: c.saveKills, files: 0, seed: c.seed, maxDelayMs: c.killDelayMs }) },
  { name: 'writers:2', group: 'writers', run: (c) => concurrentWriters(2, { runs: c.writerRuns, filesPerWriter: c.writerFiles, seed: c.seed }) },
  { name: 'writers:4', group: 'writers', run: (c) => concurrentWriters(4, { runs: c.writerRuns, filesPerWriter: c.writerFiles, seed: c.seed }) },
  ...FUZZED_IMPORTERS.map((importer) => ({
    name: `fuzz:${importer}`,
    group: 'fuzz',
    run: (c: FaultConfig) => fuzzImporter(importer, { cases: c.fuzzCases, seed: c.seed, watchdogMs: c.watchdogMs }),
  })),
];

async function main(argv: string[]): Promise<number> {
  const { config, names } = readConfig(argv, process.env);
  const chosen = names.length === 0 ? SCENARIOS : SCENARIOS.filter((s) => names.includes(s.name) || names.includes(s.group));
  const unknown = names.filter((name) => !SCENARIOS.some((s) => s.name === name || s.group === name));
  if (unknown.length > 0) {
    console.error(`Unknown scenario ${unknown.join(', ')}. Scenarios: ${SCENARIOS.map((s) => s.name).join(', ')} (or kill, writers, fuzz).`);
    console.error(`Options:\n  ${describeOptions()}`);
    return 1;
  }
  const results: ScenarioResult[] = [];
  const started = performance.now();
  for (const scenario of chosen) {
    const result = await scenario.run(config);
    console.log(`${scenario.name}: ${result.runs} runs, ${result.failures.length} failures${result.note ? ` (${result.note})` : ''}`);
    results.push(result);
  }
  const minutes = ((performance.now() - started) / 60_000).toFixed(1);
  printFaultTable(`Faults (seed ${config.seed}, ${minutes} min)`, results);
  return results.some((result) => result.failures.length > 0) ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
