// Latency figures for benches that time many small calls: each call timed on its own, then the
// median and the 95th percentile (nearest rank) of those times.

export interface Latency {
  p50: number;
  p95: number;
  runs: number;
}

/** The time of each call of `run` over `inputs`, in order, in milliseconds. */
export async function timeEach<T>(inputs: readonly T[], run: (input: T) => unknown): Promise<number[]> {
  const times: number[] = [];
  for (const input of inputs) {
    const start = performance.now();
    await run(input);
    times.push(performance.now() - start);
  }
  return times;
}

export function latency(times: readonly number[]): Latency {
  const sorted = [...times].sort((a, b) => a - b);
  const rank = (p: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))] ?? NaN;
  return { p50: rank(0.5), p95: rank(0.95), runs: sorted.length };
}

export function formatMs(ms: number): string {
  return ms >= 100 ? `${ms.toFixed(0)} ms` : `${ms.toFixed(1)} ms`;
}

export function formatLatency({ p50, p95 }: Latency): string {
  return `p50 ${formatMs(p50)} / p95 ${formatMs(p95)}`;
}
