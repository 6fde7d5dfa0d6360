// A deterministic force-directed layout (Fruchterman–Reingold with Barnes–Hut repulsion, a pull
// towards the centre so separate clusters stay on screen, and a fixed iteration budget). The same
// graph and seed give the same picture every time, so the chart does not reshuffle on each visit.
import { RepulsionField } from './barnesHut';

/** The ideal distance between two related cards, in layout units. */
export const EDGE_LENGTH = 40;
/** How strongly every node is drawn to the centre, against repulsion. */
const GRAVITY = 1;
const DEFAULT_ITERATIONS = 300;

export interface LayoutInput {
  nodeCount: number;
  /** Pairs of node indices; duplicates and self-loops are harmless. */
  edges: ReadonlyArray<readonly [number, number]>;
  seed?: number;
  iterations?: number;
}

export interface Layout {
  xs: Float64Array;
  ys: Float64Array;
}

export function forceLayout(input: LayoutInput): Layout {
  const n = input.nodeCount;
  const k = EDGE_LENGTH;
  const { xs, ys } = initialPositions(n, input.seed ?? 1);
  if (n < 2) return { xs, ys };
  const iterations = input.iterations ?? DEFAULT_ITERATIONS;
  const fx = new Float64Array(n);
  const fy = new Float64Array(n);
  const repulsion = new RepulsionField(n);
  const startTemperature = k * Math.max(2, Math.sqrt(n) / 3);

  for (let it = 0; it < iterations; it++) {
    fx.fill(0);
    fy.fill(0);
    repulsion.apply(xs, ys, k * k, fx, fy);
    for (const [a, b] of input.edges) {
      if (a === b) continue;
      const dx = xs[a]! - xs[b]!;
      const dy = ys[a]! - ys[b]!;
      const pull = Math.sqrt(dx * dx + dy * dy) / k;
      fx[a]! -= dx * pull;
      fy[a]! -= dy * pull;
      fx[b]! += dx * pull;
      fy[b]! += dy * pull;
    }
    // Cools quickly at first, then settles: most of the untangling happens while it is hot.
    const progress = it / iterations;
    const temperature = startTemperature * (1 - progress) ** 2 + k * 0.02;
    for (let i = 0; i < n; i++) {
      const gx = fx[i]! - GRAVITY * xs[i]!;
      const gy = fy[i]! - GRAVITY * ys[i]!;
      const length = Math.sqrt(gx * gx + gy * gy);
      if (!(length > 0)) continue;
      const step = Math.min(length, temperature) / length;
      xs[i]! += gx * step;
      ys[i]! += gy * step;
    }
  }
  centre(xs, ys);
  return { xs, ys };
}

/** A sunflower spiral with a little seeded jitter: evenly spread, never two nodes on one spot. */
function initialPositions(n: number, seed: number): Layout {
  const random = xorshift(seed);
  const xs = new Float64Array(n);
  const ys = new Float64Array(n);
  const goldenAngle = Math.PI * (3 - Math.sqrt(5));
  for (let i = 0; i < n; i++) {
    const radius = EDGE_LENGTH * Math.sqrt(i + 0.5);
    const angle = i * goldenAngle + (random() - 0.5) * 0.5;
    xs[i] = radius * Math.cos(angle);
    ys[i] = radius * Math.sin(angle);
  }
  return { xs, ys };
}

function centre(xs: Float64Array, ys: Float64Array): void {
  let sx = 0;
  let sy = 0;
  for (let i = 0; i < xs.length; i++) {
    sx += xs[i]!;
    sy += ys[i]!;
  }
  const mx = sx / xs.length;
  const my = sy / ys.length;
  for (let i = 0; i < xs.length; i++) {
    xs[i]! -= mx;
    ys[i]! -= my;
  }
}

/** xorshift32 in [0, 1): small, fast, and the same on every machine. */
function xorshift(seed: number): () => number {
  let state = seed >>> 0 || 0x9e3779b9;
  return () => {
    state ^= state << 13;
    state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    return state / 4294967296;
  };
}
