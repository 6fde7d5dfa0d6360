// The search bench's memory measure, run in a fresh Node process of its own so that the generator's
// and the parent's memory do not count: `tsx tests/bench/search-open.ts <library>`. Opens the
// library, notes the process's RSS, runs one search and one switcher query, notes it again, and
// prints one line of JSON: { afterOpenBytes, afterQueriesBytes }.
import { openCore } from '../../electron/core/core';

export interface OpenMemory {
  afterOpenBytes: number;
  afterQueriesBytes: number;
}

async function main(path: string): Promise<OpenMemory> {
  const core = openCore(path, { logError: () => {} });
  try {
    const afterOpenBytes = process.memoryUsage.rss();
    for (const [method, input] of [
      ['search.query', { query: 'officials ceasefire talks', limit: 20 }],
      ['search.switcher', { query: 'zawahri', limit: 10 }],
    ] as const) {
      const result = await core.dispatch(method, input);
      if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
    }
    return { afterOpenBytes, afterQueriesBytes: process.memoryUsage.rss() };
  } finally {
    core.close();
  }
}

main(process.argv[2]!).then(
  (memory) => console.log(JSON.stringify(memory)),
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
