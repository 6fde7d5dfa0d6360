// One row of the faults table, and the failures behind it (each with what reproduces it).
export interface Failure {
  case: string;
  seed: number;
  outcome: string;
}

export interface ScenarioResult {
  scenario: string;
  runs: number;
  failures: Failure[];
  worstMs: number;
  /** Why a scenario ran fewer runs than asked, or nothing at all. */
  note?: string;
}

export class ScenarioTally {
  readonly failures: Failure[] = [];
  runs = 0;
  worstMs = 0;

  constructor(readonly scenario: string) {}

  /** Times one run; its problems (none when it passed) become failures. */
  async run(caseName: string, seed: number, body: () => Promise<string[]>): Promise<void> {
    const started = performance.now();
    const problems = await body();
    this.record(caseName, seed, performance.now() - started, problems);
  }

  record(caseName: string, seed: number, ms: number, problems: readonly string[]): void {
    this.runs++;
    this.worstMs = Math.max(this.worstMs, ms);
    for (const outcome of problems) this.failures.push({ case: caseName, seed, outcome });
  }

  result(note?: string): ScenarioResult {
    return { scenario: this.scenario, runs: this.runs, failures: this.failures, worstMs: this.worstMs, ...(note ? { note } : {}) };
  }
}
