// npm run bench [-- <suite>…]: runs the named bench suites (all when none is named) and prints
// their tables. Benchmarks never run in `npm test`.
import { runImportBench } from './import.bench';
import { runEntitiesBench } from './entities.bench';
import { runEventsBench } from './events.bench';
import { runNotebookBench } from './notebook.bench';
import { runSearchBench } from './search.bench';
import { runTimelineBench } from './timeline.bench';

const SUITES: Record<string, () => Promise<void>> = {
  import: runImportBench,
  entities: runEntitiesBench,
  events: runEventsBench,
  notebook: runNotebookBench,
  search: runSearchBench,
  timeline: runTimelineBench,
};

async function main(names: string[]): Promise<number> {
  const unknown = names.filter((name) => !(name in SUITES));
  if (unknown.length > 0) {
    console.error(`Unknown bench suite: ${unknown.join(', ')}. Suites: ${Object.keys(SUITES).join(', ')}.`);
    return 1;
  }
  for (const name of names.length > 0 ? names : Object.keys(SUITES)) await SUITES[name]!();
  return 0;
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
