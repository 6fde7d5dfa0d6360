// The fault suite's counts: defaults sized for about 15 minutes on 2 cores, each overridable by an
// environment variable (FAULTS_FUZZ_CASES=50) or an argument (--fuzz-cases=50).
export const DEFAULTS = {
  seed: 1,
  importKills: 30,
  importFiles: 1000,
  saveKills: 20,
  /** A kill comes at a random moment up to this long after the writer is ready. */
  killDelayMs: 4000,
  writerRuns: 3,
  writerFiles: 150,
  fuzzCases: 300,
  watchdogMs: 30_000,
};

export type FaultConfig = typeof DEFAULTS;

const envName = (key: string) => `FAULTS_${key.replace(/[A-Z]/g, (c) => `_${c}`).toUpperCase()}`;
const argName = (key: string) => `--${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;

/** The config, and the remaining arguments (scenario names). */
export function readConfig(argv: readonly string[], env: NodeJS.ProcessEnv): { config: FaultConfig; names: string[] } {
  const config = { ...DEFAULTS };
  const names: string[] = [];
  const given = new Map<string, string>();
  for (const arg of argv) {
    const match = /^(--[a-z-]+)=(.+)$/.exec(arg);
    if (match) given.set(match[1]!, match[2]!);
    else names.push(arg);
  }
  for (const key of Object.keys(DEFAULTS) as Array<keyof FaultConfig>) {
    const text = given.get(argName(key)) ?? env[envName(key)];
    if (text === undefined) continue;
    const value = Number(text);
    if (!Number.isInteger(value) || value < 0) throw new Error(`${argName(key)} (${envName(key)}) must be a whole number, not "${text}".`);
    config[key] = value;
    given.delete(argName(key));
  }
  if (given.size > 0) throw new Error(`Unknown option ${[...given.keys()].join(', ')}. Options: ${Object.keys(DEFAULTS).map(argName).join(', ')}.`);
  return { config, names };
}

export function describeOptions(): string {
  return (Object.keys(DEFAULTS) as Array<keyof FaultConfig>).map((key) => `${argName(key)}=N (${envName(key)}, default ${DEFAULTS[key]})`).join('\n  ');
}
