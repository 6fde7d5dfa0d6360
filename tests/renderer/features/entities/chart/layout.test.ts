import { describe, expect, it } from 'vitest';
import { EDGE_LENGTH, forceLayout } from '../../../../../renderer/src/features/entities/chart/layout';
import { seededRandom } from '../../../../helpers/seeded-random';

/** Clusters of 20 cards, most relations inside a cluster: the shape of a real case. */
function clusteredGraph(nodeCount: number, edgeCount: number, seed: number): Array<[number, number]> {
  const random = seededRandom(seed);
  const edges: Array<[number, number]> = [];
  for (let i = 0; i < edgeCount; i++) {
    const a = Math.floor(random() * nodeCount);
    const cluster = Math.floor(a / 20) * 20;
    let b = random() < 0.85 ? cluster + Math.floor(random() * 20) : Math.floor(random() * nodeCount);
    if (b >= nodeCount || b === a) b = (a + 1) % nodeCount;
    edges.push([a, b]);
  }
  return edges;
}

function nearestDistances(xs: Float64Array, ys: Float64Array): number[] {
  const out: number[] = [];
  for (let i = 0; i < xs.length; i++) {
    let best = Infinity;
    for (let j = 0; j < xs.length; j++) if (i !== j) best = Math.min(best, Math.hypot(xs[i]! - xs[j]!, ys[i]! - ys[j]!));
    out.push(best);
  }
  return out.sort((a, b) => a - b);
}

describe('forceLayout', () => {
  it('gives the same positions for the same graph and seed', () => {
    const edges = clusteredGraph(200, 500, 3);
    const first = forceLayout({ nodeCount: 200, edges, seed: 9, iterations: 80 });
    const second = forceLayout({ nodeCount: 200, edges, seed: 9, iterations: 80 });
    expect(Array.from(second.xs)).toEqual(Array.from(first.xs));
    expect(Array.from(second.ys)).toEqual(Array.from(first.ys));
  });

  it('produces finite numbers, even for self-loops, repeated edges and isolated cards', () => {
    const edges: Array<[number, number]> = [
      [0, 0],
      [1, 2],
      [1, 2],
      [2, 1],
      [3, 4],
    ];
    const { xs, ys } = forceLayout({ nodeCount: 8, edges });
    for (const value of [...xs, ...ys]) expect(Number.isFinite(value)).toBe(true);
  });

  it('handles no cards and one card', () => {
    expect(forceLayout({ nodeCount: 0, edges: [] }).xs.length).toBe(0);
    const one = forceLayout({ nodeCount: 1, edges: [] });
    expect([one.xs[0], one.ys[0]].every(Number.isFinite)).toBe(true);
  });

  it('spreads a thousand cards apart and keeps related ones nearer than unrelated ones', () => {
    const n = 1000;
    const edges = clusteredGraph(n, 3000, 11);
    const { xs, ys } = forceLayout({ nodeCount: n, edges, iterations: 150 });
    for (const value of [...xs, ...ys]) expect(Number.isFinite(value)).toBe(true);
    const nearest = nearestDistances(xs, ys);
    // No pile-ups: even the closest pairs are apart, and a typical card has room around it.
    expect(nearest[0]).toBeGreaterThan(EDGE_LENGTH * 0.05);
    expect(nearest[n / 2]).toBeGreaterThan(EDGE_LENGTH * 0.3);
    const related = edges.reduce((sum, [a, b]) => sum + Math.hypot(xs[a]! - xs[b]!, ys[a]! - ys[b]!), 0) / edges.length;
    const random = seededRandom(5);
    let unrelated = 0;
    for (let i = 0; i < 3000; i++) {
      const a = Math.floor(random() * n);
      const b = Math.floor(random() * n);
      unrelated += Math.hypot(xs[a]! - xs[b]!, ys[a]! - ys[b]!);
    }
    expect(related).toBeLessThan((unrelated / 3000) * 0.6);
  });

  it('separates cards that start on top of each other', () => {
    // Two cards related to each other and to nothing else still end up apart.
    const { xs, ys } = forceLayout({ nodeCount: 2, edges: [[0, 1]] });
    expect(Math.hypot(xs[0]! - xs[1]!, ys[0]! - ys[1]!)).toBeGreaterThan(EDGE_LENGTH * 0.3);
  });
});
